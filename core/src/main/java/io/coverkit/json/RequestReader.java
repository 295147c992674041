package io.coverkit.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.coverkit.annotations.API;
import io.coverkit.model.DateText;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Document;
import io.coverkit.request.Event;
import io.coverkit.request.Member;
import io.coverkit.request.NearestName;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorAuthorization;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import io.coverkit.request.RequestError;
import io.coverkit.request.SharedCodes;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a coverage request in wire contract v1 and v2 ({@link ContractVersion}). Every problem is reported with the JSON path of
 * the field at fault, all of them at once; a request with any problem yields no request at all.
 * Unknown fields are errors except under {@code extensions}; the error names the nearest known field
 * of that object when one is near, and points to {@code extensions}.
 *
 * <p>Requests are untrusted: before any field is looked at, the request is held to
 * {@link RequestBounds} (size, nesting depth, array items, fields, values, string, name and
 * number lengths). A request beyond a bound yields exactly one error, for the first bound it
 * passes, and is read no further. At most {@link RequestBounds#MAX_ERRORS} field errors are
 * listed, then one at {@code $} says how many more there were.
 */
@API(status = API.Status.STABLE)
public final class RequestReader {

    /** A request, or every reason there is none. */
    /**
     * A request, or every reason there is none.
     *
     * @param contractVersion the contract version the request declares, or the current one when it
     *     declares none: the version its determination's outcome is written for ({@link ContractVersion#outcomeFor})
     */
    public record Result(Optional<CoverageRequest> request, List<RequestError> errors, String contractVersion) {
        public Result {
            errors = List.copyOf(errors);
            contractVersion = contractVersion == null ? ContractVersion.CURRENT : contractVersion;
        }

        /** A result of the current contract version. */
        public Result(Optional<CoverageRequest> request, List<RequestError> errors) {
            this(request, errors, ContractVersion.CURRENT);
        }
    }

    /**
     * Turns {@code extensions} into plain maps and lists; text is parsed by {@link BoundedJson}. Made
     * on first use: few requests carry extensions, and a mapper's set-up is felt by a short command.
     */
    private static final class Extensions {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    private static final Set<String> TOP = Set.of(ContractVersion.FIELD, "guideline", "dateOfService", "member", "procedures",
            "diagnoses", "indications", "documents", "extensions",
            // contract v2
            "facts", "observations", "events", "priorServices", "therapies", "orders", "priorAuthorization", "complete",
            ClaimContextFields.PLACE_OF_SERVICE, ClaimContextFields.AUTHORIZATIONS, ClaimContextFields.STUDIES);
    private static final Set<String> OBSERVATION = Set.of("code", "value", "unit", "date", "method");
    private static final Set<String> EVENT = Set.of("code", "date");
    private static final Set<String> PRIOR_SERVICE = Set.of("system", "code", "date", "elements", "units");
    private static final Set<String> THERAPY = Set.of("drug", "class", "start", "end", "outcome", "kind");
    private static final Set<String> ORDER = Set.of("code", "date", "written", "orderedBy", "visit");
    private static final Set<String> ORDERED_BY = Set.of("PHYSICIAN", "NON_PHYSICIAN_PRACTITIONER");
    private static final Set<String> PRIOR_AUTHORIZATION = Set.of("drug", "prescriber", "channel", "prescriberCredentials",
            "consultedSpecialties");
    /** The largest measure an observation may state; a holder, so requests without observations never set up BigDecimal. */
    private static final class Measure {
        static final java.math.BigDecimal MAX = new java.math.BigDecimal("1e15");
    }
    private static final Set<String> MEMBER = Set.of("lineOfBusiness", "birthDate", "sex", "plan");
    private static final Set<String> PROCEDURE = Set.of("system", "code", "units", "modifiers");
    private static final Set<String> DIAGNOSIS = Set.of("system", "code");
    private static final Set<String> DOCUMENT = Set.of("loinc", "date", "elements");
    private static final Set<String> SYSTEMS = Set.of("CPT", "HCPCS");
    private static final Set<String> SEXES = Set.of("F", "M", "U");

    /*
     * How each kind of array item is read. Classes rather than lambdas, and null rather than
     * Optional below: `coverkit eval` reads one request in a fresh JVM, where binding each lambda
     * costs a good fraction of a millisecond, more than reading the field it reads.
     */

    /** Reads one item of an array; null when it has errors (they are recorded). */
    abstract static class Item<T> {
        abstract T read(JsonNode node, String path, Fields f);
    }

    // An id from a guideline's vocabulary (an indication, a modifier, a document element): shared.
    static final Item<String> ID = new Item<>() {
        @Override
        String read(JsonNode node, String path, Fields f) {
            return SharedCodes.of(f.text(node, path));
        }
    };

    // A field named in `complete`: one that can be closed-world (io.coverkit.model.ClosedField.FIELDS).
    private static final Item<String> COMPLETE_ITEM = new Item<>() {
        @Override
        String read(JsonNode node, String path, Fields f) {
            String field = f.text(node, path);
            if (field != null && !io.coverkit.model.ClosedField.FIELDS.contains(field)) {
                f.error(path, "`" + FieldPath.shown(field) + "` is not a field that can be complete; expected one of "
                        + io.coverkit.model.ClosedField.FIELDS);
                return null;
            }
            return field;
        }
    };

    private static final Item<Procedure> PROCEDURE_ITEM = new Item<>() {
        @Override
        Procedure read(JsonNode node, String path, Fields f) {
            return procedure(node, path, f);
        }
    };

    private static final Item<Diagnosis> DIAGNOSIS_ITEM = new Item<>() {
        @Override
        Diagnosis read(JsonNode node, String path, Fields f) {
            return diagnosis(node, path, f);
        }
    };

    private static final Item<Document> DOCUMENT_ITEM = new Item<>() {
        @Override
        Document read(JsonNode node, String path, Fields f) {
            return document(node, path, f);
        }
    };

    private static final Item<Observation> OBSERVATION_ITEM = new Item<>() {
        @Override
        Observation read(JsonNode node, String path, Fields f) {
            return observation(node, path, f);
        }
    };

    private static final Item<Event> EVENT_ITEM = new Item<>() {
        @Override
        Event read(JsonNode node, String path, Fields f) {
            return event(node, path, f);
        }
    };

    private static final Item<PriorService> PRIOR_SERVICE_ITEM = new Item<>() {
        @Override
        PriorService read(JsonNode node, String path, Fields f) {
            return priorService(node, path, f);
        }
    };

    private static final Item<Therapy> THERAPY_ITEM = new Item<>() {
        @Override
        Therapy read(JsonNode node, String path, Fields f) {
            return therapy(node, path, f);
        }
    };

    private static final Item<Order> ORDER_ITEM = new Item<>() {
        @Override
        Order read(JsonNode node, String path, Fields f) {
            return order(node, path, f);
        }
    };

    /**
     * Reads a request from JSON text. Text beyond a {@link RequestBounds bound} is refused with one
     * error naming the field (or {@code $} with the line and column, for the size and nesting depth
     * of the whole request) and is read no further.
     */
    public Result read(String json) {
        BoundedJson.Parsed parsed = BoundedJson.parse(json);
        if (parsed.error() != null) {
            return new Result(Optional.empty(), List.of(parsed.error()));
        }
        return readWithinBounds(parsed.root());
    }

    /**
     * Reads a request from a parsed JSON tree. The tree is held to the same {@link RequestBounds}
     * as text (but for its size in bytes, which it does not have), checked before any field.
     */
    public Result read(JsonNode root) {
        RequestError outOfBounds = root == null ? null : BoundedJson.check(root);
        if (outOfBounds != null) {
            return new Result(Optional.empty(), List.of(outOfBounds));
        }
        return readWithinBounds(root);
    }

    private Result readWithinBounds(JsonNode root) {
        Fields f = new Fields();
        if (root == null || !root.isObject()) {
            f.error("$", "a request must be a JSON object");
            return new Result(Optional.empty(), f.all());
        }
        f.unknown(root, "", TOP);
        contractVersion(root, f);
        String guideline = f.optionalCode(root, "", "guideline");
        LocalDate dos = f.date(root, "", "dateOfService", true);
        JsonNode memberNode = f.object(root, "member", true);
        Member member = memberNode == null ? null : member(memberNode, f);
        // A pharmacy prior-authorization request names its drug instead of procedures.
        boolean pharmacy = root.has("priorAuthorization");
        List<Procedure> procedures = f.array(root, "", "procedures", !pharmacy, PROCEDURE_ITEM);
        if (!pharmacy && root.has("procedures") && root.get("procedures").isArray() && root.get("procedures").isEmpty()) {
            f.error("procedures", "at least one procedure is required");
        }
        List<Diagnosis> diagnoses = f.array(root, "", "diagnoses", false, DIAGNOSIS_ITEM);
        List<String> indications = f.array(root, "", "indications", false, ID);
        List<Document> documents = f.array(root, "", "documents", false, DOCUMENT_ITEM);
        JsonNode extensionsNode = f.object(root, "extensions", false);
        Map<?, ?> raw = extensionsNode == null ? null : Extensions.MAPPER.convertValue(extensionsNode, Map.class);
        Map<String, Object> extensions = raw == null ? Map.of() : stringKeys(raw);
        JsonNode factsNode = f.object(root, "facts", false);
        Map<String, Boolean> facts = factsNode == null ? Map.of() : facts(factsNode, f);
        List<Observation> observations = f.array(root, "", "observations", false, OBSERVATION_ITEM);
        List<Event> events = f.array(root, "", "events", false, EVENT_ITEM);
        List<PriorService> priorServices = f.array(root, "", "priorServices", false, PRIOR_SERVICE_ITEM);
        List<Therapy> therapies = f.array(root, "", "therapies", false, THERAPY_ITEM);
        List<Order> orders = f.array(root, "", "orders", false, ORDER_ITEM);
        JsonNode priorAuthorizationNode = f.object(root, "priorAuthorization", false);
        PriorAuthorization priorAuthorization = priorAuthorizationNode == null ? null : priorAuthorization(priorAuthorizationNode, f);
        List<String> complete = f.array(root, "", "complete", false, COMPLETE_ITEM);
        ClaimContextFields claim = ClaimContextFields.read(root, f);
        if (!f.errors.isEmpty() || member == null || dos == null) {
            return new Result(Optional.empty(), f.all());
        }
        return new Result(Optional.of(new CoverageRequest(guideline, dos, member, procedures, diagnoses, indications,
                documents, extensions, facts, observations, events, priorServices, therapies, orders, priorAuthorization,
                claim.placeOfService(), claim.authorizations(), claim.studies(), complete)),
                List.of(), declared(root));
    }

    // The version a request declares (already checked), or null when it declares none.
    private static String declared(JsonNode root) {
        JsonNode node = root.get(ContractVersion.FIELD);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /**
     * Checks the version the request declares, if any: one this library reads, and a request that
     * declares version 1 using nothing version 2 added (its caller cannot mean what it never knew).
     */
    private static void contractVersion(JsonNode root, Fields f) {
        JsonNode node = root.get(ContractVersion.FIELD);
        if (node == null) {
            return;
        }
        if (!node.isTextual()) {
            f.error(ContractVersion.FIELD, "must be a string, such as \"" + ContractVersion.CURRENT + "\"");
            return;
        }
        String version = node.asText();
        if (!ContractVersion.SUPPORTED.contains(version)) {
            f.error(ContractVersion.FIELD, "unsupported contract version `" + FieldPath.shown(version) + "`; this coverkit reads versions "
                    + ContractVersion.supportedInWords() + " (leave the field out for " + ContractVersion.CURRENT + ")");
            return;
        }
        if (!version.equals("1")) {
            return;
        }
        String why = "came with contract version 2, but the request declares contractVersion `1`; declare \"2\" or leave it out";
        for (String added : ContractVersion.ADDED_IN_2) {
            if (root.has(added)) {
                f.error(added, why);
            }
        }
        if (root.path("member").has("plan")) {
            f.error("member.plan", why);
        }
        JsonNode documents = root.get("documents");
        if (documents != null && documents.isArray()) {
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i).has("elements")) {
                    f.error("documents[" + i + "].elements", why);
                }
            }
        }
    }

    private static Map<String, Boolean> facts(JsonNode node, Fields f) {
        Map<String, Boolean> facts = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            // the path only when there is an error: FieldPath's expression is costly to compile in a fresh JVM
            if (!Formats.isFactName(e.getKey())) {
                f.error(FieldPath.field("facts", e.getKey()), "a fact is named in lower-case words joined by hyphens, such as `asymptomatic`");
            } else if (!e.getValue().isBoolean()) {
                f.error(FieldPath.field("facts", e.getKey()), "must be true or false; leave a fact out when it is not known");
            } else {
                facts.put(e.getKey(), e.getValue().asBoolean());
            }
        }
        return facts;
    }

    private static Observation observation(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", OBSERVATION);
        String code = f.requiredCode(node, path + ".", "code");
        java.math.BigDecimal value = null;
        if (!node.has("value")) {
            f.error(path + ".value", "is required");
        } else if (!node.get("value").isNumber() || !finite(node.get("value"))) {
            f.error(path + ".value", "must be a number");
        } else if (node.get("value").decimalValue().abs().compareTo(Measure.MAX) > 0
                || node.get("value").decimalValue().scale() > 12) {
            f.error(path + ".value", "is out of range: at most 15 digits before and 12 after the decimal point");
        } else {
            value = node.get("value").decimalValue();
        }
        String unit = orEmpty(f.optionalCode(node, path + ".", "unit"));
        LocalDate date = f.date(node, path + ".", "date", false);
        String method = orEmpty(f.optionalCode(node, path + ".", "method"));
        return code != null && value != null ? new Observation(code, value, unit, date, method) : null;
    }

    // A tree built by a caller may hold NaN or an infinity, which have no decimal value.
    private static boolean finite(JsonNode number) {
        return !number.isFloatingPointNumber() || number.isBigDecimal() || Double.isFinite(number.doubleValue());
    }

    private static Event event(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", EVENT);
        String code = f.requiredCode(node, path + ".", "code");
        LocalDate date = f.date(node, path + ".", "date", true);
        return code != null && date != null ? new Event(code, date) : null;
    }

    private static PriorService priorService(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", PRIOR_SERVICE);
        String system = codeSystem(node, path, f);
        String code = procedureCode(node, path, f);
        LocalDate date = f.date(node, path + ".", "date", true);
        List<String> elements = f.array(node, path + ".", "elements", false, ID);
        Integer units = ClaimContextFields.units(node, path, f);
        return system != null && code != null && date != null ? new PriorService(system, code, date, elements, units) : null;
    }

    private static Therapy therapy(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", THERAPY);
        String drug = orEmpty(f.optionalCode(node, path + ".", "drug"));
        String drugClass = orEmpty(f.optionalCode(node, path + ".", "class"));
        Therapy.Kind kind = therapyKind(node, path, drug, drugClass, f);
        LocalDate start = f.date(node, path + ".", "start", true);
        LocalDate end = f.date(node, path + ".", "end", false);
        if (start != null && end != null && end.isBefore(start)) {
            f.error(path + ".end", "must not be before `start`");
        }
        String outcomeName = f.optionalText(node, path + ".", "outcome");
        Therapy.Outcome outcome = outcomeName == null ? null : outcome(outcomeName, path, f);
        if (outcome == null) {
            // also after an unknown outcome: its error already keeps the request from being decided
            outcome = end == null ? Therapy.Outcome.ONGOING : Therapy.Outcome.COMPLETED;
        }
        return kind != null && start != null ? new Therapy(drug, drugClass, start, end, outcome, kind) : null;
    }

    /**
     * The therapy's kind ({@code DRUG} when left out), or null after an error: a therapy names its
     * drug, or its class alone, and a therapy that is not a drug names no drug.
     */
    private static Therapy.Kind therapyKind(JsonNode node, String path, String drug, String drugClass, Fields f) {
        String name = f.optionalText(node, path + ".", "kind");
        Therapy.Kind kind = name == null ? Therapy.Kind.DRUG : TherapyKinds.of(name);
        if (kind == null) {
            f.error(path + ".kind", "unknown kind `" + FieldPath.shown(name) + "`; expected one of "
                    + Arrays.toString(Therapy.Kind.values()));
            return null;
        }
        if (drug.isEmpty() && drugClass.isEmpty()) {
            f.error(path + ".drug", "is required, or `class` for a therapy stated by its class alone");
            return null;
        }
        if (kind != Therapy.Kind.DRUG && !drug.isEmpty()) {
            f.error(path + ".drug", "a " + name.toLowerCase(java.util.Locale.ROOT) + " therapy names no drug; state its `class`");
            return null;
        }
        return kind;
    }

    private static Therapy.Outcome outcome(String name, String path, Fields f) {
        for (Therapy.Outcome known : Therapy.Outcome.values()) {
            if (known.name().equals(name)) {
                return known;
            }
        }
        f.error(path + ".outcome", "unknown outcome `" + FieldPath.shown(name) + "`; expected one of "
                + Arrays.toString(Therapy.Outcome.values()));
        return null;
    }

    private static Order order(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", ORDER);
        String code = orEmpty(f.optionalCode(node, path + ".", "code"));
        LocalDate date = f.date(node, path + ".", "date", true);
        boolean written = true;
        if (node.has("written")) {
            if (node.get("written").isBoolean()) {
                written = node.get("written").asBoolean();
            } else {
                f.error(path + ".written", "must be true or false");
            }
        }
        String orderedBy = orEmpty(f.optionalText(node, path + ".", "orderedBy"));
        if (!orderedBy.isEmpty() && !ORDERED_BY.contains(orderedBy)) {
            f.error(path + ".orderedBy", "unknown `" + FieldPath.shown(orderedBy) + "`; expected PHYSICIAN or NON_PHYSICIAN_PRACTITIONER");
        }
        String visit = orEmpty(f.optionalText(node, path + ".", "visit"));
        return date == null ? null : new Order(code, date, written, orderedBy, visit);
    }

    private static PriorAuthorization priorAuthorization(JsonNode node, Fields f) {
        f.unknown(node, "priorAuthorization.", PRIOR_AUTHORIZATION);
        String drug = f.requiredCode(node, "priorAuthorization.", "drug");
        String prescriber = orEmpty(f.optionalText(node, "priorAuthorization.", "prescriber"));
        String channel = orEmpty(f.optionalText(node, "priorAuthorization.", "channel"));
        return drug == null ? null : new PriorAuthorization(drug, prescriber, channel,
                ClaimContextFields.ids(node, "priorAuthorization.", "prescriberCredentials", f),
                ClaimContextFields.ids(node, "priorAuthorization.", "consultedSpecialties", f));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> raw) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }

    private static Member member(JsonNode node, Fields f) {
        f.unknown(node, "member.", MEMBER);
        String line = f.requiredText(node, "member.", "lineOfBusiness");
        LineOfBusiness lob = null;
        if (line != null) {
            for (LineOfBusiness known : LineOfBusiness.values()) {
                if (known.name().equals(line)) {
                    lob = known;
                    break;
                }
            }
            if (lob == null) {
                f.error("member.lineOfBusiness", "unknown line of business `" + FieldPath.shown(line) + "`; expected one of "
                        + Arrays.toString(LineOfBusiness.values()));
            }
        }
        LocalDate birth = f.date(node, "member.", "birthDate", false);
        String sex = f.optionalText(node, "member.", "sex");
        if (sex != null && !SEXES.contains(sex)) {
            f.error("member.sex", "unknown sex `" + FieldPath.shown(sex) + "`; expected F, M or U");
        }
        String plan = f.optionalCode(node, "member.", "plan");
        if (plan != null && !io.coverkit.model.ClauseId.isValid(plan)) {
            f.error("member.plan", "`" + FieldPath.shown(plan) + "` is not a plan id: lower-case words joined by hyphens");
        }
        return lob == null ? null : new Member(lob, birth, sex, plan);
    }

    // The code system when it is one of SYSTEMS; null (with an error when given) otherwise.
    static String codeSystem(JsonNode node, String path, Fields f) {
        String system = f.requiredCode(node, path + ".", "system");
        if (system != null && !SYSTEMS.contains(system)) {
            f.error(path + ".system", "unknown code system `" + FieldPath.shown(system) + "`; expected CPT or HCPCS");
            return null;
        }
        return system;
    }

    // The code as given (with an error when it is not a procedure code's shape), or null when absent.
    static String procedureCode(JsonNode node, String path, Fields f) {
        String code = f.requiredCode(node, path + ".", "code");
        if (code != null && !Formats.isProcedureCode(code)) {
            f.error(path + ".code", "`" + FieldPath.shown(code) + "` is not a procedure code (five letters or digits)");
        }
        return code;
    }

    private static Procedure procedure(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", PROCEDURE);
        String system = codeSystem(node, path, f);
        String code = procedureCode(node, path, f);
        int units = 1;
        if (node.has("units")) {
            JsonNode u = node.get("units");
            // canConvertToInt: a larger number would otherwise wrap around to a small one
            if (!u.isIntegralNumber() || !u.canConvertToInt() || u.asInt() < 1) {
                f.error(path + ".units", "must be a whole number of at least 1");
            } else {
                units = u.asInt();
            }
        }
        List<String> modifiers = f.array(node, path + ".", "modifiers", false, ID);
        return new Procedure(orEmpty(system), orEmpty(code), units, modifiers);
    }

    private static Diagnosis diagnosis(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", DIAGNOSIS);
        String system = f.requiredCode(node, path + ".", "system");
        if (system != null && !system.equals("ICD-10-CM")) {
            f.error(path + ".system", "unknown diagnosis code system `" + FieldPath.shown(system) + "`; expected ICD-10-CM");
        }
        String code = f.requiredCode(node, path + ".", "code");
        if (code != null && !Formats.isIcd10(code)) {
            f.error(path + ".code", "`" + FieldPath.shown(code) + "` is not an ICD-10-CM code");
        }
        return new Diagnosis(orEmpty(system), orEmpty(code));
    }

    private static Document document(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", DOCUMENT);
        String loinc = f.requiredCode(node, path + ".", "loinc");
        if (loinc != null && !Formats.isLoinc(loinc)) {
            f.error(path + ".loinc", "`" + FieldPath.shown(loinc) + "` is not a LOINC code");
        }
        LocalDate date = f.date(node, path + ".", "date", true);
        List<String> elements = f.array(node, path + ".", "elements", false, ID);
        return loinc != null && date != null ? new Document(loinc, date, elements) : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Field readers that record an error, with the field's path, for every problem. A reader
     * returns null when the field is absent or has an error.
     */
    static final class Fields {
        final List<RequestError> errors = new ArrayList<>();
        private int unlisted;

        void error(String field, String message) {
            if (errors.size() < RequestBounds.MAX_ERRORS) {
                errors.add(new RequestError(field, message));
            } else {
                unlisted++;
            }
        }

        /** The errors, and past {@link RequestBounds#MAX_ERRORS} one more saying how many are not listed. */
        List<RequestError> all() {
            if (unlisted == 0) {
                return errors;
            }
            List<RequestError> all = new ArrayList<>(errors);
            all.add(new RequestError("$", unlisted + " more " + (unlisted == 1 ? "problem is" : "problems are")
                    + " not listed; only the first " + RequestBounds.MAX_ERRORS + " are"));
            return all;
        }

        void unknown(JsonNode node, String prefix, Set<String> known) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    String parent = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
                    String nearest = NearestName.of(name, known);
                    error(FieldPath.field(parent, name), nearest == null
                            ? "unknown field; put caller data under `extensions`"
                            : "unknown field; did you mean `" + nearest + "`? (caller data goes under `extensions`)");
                }
            }
        }

        boolean isObject(JsonNode node, String path) {
            if (!node.isObject()) {
                error(path, "must be an object");
                return false;
            }
            return true;
        }

        String text(JsonNode node, String path) {
            if (!node.isTextual()) {
                error(path, "must be a string");
                return null;
            }
            return node.asText();
        }

        String optionalText(JsonNode node, String prefix, String name) {
            return node.has(name) ? text(node.get(name), prefix + name) : null;
        }

        // A code or id: the compiled guidelines' own instance where they name it (SharedCodes).
        String optionalCode(JsonNode node, String prefix, String name) {
            return SharedCodes.of(optionalText(node, prefix, name));
        }

        String requiredCode(JsonNode node, String prefix, String name) {
            return SharedCodes.of(requiredText(node, prefix, name));
        }

        String requiredText(JsonNode node, String prefix, String name) {
            if (!node.has(name)) {
                error(prefix + name, "is required");
                return null;
            }
            return text(node.get(name), prefix + name);
        }

        LocalDate date(JsonNode node, String prefix, String name, boolean required) {
            String text = required ? requiredText(node, prefix, name) : optionalText(node, prefix, name);
            if (text == null) {
                return null;
            }
            LocalDate date = Formats.date(text);
            if (date == null) {
                error(prefix + name, "`" + FieldPath.shown(text) + "` " + DateText.problem(text));
            }
            return date;
        }

        JsonNode object(JsonNode node, String name, boolean required) {
            if (!node.has(name)) {
                if (required) {
                    error(name, "is required");
                }
                return null;
            }
            return isObject(node.get(name), name) ? node.get(name) : null;
        }

        <T> List<T> array(JsonNode node, String prefix, String name, boolean required, Item<T> item) {
            if (!node.has(name)) {
                if (required) {
                    error(prefix + name, "is required");
                }
                return List.of();
            }
            JsonNode array = node.get(name);
            if (!array.isArray()) {
                error(prefix + name, "must be an array");
                return List.of();
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                T value = item.read(array.get(i), prefix + name + "[" + i + "]", this);
                if (value != null) {
                    out.add(value);
                }
            }
            return out;
        }
    }
}
