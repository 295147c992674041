package io.coverkit.request;

import io.coverkit.annotations.API;
import io.coverkit.model.LineOfBusiness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link CoverageRequest} in code, one named part at a time, for services that hold their
 * own data rather than request JSON: start with {@link CoverageRequest#builder(LocalDate, LineOfBusiness)}
 * (there is no default date of service or line of business), add what the request states, then
 * {@link #build()}. Mutable and not thread-safe; the request it builds is immutable.
 */
@API(status = API.Status.STABLE)
public final class CoverageRequestBuilder {

    private String guideline;
    private LocalDate dateOfService;
    private LineOfBusiness lineOfBusiness;
    private LocalDate birthDate;
    private String sex;
    private String plan;
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<Diagnosis> diagnoses = new ArrayList<>();
    private final List<String> indications = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, Boolean> facts = new LinkedHashMap<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<String> complete = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<PriorService> priorServices = new ArrayList<>();
    private final List<Therapy> therapies = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private PriorAuthorization priorAuthorization;
    private String placeOfService;
    private List<Authorization> authorizations;
    private List<StudyEnrollment> studies;

    CoverageRequestBuilder(LocalDate dateOfService, LineOfBusiness lineOfBusiness) {
        dateOfService(dateOfService);
        lineOfBusiness(lineOfBusiness);
    }

    /** Names the guideline to decide under (a library can also be told it when deciding). */
    public CoverageRequestBuilder guideline(String id) {
        this.guideline = id;
        return this;
    }

    /** Sets the date of service: the day the service is performed, which selects the revision. */
    public CoverageRequestBuilder dateOfService(LocalDate date) {
        this.dateOfService = Objects.requireNonNull(date, "dateOfService");
        return this;
    }

    /** The date of service set so far. */
    public LocalDate dateOfService() {
        return dateOfService;
    }

    /** Sets the member's line of business. */
    public CoverageRequestBuilder lineOfBusiness(LineOfBusiness line) {
        this.lineOfBusiness = Objects.requireNonNull(line, "lineOfBusiness");
        return this;
    }

    /** Sets the member's birth date. */
    public CoverageRequestBuilder birthDate(LocalDate date) {
        this.birthDate = date;
        return this;
    }

    /**
     * Sets the plan-defined line of business the member is in, such as
     * {@code ohio-medicaid-managed-care}, which the guideline declares with {@code lineOfBusiness}.
     */
    public CoverageRequestBuilder plan(String plan) {
        this.plan = plan;
        return this;
    }

    /** Sets the member's sex: {@code F}, {@code M} or {@code U}. */
    public CoverageRequestBuilder sex(String sex) {
        this.sex = sex;
        return this;
    }

    /** Adds a procedure: its system ({@code CPT} or {@code HCPCS}), code, units and modifiers. */
    public CoverageRequestBuilder procedure(String system, String code, int units, List<String> modifiers) {
        procedures.add(new Procedure(system, code, units, modifiers));
        return this;
    }

    /** Adds one unit of a CPT code, without modifiers. */
    public CoverageRequestBuilder cpt(String code) {
        return procedure("CPT", code, 1, List.of());
    }

    /** Adds one unit of a HCPCS code, without modifiers. */
    public CoverageRequestBuilder hcpcs(String code) {
        return procedure("HCPCS", code, 1, List.of());
    }

    /** Adds modifiers to the procedure added last, such as {@code KX} or {@code RR}. */
    public CoverageRequestBuilder modifier(String... modifiers) {
        Procedure last = lastProcedure("modifier");
        List<String> all = new ArrayList<>(last.modifiers());
        all.addAll(List.of(modifiers));
        procedures.set(procedures.size() - 1, new Procedure(last.system(), last.code(), last.units(), all));
        return this;
    }

    /** Sets the units of service of the procedure added last. */
    public CoverageRequestBuilder units(int units) {
        Procedure last = lastProcedure("units");
        procedures.set(procedures.size() - 1, new Procedure(last.system(), last.code(), units, last.modifiers()));
        return this;
    }

    private Procedure lastProcedure(String what) {
        if (procedures.isEmpty()) {
            throw new IllegalStateException("add a procedure before its " + what);
        }
        return procedures.get(procedures.size() - 1);
    }

    /** Adds an ICD-10-CM diagnosis. */
    public CoverageRequestBuilder diagnosis(String code) {
        diagnoses.add(new Diagnosis("ICD-10-CM", code));
        return this;
    }

    /** Adds indications present, by the guideline's ids. */
    public CoverageRequestBuilder indication(String... ids) {
        indications.addAll(List.of(ids));
        return this;
    }

    /** Adds a document on file: its LOINC code and date. */
    public CoverageRequestBuilder document(String loinc, LocalDate date) {
        documents.add(new Document(loinc, date, List.of()));
        return this;
    }

    /** Adds a document on file whose record documents the named elements. */
    public CoverageRequestBuilder document(String loinc, LocalDate date, List<String> elements) {
        documents.add(new Document(loinc, date, elements));
        return this;
    }

    /** States a clinical fact, such as {@code fact("asymptomatic", true)}; a fact not stated is unknown. */
    public CoverageRequestBuilder fact(String name, boolean value) {
        facts.put(name, value);
        return this;
    }

    /** States an observation: its code, value, unit (may be empty) and date (may be null). */
    public CoverageRequestBuilder observation(String code, BigDecimal value, String unit, LocalDate date) {
        return observation(code, value, unit, date, "");
    }

    /** States an observation measured by {@code method} (such as {@code echo}; may be empty). */
    public CoverageRequestBuilder observation(String code, BigDecimal value, String unit, LocalDate date, String method) {
        observations.add(new Observation(code, value, unit == null ? "" : unit, date, method));
        return this;
    }

    /** States a dated event, such as {@code event("quit-smoking", date)}. */
    public CoverageRequestBuilder event(String code, LocalDate date) {
        events.add(new Event(code, date));
        return this;
    }

    /** States a service the member already received; its record documents {@code elements}. */
    public CoverageRequestBuilder priorService(String system, String code, LocalDate date, List<String> elements) {
        priorServices.add(new PriorService(system, code, date, elements));
        return this;
    }

    /** States a service the member already received, billed with {@code units} units of service. */
    public CoverageRequestBuilder priorService(String system, String code, LocalDate date, List<String> elements, Integer units) {
        priorServices.add(new PriorService(system, code, date, elements, units));
        return this;
    }

    /** States a therapy: the drug's id, its class (may be empty), start, end (null while ongoing) and outcome. */
    public CoverageRequestBuilder therapy(String drug, String drugClass, LocalDate start, LocalDate end, Therapy.Outcome outcome) {
        therapies.add(new Therapy(drug, drugClass == null ? "" : drugClass, start, end, outcome));
        return this;
    }

    /**
     * States a therapy by its class alone, such as phototherapy (kind {@code PROCEDURE}) or
     * topical corticosteroids (kind {@code DRUG}): a class of the guideline's therapy class registry.
     */
    public CoverageRequestBuilder classTherapy(String therapyClass, Therapy.Kind kind, LocalDate start, LocalDate end,
            Therapy.Outcome outcome) {
        therapies.add(new Therapy("", therapyClass, start, end, outcome, kind));
        return this;
    }

    /** States an order for the service: its code (may be empty), date, whether written, by whom and during which visit. */
    public CoverageRequestBuilder order(String code, LocalDate date, boolean written, String orderedBy, String visit) {
        orders.add(new Order(code == null ? "" : code, date, written, orderedBy == null ? "" : orderedBy, visit == null ? "" : visit));
        return this;
    }

    /** Asks prior authorization for a drug of the guideline's drug list, by id. */
    public CoverageRequestBuilder priorAuthorization(String drug, String prescriber, String channel) {
        this.priorAuthorization = new PriorAuthorization(drug, prescriber == null ? "" : prescriber, channel == null ? "" : channel);
        return this;
    }

    /**
     * Asks prior authorization for a drug, stating the prescriber's credentials and the specialties
     * they consulted (a null list leaves that unstated, an empty one states there are none).
     */
    public CoverageRequestBuilder priorAuthorization(String drug, String prescriber, String channel,
            List<String> prescriberCredentials, List<String> consultedSpecialties) {
        this.priorAuthorization = new PriorAuthorization(drug, prescriber, channel, prescriberCredentials, consultedSpecialties);
        return this;
    }

    /** States the claim's two-digit CMS place-of-service code, such as {@code 12} (home). */
    public CoverageRequestBuilder placeOfService(String code) {
        this.placeOfService = code;
        return this;
    }

    /**
     * States an authorization on file; the first call also states that the request lists every
     * authorization on file. {@link #noAuthorizations()} states that there is none.
     */
    public CoverageRequestBuilder authorization(Authorization authorization) {
        if (authorizations == null) {
            authorizations = new ArrayList<>();
        }
        authorizations.add(authorization);
        return this;
    }

    /** States that no authorization is on file (rather than leaving it unknown). */
    public CoverageRequestBuilder noAuthorizations() {
        if (authorizations == null) {
            authorizations = new ArrayList<>();
        }
        return this;
    }

    /** States the member's enrollment in a study ({@code CED} or {@code IDE}); the first call states the list. */
    public CoverageRequestBuilder study(String id, String kind) {
        if (studies == null) {
            studies = new ArrayList<>();
        }
        studies.add(new StudyEnrollment(id, kind));
        return this;
    }

    /** States that the member is enrolled in no study (rather than leaving it unknown). */
    public CoverageRequestBuilder noStudies() {
        if (studies == null) {
            studies = new ArrayList<>();
        }
        return this;
    }

    /** Carries caller data coverkit does not read, as a request's {@code extensions} object does. */
    public CoverageRequestBuilder extension(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    /**
     * States that the request's {@code fields} are complete (closed-world), such as
     * {@code complete("therapies")} for a pharmacy benefit's whole drug history.
     */
    public CoverageRequestBuilder complete(String... fields) {
        for (String field : fields) {
            if (!complete.contains(field)) {
                complete.add(field);
            }
        }
        return this;
    }

    /** The request, immutable; a library checks it when deciding, as it checks one read from JSON. */
    public CoverageRequest build() {
        return new CoverageRequest(guideline, dateOfService, new Member(lineOfBusiness, birthDate, sex, plan), procedures, diagnoses,
                indications, documents, extensions, facts, observations, events, priorServices, therapies, orders,
                priorAuthorization, placeOfService, authorizations, studies, complete);
    }
}
