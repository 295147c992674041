package io.coverkit.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Document;
import io.coverkit.request.Event;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorAuthorization;
import io.coverkit.request.PriorService;
import io.coverkit.request.Therapy;
import io.coverkit.request.Member;
import io.coverkit.request.Procedure;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a coverage request in wire contract v1 and v2. Every problem is reported with the JSON path of
 * the field at fault, all of them at once; a request with any problem yields no request at all.
 * Unknown fields are errors except under {@code extensions}.
 *
 * <p>Requests are untrusted: before any field is looked at, the request is held to
 * {@link RequestBounds} (size, nesting depth, array items, fields, values, string, name and
 * number lengths). A request beyond a bound yields exactly one error, for the first bound it
 * passes, and is read no further. At most {@link RequestBounds#MAX_ERRORS} field errors are
 * listed, then one at {@code $} says how many more there were.
 */
public final class RequestReader {

    /** A request, or every reason there is none. */
    public record Result(Optional<CoverageRequest> request, List<RequestError> errors) {
        public Result {
            errors = List.copyOf(errors);
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

    private static final Set<String> TOP = Set.of("guideline", "dateOfService", "member", "procedures", "diagnoses",
            "indications", "documents", "extensions",
            // contract v2
            "facts", "observations", "events", "priorServices", "therapies", "orders", "priorAuthorization");
    private static final Set<String> OBSERVATION = Set.of("code", "value", "unit", "date");
    private static final Set<String> EVENT = Set.of("code", "date");
    private static final Set<String> PRIOR_SERVICE = Set.of("system", "code", "date", "elements");
    private static final Set<String> THERAPY = Set.of("drug", "class", "start", "end", "outcome");
    private static final Set<String> ORDER = Set.of("code", "date", "written", "orderedBy", "visit");
    private static final Set<String> ORDERED_BY = Set.of("PHYSICIAN", "NON_PHYSICIAN_PRACTITIONER");
    private static final Set<String> PRIOR_AUTHORIZATION = Set.of("drug", "prescriber", "channel");
    private static final java.math.BigDecimal MAX_MEASURE = new java.math.BigDecimal("1e15");
    private static final Pattern FACT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> MEMBER = Set.of("lineOfBusiness", "birthDate", "sex");
    private static final Set<String> PROCEDURE = Set.of("system", "code", "units", "modifiers");
    private static final Set<String> DIAGNOSIS = Set.of("system", "code");
    private static final Set<String> DOCUMENT = Set.of("loinc", "date", "elements");
    private static final Set<String> SYSTEMS = Set.of("CPT", "HCPCS");
    private static final Set<String> SEXES = Set.of("F", "M", "U");
    private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9A-Z][0-9]{3}[0-9A-Z]");
    private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");

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
        String guideline = f.optionalText(root, "guideline").orElse(null);
        LocalDate dos = f.date(root, "dateOfService", true).orElse(null);
        Member member = f.object(root, "member", true).map(m -> member(m, f)).orElse(null);
        // A pharmacy prior-authorization request names its drug instead of procedures.
        boolean pharmacy = root.has("priorAuthorization");
        List<Procedure> procedures = f.array(root, "procedures", !pharmacy, (node, path) -> procedure(node, path, f));
        if (!pharmacy && root.has("procedures") && root.get("procedures").isArray() && root.get("procedures").isEmpty()) {
            f.error("procedures", "at least one procedure is required");
        }
        List<Diagnosis> diagnoses = f.array(root, "diagnoses", false, (node, path) -> diagnosis(node, path, f));
        List<String> indications = f.array(root, "indications", false, (node, path) -> f.text(node, path));
        List<Document> documents = f.array(root, "documents", false, (node, path) -> document(node, path, f));
        Map<String, Object> extensions = f.object(root, "extensions", false)
                .map(node -> Extensions.MAPPER.convertValue(node, Map.class))
                .map(RequestReader::stringKeys)
                .orElse(Map.of());
        Map<String, Boolean> facts = f.object(root, "facts", false).map(node -> facts(node, f)).orElse(Map.of());
        List<Observation> observations = f.array(root, "observations", false, (node, path) -> observation(node, path, f));
        List<Event> events = f.array(root, "events", false, (node, path) -> event(node, path, f));
        List<PriorService> priorServices = f.array(root, "priorServices", false, (node, path) -> priorService(node, path, f));
        List<Therapy> therapies = f.array(root, "therapies", false, (node, path) -> therapy(node, path, f));
        List<Order> orders = f.array(root, "orders", false, (node, path) -> order(node, path, f));
        PriorAuthorization priorAuthorization = f.object(root, "priorAuthorization", false)
                .map(node -> priorAuthorization(node, f)).orElse(null);
        if (!f.errors.isEmpty() || member == null || dos == null) {
            return new Result(Optional.empty(), f.all());
        }
        return new Result(Optional.of(new CoverageRequest(guideline, dos, member, procedures, diagnoses, indications,
                documents, extensions, facts, observations, events, priorServices, therapies, orders, priorAuthorization)),
                List.of());
    }

    private static Map<String, Boolean> facts(JsonNode node, Fields f) {
        Map<String, Boolean> facts = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String path = FieldPath.field("facts", e.getKey());
            if (!FACT.matcher(e.getKey()).matches()) {
                f.error(path, "a fact is named in lower-case words joined by hyphens, such as `asymptomatic`");
            } else if (!e.getValue().isBoolean()) {
                f.error(path, "must be true or false; leave a fact out when it is not known");
            } else {
                facts.put(e.getKey(), e.getValue().asBoolean());
            }
        });
        return facts;
    }

    private static Observation observation(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", OBSERVATION);
        Optional<String> code = f.requiredText(node, path + ".", "code");
        java.math.BigDecimal value = null;
        if (!node.has("value")) {
            f.error(path + ".value", "is required");
        } else if (!node.get("value").isNumber() || !finite(node.get("value"))) {
            f.error(path + ".value", "must be a number");
        } else if (node.get("value").decimalValue().abs().compareTo(MAX_MEASURE) > 0
                || node.get("value").decimalValue().scale() > 12) {
            f.error(path + ".value", "is out of range: at most 15 digits before and 12 after the decimal point");
        } else {
            value = node.get("value").decimalValue();
        }
        String unit = f.optionalText(node, path + ".", "unit").orElse("");
        LocalDate date = f.date(node, path + ".", "date", false).orElse(null);
        return code.isPresent() && value != null ? new Observation(code.get(), value, unit, date) : null;
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
        Optional<String> code = f.requiredText(node, path + ".", "code");
        Optional<LocalDate> date = f.date(node, path + ".", "date", true);
        return code.isPresent() && date.isPresent() ? new Event(code.get(), date.get()) : null;
    }

    private static PriorService priorService(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", PRIOR_SERVICE);
        Optional<String> system = codeSystem(node, path, f);
        Optional<String> code = procedureCode(node, path, f);
        Optional<LocalDate> date = f.date(node, path + ".", "date", true);
        List<String> elements = f.array(node, path + ".", "elements", false, (e, p) -> f.text(e, p));
        return system.isPresent() && code.isPresent() && date.isPresent()
                ? new PriorService(system.get(), code.get(), date.get(), elements)
                : null;
    }

    private static Therapy therapy(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", THERAPY);
        Optional<String> drug = f.requiredText(node, path + ".", "drug");
        String drugClass = f.optionalText(node, path + ".", "class").orElse("");
        Optional<LocalDate> start = f.date(node, path + ".", "start", true);
        LocalDate end = f.date(node, path + ".", "end", false).orElse(null);
        if (start.isPresent() && end != null && end.isBefore(start.get())) {
            f.error(path + ".end", "must not be before `start`");
        }
        Therapy.Outcome outcome = f.optionalText(node, path + ".", "outcome").map(o -> {
            for (Therapy.Outcome known : Therapy.Outcome.values()) {
                if (known.name().equals(o)) {
                    return known;
                }
            }
            f.error(path + ".outcome", "unknown outcome `" + FieldPath.shown(o) + "`; expected one of "
                    + Arrays.toString(Therapy.Outcome.values()));
            return null;
        }).orElse(end == null ? Therapy.Outcome.ONGOING : Therapy.Outcome.COMPLETED);
        return drug.isPresent() && start.isPresent() && outcome != null
                ? new Therapy(drug.get(), drugClass, start.get(), end, outcome)
                : null;
    }

    private static Order order(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", ORDER);
        String code = f.optionalText(node, path + ".", "code").orElse("");
        Optional<LocalDate> date = f.date(node, path + ".", "date", true);
        boolean written = true;
        if (node.has("written")) {
            if (node.get("written").isBoolean()) {
                written = node.get("written").asBoolean();
            } else {
                f.error(path + ".written", "must be true or false");
            }
        }
        String orderedBy = f.optionalText(node, path + ".", "orderedBy").orElse("");
        if (!orderedBy.isEmpty() && !ORDERED_BY.contains(orderedBy)) {
            f.error(path + ".orderedBy", "unknown `" + FieldPath.shown(orderedBy) + "`; expected PHYSICIAN or NON_PHYSICIAN_PRACTITIONER");
        }
        String visit = f.optionalText(node, path + ".", "visit").orElse("");
        boolean isWritten = written;
        return date.map(d -> new Order(code, d, isWritten, orderedBy, visit)).orElse(null);
    }

    private static PriorAuthorization priorAuthorization(JsonNode node, Fields f) {
        f.unknown(node, "priorAuthorization.", PRIOR_AUTHORIZATION);
        Optional<String> drug = f.requiredText(node, "priorAuthorization.", "drug");
        String prescriber = f.optionalText(node, "priorAuthorization.", "prescriber").orElse("");
        String channel = f.optionalText(node, "priorAuthorization.", "channel").orElse("");
        return drug.map(d -> new PriorAuthorization(d, prescriber, channel)).orElse(null);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> raw) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : v));
        return out;
    }

    private static Member member(JsonNode node, Fields f) {
        f.unknown(node, "member.", MEMBER);
        Optional<String> line = f.requiredText(node, "member.", "lineOfBusiness");
        Optional<LineOfBusiness> lob = line.flatMap(s -> {
            Optional<LineOfBusiness> found = Arrays.stream(LineOfBusiness.values()).filter(l -> l.name().equals(s)).findFirst();
            if (found.isEmpty()) {
                f.error("member.lineOfBusiness", "unknown line of business `" + FieldPath.shown(s) + "`; expected one of "
                        + Arrays.toString(LineOfBusiness.values()));
            }
            return found;
        });
        LocalDate birth = f.date(node, "member.", "birthDate", false).orElse(null);
        String sex = f.optionalText(node, "member.", "sex").orElse(null);
        if (sex != null && !SEXES.contains(sex)) {
            f.error("member.sex", "unknown sex `" + FieldPath.shown(sex) + "`; expected F, M or U");
        }
        return lob.map(l -> new Member(l, birth, sex)).orElse(null);
    }

    private static Optional<String> codeSystem(JsonNode node, String path, Fields f) {
        Optional<String> system = f.requiredText(node, path + ".", "system");
        system.filter(s -> !SYSTEMS.contains(s))
                .ifPresent(s -> f.error(path + ".system", "unknown code system `" + FieldPath.shown(s) + "`; expected CPT or HCPCS"));
        return system.filter(SYSTEMS::contains);
    }

    private static Optional<String> procedureCode(JsonNode node, String path, Fields f) {
        Optional<String> code = f.requiredText(node, path + ".", "code");
        code.filter(c -> !PROCEDURE_CODE.matcher(c).matches())
                .ifPresent(c -> f.error(path + ".code", "`" + FieldPath.shown(c) + "` is not a procedure code (five letters or digits)"));
        return code;
    }

    private static Procedure procedure(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", PROCEDURE);
        Optional<String> system = codeSystem(node, path, f);
        Optional<String> code = procedureCode(node, path, f);
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
        List<String> modifiers = f.array(node, path + ".", "modifiers", false, (m, p) -> f.text(m, p));
        return new Procedure(system.orElse(""), code.orElse(""), units, modifiers);
    }

    private static Diagnosis diagnosis(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", DIAGNOSIS);
        Optional<String> system = f.requiredText(node, path + ".", "system");
        system.filter(s -> !s.equals("ICD-10-CM"))
                .ifPresent(s -> f.error(path + ".system", "unknown diagnosis code system `" + FieldPath.shown(s) + "`; expected ICD-10-CM"));
        Optional<String> code = f.requiredText(node, path + ".", "code");
        code.filter(c -> !ICD10.matcher(c).matches())
                .ifPresent(c -> f.error(path + ".code", "`" + FieldPath.shown(c) + "` is not an ICD-10-CM code"));
        return new Diagnosis(system.orElse(""), code.orElse(""));
    }

    private static Document document(JsonNode node, String path, Fields f) {
        if (!f.isObject(node, path)) {
            return null;
        }
        f.unknown(node, path + ".", DOCUMENT);
        Optional<String> loinc = f.requiredText(node, path + ".", "loinc");
        loinc.filter(c -> !LOINC.matcher(c).matches())
                .ifPresent(c -> f.error(path + ".loinc", "`" + FieldPath.shown(c) + "` is not a LOINC code"));
        Optional<LocalDate> date = f.date(node, path + ".", "date", true);
        List<String> elements = f.array(node, path + ".", "elements", false, (e, p) -> f.text(e, p));
        return loinc.isPresent() && date.isPresent() ? new Document(loinc.get(), date.get(), elements) : null;
    }

    /** Field readers that record an error, with the field's path, for every problem. */
    private static final class Fields {
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
                    error(FieldPath.field(parent, name), "unknown field; put caller data under `extensions`");
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

        Optional<String> optionalText(JsonNode node, String name) {
            return optionalText(node, "", name);
        }

        Optional<String> optionalText(JsonNode node, String prefix, String name) {
            if (!node.has(name)) {
                return Optional.empty();
            }
            return Optional.ofNullable(text(node.get(name), prefix + name));
        }

        Optional<String> requiredText(JsonNode node, String prefix, String name) {
            if (!node.has(name)) {
                error(prefix + name, "is required");
                return Optional.empty();
            }
            return Optional.ofNullable(text(node.get(name), prefix + name));
        }

        Optional<LocalDate> date(JsonNode node, String name, boolean required) {
            return date(node, "", name, required);
        }

        Optional<LocalDate> date(JsonNode node, String prefix, String name, boolean required) {
            Optional<String> text = required ? requiredText(node, prefix, name) : optionalText(node, prefix, name);
            return text.flatMap(s -> {
                try {
                    if (!DATE.matcher(s).matches()) {
                        // LocalDate.parse also takes signed years of up to nine digits, such as +999999999-12-31
                        throw new DateTimeParseException("not yyyy-MM-dd", s, 0);
                    }
                    return Optional.of(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                    error(prefix + name, "`" + FieldPath.shown(s) + "` is not a date; write yyyy-MM-dd");
                    return Optional.empty();
                }
            });
        }

        Optional<JsonNode> object(JsonNode node, String name, boolean required) {
            if (!node.has(name)) {
                if (required) {
                    error(name, "is required");
                }
                return Optional.empty();
            }
            return isObject(node.get(name), name) ? Optional.of(node.get(name)) : Optional.empty();
        }

        <T> List<T> array(JsonNode node, String name, boolean required, java.util.function.BiFunction<JsonNode, String, T> item) {
            return array(node, "", name, required, item);
        }

        <T> List<T> array(
                JsonNode node, String prefix, String name, boolean required, java.util.function.BiFunction<JsonNode, String, T> item) {
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
                T value = item.apply(array.get(i), prefix + name + "[" + i + "]");
                if (value != null) {
                    out.add(value);
                }
            }
            return out;
        }
    }

}
