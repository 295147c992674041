package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import io.coverkit.request.Therapy;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request schema (docs/schema/request.schema.json, carried in the core jar) describes exactly
 * the request {@link RequestReader} reads: the same fields at every level, the same enums, patterns
 * and required fields, the bounds of {@link RequestBounds}; every example request keeps to it, as
 * a real JSON Schema validator judges, and it refuses what the reader refuses.
 */
class RequestSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schema() {
        try (var in = RequestSchemaTest.class.getClassLoader().getResourceAsStream(ContractVersion.REQUEST_SCHEMA)) {
            return JSON.readTree(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new AssertionError("the core jar carries " + ContractVersion.REQUEST_SCHEMA + " as JSON", e);
        }
    }

    /**
     * The schema of {@code pointer} (such as {@code /properties/member/properties/sex}), following
     * every {@code $ref} on the way and at the end.
     */
    private static JsonNode at(JsonNode schema, String pointer) {
        JsonNode node = schema;
        for (String step : pointer.substring(1).split("/")) {
            node = resolve(schema, node).path(step);
            assertFalse(node.isMissingNode(), () -> "the schema has " + pointer);
        }
        return resolve(schema, node);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), () -> "only local references: " + ref);
            JsonNode target = schema.at(ref.substring(1));
            assertFalse(target.isMissingNode(), () -> "`" + ref + "` resolves");
            node = target;
        }
        return node;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** One of RequestReader's private constants: the schema must list exactly what the reader accepts. */
    private static Object readerConstant(String name) {
        try {
            // The claim context objects are read by ClaimContextFields, beside the reader.
            Class<?> owner = name.equals("AUTHORIZATION") || name.equals("STUDY") ? ClaimContextFields.class : RequestReader.class;
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("RequestReader no longer has " + name + "; update this test with it", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> readerSet(String name) {
        return new TreeSet<>((Set<String>) readerConstant(name));
    }

    /** One of the expressions the reader's {@code Formats} checks: the schema must state it exactly. */
    private static String readerPattern(String name) {
        try {
            Field field = Formats.class.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Formats no longer has " + name + "; update this test with it", e);
        }
    }

    // --- the schema itself ---------------------------------------------------------------------

    @Test
    void theSchemaIsDraft2020_12WithEveryReferenceResolved() {
        JsonNode schema = schema();

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        List<String> refs = new ArrayList<>();
        collect(schema, "$ref", refs);
        assertFalse(refs.isEmpty());
        refs.forEach(ref -> assertFalse(schema.at(ref.substring(1)).isMissingNode(), () -> ref + " resolves"));
    }

    private static void collect(JsonNode node, String keyword, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals(keyword) && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                }
                collect(e.getValue(), keyword, out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, keyword, out));
        }
    }

    @Test
    void theTopLevelFieldsAreExactlyThoseTheReaderAccepts() {
        Set<String> declared = names(schema().get("properties"));

        assertEquals(readerSet("TOP"), declared, "the reader's top-level fields");
        Set<String> parts = Arrays.stream(CoverageRequest.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        parts.add(ContractVersion.FIELD); // checked by the reader, not kept in the request
        assertEquals(parts, declared, "one field per part of a CoverageRequest, and the contract version");
    }

    @Test
    void theReaderCallsNoDeclaredTopLevelFieldUnknownAndAnUndeclaredOneUnknown() {
        RequestReader reader = new RequestReader();
        for (String name : names(schema().get("properties"))) {
            ObjectNode request = JSON.createObjectNode();
            request.put(name, 12345); // the wrong type for every field: an error, but not "unknown field"
            List<RequestError> errors = reader.read(request.toString()).errors();
            assertTrue(errors.stream().noneMatch(e -> e.field().equals(name) && e.message().contains("unknown field")),
                    () -> name + " is accepted: " + errors);
        }
        List<RequestError> errors = reader.read("{ \"priorAuthorisation\": {} }").errors();
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("priorAuthorisation") && e.message().contains("unknown field")),
                errors::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/properties/member, MEMBER",
        "/properties/procedures/items, PROCEDURE",
        "/properties/diagnoses/items, DIAGNOSIS",
        "/properties/documents/items, DOCUMENT",
        "/properties/observations/items, OBSERVATION",
        "/properties/events/items, EVENT",
        "/properties/priorServices/items, PRIOR_SERVICE",
        "/properties/therapies/items, THERAPY",
        "/properties/orders/items, ORDER",
        "/properties/priorAuthorization, PRIOR_AUTHORIZATION",
        "/properties/authorizations/items, AUTHORIZATION",
        "/properties/studies/items, STUDY"
    })
    void everyObjectDeclaresExactlyTheFieldsTheReaderAccepts(String pointer, String readerFields) {
        JsonNode object = at(schema(), pointer);

        assertEquals("object", object.get("type").asText());
        assertEquals(readerSet(readerFields), names(object.get("properties")));
        assertEquals(JSON.getNodeFactory().booleanNode(false), object.get("additionalProperties"));
    }

    @Test
    void additionalPropertiesAreFalseEverywhereButUnderExtensions() {
        JsonNode schema = schema();
        List<String> open = new ArrayList<>();
        objectSchemas(schema, "", open);

        // facts is a map from fact ids to booleans: its names are held by propertyNames, its values to booleans
        assertEquals(List.of("/properties/extensions", "/properties/facts"), open);
        JsonNode facts = schema.at("/properties/facts");
        assertEquals("boolean", facts.at("/additionalProperties/type").asText());
        assertEquals("^" + readerPattern("FACT") + "$", resolve(schema, facts.get("propertyNames")).get("pattern").asText());
    }

    /** Collects the pointers of object schemas whose additionalProperties is not false. */
    private static void objectSchemas(JsonNode node, String pointer, List<String> open) {
        if (!node.isObject()) {
            return;
        }
        boolean isObjectSchema = node.path("type").asText().equals("object");
        if (isObjectSchema && !node.path("additionalProperties").equals(JSON.getNodeFactory().booleanNode(false))) {
            open.add(pointer);
        }
        node.properties().forEach(e -> {
            if (e.getValue().isObject()) {
                objectSchemas(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), open);
            }
        });
    }

    @Test
    void requiredFieldsAreThoseOfTheContract() {
        JsonNode schema = schema();

        // Procedures are required, at least one, unless the request is a pharmacy request with
        // priorAuthorization: a rule across fields, stated in the descriptions and read by the reader.
        assertEquals(Set.of("dateOfService", "member"), texts(schema.get("required")));
        assertEquals(Set.of("lineOfBusiness"), texts(at(schema, "/properties/member").get("required")));
        assertTrue(schema.at("/properties/procedures/description").asText().contains("unless the request is a pharmacy request"));
        assertTrue(schema.get("description").asText().contains("procedures required, with at least one, unless the request has priorAuthorization"));
        assertEquals(Set.of("system", "code"), texts(at(schema, "/properties/procedures/items").get("required")));
        assertEquals(Set.of("loinc", "date"), texts(at(schema, "/properties/documents/items").get("required")));
        assertEquals(Set.of("code", "value"), texts(at(schema, "/properties/observations/items").get("required")));
        assertEquals(Set.of("code", "date"), texts(at(schema, "/properties/events/items").get("required")));
        assertEquals(Set.of("system", "code", "date"), texts(at(schema, "/properties/priorServices/items").get("required")));
        assertEquals(Set.of("start"), texts(at(schema, "/properties/therapies/items").get("required")));
        assertEquals("[{\"required\":[\"drug\"]},{\"required\":[\"class\"]}]",
                at(schema, "/properties/therapies/items").get("anyOf").toString(), "a therapy names its drug, or its class alone");
        assertEquals(Set.of("date"), texts(at(schema, "/properties/orders/items").get("required")));
        assertEquals(Set.of("drug"), texts(at(schema, "/properties/priorAuthorization").get("required")));
    }

    @Test
    void enumsAreThoseTheReaderAccepts() {
        JsonNode schema = schema();

        assertEquals(Arrays.stream(LineOfBusiness.values()).map(Enum::name).collect(Collectors.toSet()),
                texts(at(schema, "/properties/member/properties/lineOfBusiness").get("enum")));
        assertEquals(readerSet("SEXES"), texts(at(schema, "/properties/member/properties/sex").get("enum")));
        assertEquals(readerSet("SYSTEMS"), texts(at(schema, "/properties/procedures/items/properties/system").get("enum")));
        assertEquals(readerSet("SYSTEMS"), texts(at(schema, "/properties/priorServices/items/properties/system").get("enum")));
        assertEquals(Set.of("ICD-10-CM"), texts(at(schema, "/properties/diagnoses/items/properties/system").get("enum")));
        assertEquals(Arrays.stream(Therapy.Outcome.values()).map(Enum::name).collect(Collectors.toSet()),
                texts(at(schema, "/properties/therapies/items/properties/outcome").get("enum")));
        assertEquals(Arrays.stream(Therapy.Kind.values()).map(Enum::name).collect(Collectors.toSet()),
                texts(at(schema, "/properties/therapies/items/properties/kind").get("enum")));
        assertEquals(readerSet("ORDERED_BY"), texts(at(schema, "/properties/orders/items/properties/orderedBy").get("enum")));
        assertEquals(new TreeSet<>(ContractVersion.SUPPORTED), texts(at(schema, "/properties/contractVersion").get("enum")));
        assertEquals(ContractVersion.CURRENT, at(schema, "/properties/contractVersion").get("default").asText());
    }

    @Test
    void aRequestDeclaringVersion1IsRefusedExactlyWhatVersion2Added() {
        JsonNode then = schema().get("then").get("properties");
        Set<String> refused = new TreeSet<>();
        then.properties().forEach(e -> {
            if (e.getValue().isBoolean() && !e.getValue().asBoolean()) {
                refused.add(e.getKey());
            }
        });

        assertEquals(new TreeSet<>(ContractVersion.ADDED_IN_2), refused);
        assertEquals("1", schema().at("/if/properties/contractVersion/const").asText());
        assertEquals(JSON.getNodeFactory().booleanNode(false), then.at("/documents/items/properties/elements"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/properties/dateOfService, DATE",
        "/properties/member/properties/birthDate, DATE",
        "/properties/documents/items/properties/date, DATE",
        "/properties/observations/items/properties/date, DATE",
        "/properties/events/items/properties/date, DATE",
        "/properties/priorServices/items/properties/date, DATE",
        "/properties/therapies/items/properties/start, DATE",
        "/properties/therapies/items/properties/end, DATE",
        "/properties/orders/items/properties/date, DATE",
        "/properties/procedures/items/properties/code, PROCEDURE_CODE",
        "/properties/priorServices/items/properties/code, PROCEDURE_CODE",
        "/properties/diagnoses/items/properties/code, ICD10",
        "/properties/documents/items/properties/loinc, LOINC",
        "/properties/authorizations/items/properties/start, DATE",
        "/properties/authorizations/items/properties/end, DATE",
        "/properties/authorizations/items/properties/code, PROCEDURE_CODE",
        "/properties/placeOfService, PLACE_OF_SERVICE"
    })
    void patternsAreThoseOfTheReaderAnchored(String pointer, String readerPattern) {
        JsonNode field = at(schema(), pointer);

        assertEquals("string", field.get("type").asText());
        assertEquals("^" + readerPattern(readerPattern) + "$", field.get("pattern").asText());
        if (readerPattern.equals("DATE")) {
            assertEquals("date", field.get("format").asText());
        }
    }

    @Test
    void theBoundsOfRequestBoundsAreStatedWhereTheyApply() {
        JsonNode schema = schema();
        List<JsonNode> arrays = new ArrayList<>();
        List<JsonNode> strings = new ArrayList<>();
        typed(schema, "array", arrays);
        typed(schema, "string", strings);

        assertEquals(17, arrays.size(), "every array of the request");
        arrays.forEach(a -> assertEquals(RequestBounds.MAX_ARRAY_ITEMS, a.path("maxItems").asInt(), a::toString));
        strings.stream().filter(s -> !s.has("enum")).forEach(s -> {
            assertTrue(s.has("maxLength"), () -> "every free string has a maxLength: " + s);
            assertTrue(s.get("maxLength").asInt() <= RequestBounds.MAX_STRING_LENGTH, s::toString);
        });
        assertEquals(RequestBounds.MAX_STRING_LENGTH, schema.at("/$defs/text/maxLength").asInt());
        for (String pointer : List.of("", "/properties/extensions", "/properties/facts")) {
            assertEquals(RequestBounds.MAX_FIELDS, schema.at(pointer + "/maxProperties").asInt(), pointer);
        }
        assertEquals(RequestBounds.MAX_NAME_LENGTH, schema.at("/properties/extensions/propertyNames/maxLength").asInt());
        assertEquals(RequestBounds.MAX_NAME_LENGTH, resolve(schema, schema.at("/properties/facts/propertyNames")).get("maxLength").asInt());
        assertEquals(Integer.MAX_VALUE, at(schema, "/properties/procedures/items/properties/units").get("maximum").asLong(),
                "units must fit a Java int, as the reader requires");
    }

    private static void typed(JsonNode node, String type, List<JsonNode> out) {
        if (node.isObject()) {
            if (node.path("type").asText().equals(type)) {
                out.add(node);
            }
            node.forEach(child -> typed(child, type, out));
        } else if (node.isArray()) {
            node.forEach(child -> typed(child, type, out));
        }
    }

    // --- the examples keep to the schema, as a real validator judges -------------------------------

    // CDS Hooks requests and responses for the CRD server, not coverage requests
    private static final Path CDS_HOOKS_EXAMPLES = Path.of("examples", "crd");

    static Stream<Path> validRequests() throws IOException {
        List<Path> requests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.startsWith(CDS_HOOKS_EXAMPLES))
                    .filter(p -> !p.getFileName().toString().equals("malformed-request.json"))
                    .sorted()
                    .forEach(requests::add);
        }
        requests.add(Path.of("core/src/test/resources/requests/v2-full.json"));
        requests.add(Path.of("core/src/test/resources/requests/valid-full.json"));
        requests.add(Path.of("core/src/test/resources/requests/insufficient-documentation.json"));
        assertTrue(requests.size() > 3, "examples/ holds requests");
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRequests")
    void everyValidRequestKeepsToTheSchema(Path request) throws IOException {
        String text = Files.readString(request);
        assertTrue(new RequestReader().read(text).request().isPresent(), "the reader reads it");

        assertEquals(List.of(), ContractSchemas.requestViolations(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "examples/malformed-request.json, /dateOfService, /member/lineOfBusiness, indication",
        "core/src/test/resources/requests/bad-line-of-business.json, /member/lineOfBusiness, /member/lineOfBusiness, /member/lineOfBusiness"
    })
    void theValidatorFindsWhatIsWrongWithTheMalformedRequests(Path request, String first, String second, String third)
            throws IOException {
        String text = Files.readString(request);
        assertFalse(new RequestReader().read(text).errors().isEmpty(), "the reader refuses it");

        List<String> violations = ContractSchemas.requestViolations(text);

        for (String expected : List.of(first, second, third)) {
            assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), () -> expected + " in " + violations);
        }
    }

    @Test
    void extensionsAreOpenToAnyCallerData() {
        String request = """
                { "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "FEP" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ],
                  "extensions": { "claim": { "id": "CLM-1", "lines": [ { "anything": true } ] }, "n": 3 } }
                """;

        assertEquals(List.of(), ContractSchemas.requestViolations(request));
    }

    /** Malformed v2 fields the schema cannot see: they are checked by the reader across fields. */
    private static final Set<String> READER_ONLY = Set.of("a therapy whose end is before its start");

    static Stream<Arguments> malformedV2() {
        return RequestV2Test.malformed();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedV2")
    void theSchemaRefusesWhatTheReaderRefuses(String description, Consumer<ObjectNode> change, String field, String message) {
        ObjectNode request = RequestV2Test.minimal();
        assertEquals(List.of(), ContractSchemas.requestViolations(request.toString()), "the base request keeps to the schema");
        change.accept(request);

        List<String> violations = ContractSchemas.requestViolations(request.toString());

        assertEquals(!READER_ONLY.contains(description), !violations.isEmpty(), violations::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no version, the current one   | ''                            | true
        version 2                     | "contractVersion": "2",       | true
        version 1 with v1 fields only | "contractVersion": "1",       | true
        an unknown version            | "contractVersion": "3",       | false
        a version as a number         | "contractVersion": 2,         | false
        """)
    void theSchemaAndTheReaderAgreeOnTheContractVersion(String description, String version, boolean valid) {
        String request = "{ " + version + """
                 "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "COMMERCIAL" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """;

        assertEquals(valid, ContractSchemas.requestViolations(request).isEmpty(), description);
        assertEquals(valid, new RequestReader().read(request).request().isPresent(), description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        facts                | "facts": { "asymptomatic": true }
        priorAuthorization   | "priorAuthorization": { "drug": "tymlos" }
        documents[0].elements | "documents": [ { "loinc": "28626-0", "date": "2026-05-01", "elements": [ "x" ] } ]
        """)
    void aVersion1RequestUsingWhatVersion2AddedIsRefusedByBoth(String field, String member) {
        String request = """
                { "contractVersion": "1", "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "COMMERCIAL" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ], %s }
                """.formatted(member);

        assertFalse(ContractSchemas.requestViolations(request).isEmpty(), "the schema refuses it");
        assertEquals(List.of(), ContractSchemas.requestViolations(request.replace("\"1\"", "\"2\"")), "version 2 allows it");
        List<RequestError> errors = new RequestReader().read(request).errors();
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field) && e.message().contains("contract version 2")),
                errors::toString);
    }
}
