package io.coverkit.kit;

import io.coverkit.annotations.API;
import io.coverkit.model.DateText;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds coverage requests in a few readable words, for scenarios and for services' own tests:
 * {@code request().cpt("77387").on("2026-06-01").indication("implanted-fiducial-markers")}.
 * Defaults: a commercial member, date of service 2026-06-01, no codes, indications or documents.
 * Mutable and not thread-safe; {@link #build()} returns an immutable request.
 */
@API(status = API.Status.STABLE)
public final class RequestBuilder {

    private final Guideline guideline;
    // the request itself; this class adds the scenario defaults and the words scenarios use
    private final CoverageRequestBuilder request = CoverageRequest.builder(LocalDate.of(2026, 6, 1), LineOfBusiness.COMMERCIAL);

    // The prior-authorization context, kept apart so that its parts may be given in any order.
    private String drug;
    private String prescriber = "";
    private String channel = "";
    private List<String> credentials;
    private List<String> consulted;

    private RequestBuilder(Guideline guideline, String guidelineId) {
        this.guideline = guideline;
        request.guideline(guidelineId);
    }

    /** A request that names no guideline. */
    public static RequestBuilder request() {
        return new RequestBuilder(null, null);
    }

    /** A request for {@code guideline}; it also knows the guideline's required documents. */
    @API(status = API.Status.INTERNAL)
    public static RequestBuilder requestFor(Guideline guideline) {
        return new RequestBuilder(guideline, guideline.id());
    }

    /** Names the guideline the request asks about. */
    public RequestBuilder guideline(String id) {
        request.guideline(id);
        return this;
    }

    /** Sets the date of service, written yyyy-MM-dd. */
    public RequestBuilder on(String date) {
        request.dateOfService(date(date));
        return this;
    }

    /** Sets the member's line of business by name: {@code COMMERCIAL}, {@code FEP}, ... */
    public RequestBuilder lineOfBusiness(String line) {
        request.lineOfBusiness(LineOfBusiness.valueOf(line));
        return this;
    }

    /**
     * Names the plan-defined line of business the member is in (request contract v2), such as
     * {@code plan('ohio-medicaid-managed-care')}, as the guideline declares it with {@code lineOfBusiness}.
     */
    public RequestBuilder plan(String plan) {
        request.plan(plan);
        return this;
    }

    /** Sets the member's birth date (yyyy-MM-dd) and sex ({@code F}, {@code M} or {@code U}). */
    public RequestBuilder member(String birthDate, String sex) {
        request.birthDate(date(birthDate)).sex(sex);
        return this;
    }

    /** Adds a CPT code. */
    public RequestBuilder cpt(String code) {
        request.cpt(code);
        return this;
    }

    /** Adds a HCPCS code. */
    public RequestBuilder hcpcs(String code) {
        request.hcpcs(code);
        return this;
    }

    /** Adds an ICD-10-CM diagnosis. */
    public RequestBuilder diagnosis(String code) {
        request.diagnosis(code);
        return this;
    }

    /** Adds indications by id. */
    public RequestBuilder indication(String... ids) {
        request.indication(ids);
        return this;
    }

    /**
     * States that request fields are complete (closed-world, request contract v2), such as
     * {@code complete('therapies')}: what the request states there is the whole record.
     */
    public RequestBuilder complete(String... fields) {
        request.complete(fields);
        return this;
    }

    /** States a clinical fact (request contract v2), such as {@code fact("asymptomatic", true)}. */
    public RequestBuilder fact(String name, boolean value) {
        request.fact(name, value);
        return this;
    }

    /** States an observation (request contract v2), such as {@code observation("packs-per-day", "1.5")}. */
    public RequestBuilder observation(String code, String value) {
        request.observation(code, new java.math.BigDecimal(value), "", null);
        return this;
    }

    /**
     * States an observation with its unit, method or date, written in a spec as
     * {@code .observation('lvef', '0.30', unit: '1', method: 'echo', date: '2026-05-01')}. The value is
     * text, so it reaches the request as the exact decimal written.
     */
    public RequestBuilder observation(java.util.Map<String, ?> options, String code, String value) {
        for (String key : options.keySet()) {
            if (!key.equals("unit") && !key.equals("method") && !key.equals("date")) {
                throw new IllegalArgumentException("observation takes unit:, method: and date:, not " + key + ":");
            }
        }
        Object unit = options.get("unit");
        Object method = options.get("method");
        Object date = options.get("date");
        request.observation(code, new java.math.BigDecimal(value), unit == null ? "" : unit.toString(),
                date == null ? null : date(date.toString()), method == null ? "" : method.toString());
        return this;
    }

    /**
     * States a dated observation (request contract v2), such as {@code observation("lvef", "30",
     * "2024-04-15")}: {@code measured} and {@code adherence} read its date.
     */
    public RequestBuilder observation(String code, String value, String date) {
        request.observation(code, new java.math.BigDecimal(value), "", date(date));
        return this;
    }

    /** States a dated observation in a unit, such as {@code observation("pap-usage-hours", "4.5", "h", "2024-01-20")}. */
    public RequestBuilder observation(String code, String value, String unit, String date) {
        request.observation(code, new java.math.BigDecimal(value), unit, date(date));
        return this;
    }

    /**
     * States one observation of {@code code} a day from {@code firstDay} (yyyy-MM-dd), such as the
     * nightly hours of use {@code adherence} reads: {@code daily("pap-usage-hours", "2024-01-20", 5, 5, 3.5)}.
     */
    public RequestBuilder daily(String code, String firstDay, Number... values) {
        LocalDate day = date(firstDay);
        for (Number value : values) {
            request.observation(code, new java.math.BigDecimal(value.toString()), "", day);
            day = day.plusDays(1);
        }
        return this;
    }

    /** States {@code days} daily observations of {@code value} from {@code firstDay}, such as 21 nights of 5 hours. */
    public RequestBuilder dailyFor(String code, String firstDay, int days, Number value) {
        LocalDate day = date(firstDay);
        for (int i = 0; i < days; i++) {
            request.observation(code, new java.math.BigDecimal(value.toString()), "", day.plusDays(i));
        }
        return this;
    }

    /** States a dated event (request contract v2), such as {@code event("quit-smoking", "2015-03-01")}. */
    public RequestBuilder event(String code, String date) {
        request.event(code, date(date));
        return this;
    }

    /** States a service the member already received (request contract v2), such as CPT 71271 on a date. */
    public RequestBuilder priorService(String system, String code, String date) {
        request.priorService(system, code, date(date), List.of());
        return this;
    }

    /**
     * States a prior service whose record documents {@code elements}, such as a counseling visit
     * (HCPCS G0296) documenting {@code shared-decision-making}.
     */
    public RequestBuilder priorService(String system, String code, String date, List<String> elements) {
        request.priorService(system, code, date(date), elements);
        return this;
    }

    /**
     * States a therapy (request contract v2): the drug's id, its start and end (yyyy-MM-dd; end
     * null while ongoing) and its outcome ({@code FAILURE}, {@code INTOLERANCE}, {@code ALLERGY},
     * {@code CONTRAINDICATION}, {@code COMPLETED} or {@code ONGOING}).
     */
    public RequestBuilder therapy(String drug, String start, String end, String outcome) {
        request.therapy(drug, "", date(start), end == null ? null : date(end), Therapy.Outcome.valueOf(outcome));
        return this;
    }

    /**
     * States a drug therapy with its class (request contract v2): for a drug the drug list does not
     * name, the class of the drug list or of the guideline's therapy class registry it belongs to,
     * such as {@code antihistamines} for {@code cetirizine}.
     * Also a therapy with its class such as {@code therapy("e0601", "pap", "2024-01-20", null, "ONGOING")}:
     * {@code therapy:pap} anchors and {@code lasted 'pap'} find it by its class.
     */
    public RequestBuilder therapy(String drug, String drugClass, String start, String end, String outcome) {
        request.therapy(drug, drugClass, date(start), end == null ? null : date(end), Therapy.Outcome.valueOf(outcome));
        return this;
    }

    /** States a therapy of {@code drug} lasting {@code days} days, both ends counted, that ended the day before the date of service. */
    public RequestBuilder therapyOfDays(String drug, int days, String outcome) {
        LocalDate end = request.dateOfService().minusDays(1);
        return therapy(drug, end.minusDays(days - 1L).toString(), end.toString(), outcome);
    }

    /**
     * States a therapy by its class alone (request contract v2), such as phototherapy: the class id
     * of the guideline's therapy class registry, its kind ({@code DRUG}, {@code PROCEDURE},
     * {@code DEVICE} or {@code OTHER}), start, end (null while ongoing) and outcome.
     */
    public RequestBuilder classTherapy(String therapyClass, String kind, String start, String end, String outcome) {
        request.classTherapy(therapyClass, Therapy.Kind.valueOf(kind), date(start), end == null ? null : date(end),
                Therapy.Outcome.valueOf(outcome));
        return this;
    }

    /** States a therapy of a class alone lasting {@code days} days, both ends counted, that ended the day before the date of service. */
    public RequestBuilder classTherapyOfDays(String therapyClass, String kind, int days, String outcome) {
        LocalDate end = request.dateOfService().minusDays(1);
        return classTherapy(therapyClass, kind, end.minusDays(days - 1L).toString(), end.toString(), outcome);
    }

    /**
     * States an order for the service (request contract v2): its date, whether it is written, who
     * gave it ({@code PHYSICIAN}, {@code NON_PHYSICIAN_PRACTITIONER} or empty) and the visit it was
     * given during (such as {@code counseling-visit}, or empty).
     */
    public RequestBuilder order(String date, boolean written, String orderedBy, String visit) {
        request.order("", date(date), written, orderedBy, visit);
        return this;
    }

    /** Asks prior authorization for a drug of the guideline's drug list, by id, such as {@code tymlos}. */
    public RequestBuilder drug(String id) {
        this.drug = id;
        return priorAuthorization();
    }

    /** Adds modifiers to the procedure added last, such as {@code modifier("KX")} or {@code modifier("RR", "KX")}. */
    public RequestBuilder modifier(String... modifiers) {
        request.modifier(modifiers);
        return this;
    }

    /** Sets the units of service of the procedure added last. */
    public RequestBuilder units(int units) {
        request.units(units);
        return this;
    }

    /** States the claim's two-digit CMS place-of-service code (request contract v2), such as {@code 12} (home). */
    public RequestBuilder placeOfService(String code) {
        request.placeOfService(code);
        return this;
    }

    /** States the prescriber's specialty (request contract v2), such as {@code dermatology}; needs {@link #drug}. */
    public RequestBuilder prescriber(String specialty) {
        this.prescriber = specialty;
        return priorAuthorization();
    }

    /** States the prescriber's credentials (none when called without any); needs {@link #drug}. */
    public RequestBuilder prescriberCredentials(String... credentials) {
        this.credentials = List.of(credentials);
        return priorAuthorization();
    }

    /** States the specialties the prescriber consulted (none when called without any); needs {@link #drug}. */
    public RequestBuilder consulted(String... specialties) {
        this.consulted = List.of(specialties);
        return priorAuthorization();
    }

    /** States the dispensing channel, such as {@code specialty-pharmacy}; needs {@link #drug}. */
    public RequestBuilder channel(String channel) {
        this.channel = channel;
        return priorAuthorization();
    }

    private RequestBuilder priorAuthorization() {
        if (drug != null) {
            request.priorAuthorization(drug, prescriber, channel, credentials, consulted);
        }
        return this;
    }

    /**
     * States an authorization on file (request contract v2) for a drug by id, or for a code written
     * {@code "HCPCS E0601"}, from {@code start} through {@code end} (null when it has no end).
     */
    public RequestBuilder authorization(String drugOrCode, String start, String end) {
        String[] parts = drugOrCode.split(" ");
        LocalDate to = end == null ? null : date(end);
        request.authorization(parts.length == 2
                ? new io.coverkit.request.Authorization("", parts[0], parts[1], date(start), to)
                : new io.coverkit.request.Authorization(drugOrCode, "", "", date(start), to));
        return this;
    }

    /** States that no authorization is on file (rather than leaving it unknown). */
    public RequestBuilder noAuthorizations() {
        request.noAuthorizations();
        return this;
    }

    /** States the member's enrollment in a study (request contract v2): its id and kind, {@code CED} or {@code IDE}. */
    public RequestBuilder study(String id, String kind) {
        request.study(id, kind);
        return this;
    }

    /** States that the member is enrolled in no study (rather than leaving it unknown). */
    public RequestBuilder noStudies() {
        request.noStudies();
        return this;
    }

    /** States a prior service billed with {@code units} units of service, such as three months of a supply allowance. */
    public RequestBuilder priorServiceUnits(String system, String code, String date, int units) {
        request.priorService(system, code, date(date), List.of(), units);
        return this;
    }

    /** Adds a document on file whose record documents {@code elements}, such as {@code excessive-daytime-sleepiness}. */
    public RequestBuilder document(String loinc, String date, List<String> elements) {
        request.document(loinc, date(date), elements);
        return this;
    }

    /** Sets the member's sex ({@code F}, {@code M} or {@code U}), leaving the birth date as it is. */
    public RequestBuilder sex(String sex) {
        request.sex(sex);
        return this;
    }

    /** Sets the member's birth date (yyyy-MM-dd), leaving sex as it is. */
    public RequestBuilder bornOn(String birthDate) {
        request.birthDate(date(birthDate));
        return this;
    }

    /** Adds a document on file: its LOINC code and date (yyyy-MM-dd). */
    public RequestBuilder document(String loinc, String date) {
        request.document(loinc, date(date));
        return this;
    }

    /** Adds every document the guideline requires, all dated {@code date}. */
    public RequestBuilder allDocumentsDated(String date) {
        for (DocumentRequirement r : requiredDocuments()) {
            document(r.loinc(), date);
        }
        return this;
    }

    /** Adds every required document except {@code loinc}, all dated {@code date}. */
    public RequestBuilder allDocumentsDatedExcept(String date, String loinc) {
        for (DocumentRequirement r : requiredDocuments()) {
            if (!r.loinc().equals(loinc)) {
                document(r.loinc(), date);
            }
        }
        return this;
    }

    private List<DocumentRequirement> requiredDocuments() {
        if (guideline == null) {
            throw new IllegalStateException("start from requestFor(guideline) to add its required documents");
        }
        return guideline.billing().documentation().requirements();
    }

    /** The request. */
    public CoverageRequest build() {
        if (drug == null && (!prescriber.isEmpty() || !channel.isEmpty() || credentials != null || consulted != null)) {
            throw new IllegalStateException("the prescriber and dispensing channel belong to a drug's prior authorization: "
                    + "name the drug with drug(...)");
        }
        return request.build();
    }

    // A scenario's date as requests and policy files read it, and told in the same words when it is not one.
    private static LocalDate date(String text) {
        LocalDate date = DateText.parse(text);
        if (date == null) {
            throw new IllegalArgumentException("`" + text + "` " + DateText.problem(text));
        }
        return date;
    }
}
