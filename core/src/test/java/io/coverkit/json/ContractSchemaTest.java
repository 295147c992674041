package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.coverkit.determination.AuthorizationPeriod;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's schemas: one source (docs/schema/) carried unchanged in the core jar, valid
 * draft 2020-12 schemas, stating the current {@link ContractVersion}, and describing exactly what
 * {@link DeterminationWriter} writes: every outcome and finding kind of the Java model, every field.
 */
class ContractSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ContractSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, () -> "the core jar carries " + name);
            return in.readAllBytes();
        }
    }

    private static JsonNode schema(String name) throws IOException {
        return JSON.readTree(resource(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {ContractVersion.REQUEST_SCHEMA, ContractVersion.DETERMINATION_SCHEMA,
        ContractVersion.REQUEST_ERRORS_SCHEMA})
    void theJarCarriesTheSchemaOfDocsUnchanged(String resource) throws IOException {
        Path docs = Path.of("docs/schema", Path.of(resource).getFileName().toString());

        assertArrayEquals(Files.readAllBytes(docs), resource(resource), docs + " is the one source");
    }

    @ParameterizedTest
    @ValueSource(strings = {ContractVersion.REQUEST_SCHEMA, ContractVersion.DETERMINATION_SCHEMA,
        ContractVersion.REQUEST_ERRORS_SCHEMA})
    void eachSchemaIsAValidDraft2020_12Schema(String resource) throws IOException {
        // The meta-schema comes with the validator; nothing is fetched.
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertFalse(meta.validate("{\"type\": \"text\", \"required\": \"guideline\"}", InputFormat.JSON).isEmpty(),
                "the meta-schema is really applied");
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema(resource).get("$schema").asText());
        assertEquals(List.of(), meta.validate(new String(resource(resource), java.nio.charset.StandardCharsets.UTF_8),
                InputFormat.JSON));
    }

    @Test
    void theAnswersStateTheCurrentContractVersion() throws IOException {
        for (String answer : List.of(ContractVersion.DETERMINATION_SCHEMA, ContractVersion.REQUEST_ERRORS_SCHEMA)) {
            JsonNode schema = schema(answer);
            assertEquals(ContractVersion.CURRENT, schema.at("/properties/contractVersion/const").asText(), answer);
            assertTrue(texts(schema.get("required")).contains(ContractVersion.FIELD), answer);
            assertTrue(schema.get("$id").asText().endsWith(":v" + ContractVersion.CURRENT), answer);
        }
        assertTrue(schema(ContractVersion.REQUEST_SCHEMA).get("$id").asText().endsWith(":v" + ContractVersion.CURRENT));
    }

    @Test
    void theOutcomesAndFindingKindsAreExactlyThoseOfTheModel() throws IOException {
        JsonNode schema = schema(ContractVersion.DETERMINATION_SCHEMA);

        assertEquals(names(Outcome.values()), texts(schema.at("/$defs/outcome/enum")));
        assertEquals(names(FindingKind.values()), texts(schema.at("/$defs/findingKind/enum")));
        assertEquals(Set.of("dateOfService", "asOf"), texts(schema.at("/properties/revisionBasis/enum")));
        assertEquals(RevisionBasis.values().length, schema.at("/properties/revisionBasis/enum").size());
    }

    @Test
    void everyFieldTheWriterWritesIsDeclaredAndEveryDeclaredFieldIsWritten() throws IOException {
        JsonNode schema = schema(ContractVersion.DETERMINATION_SCHEMA);
        ObjectNode full = new DeterminationWriter().toTree(approved());

        java.util.Set<String> declared = new java.util.TreeSet<>(fieldNames(schema.get("properties")));
        // detailedOutcome is written only for a version 1 caller whose outcome version 2 added (below)
        declared.remove("detailedOutcome");
        assertEquals(declared, fieldNames(full), "the top level, with authorization");
        assertEquals(fieldNames(schema.at("/$defs/finding/properties")), fieldNames(full.at("/findings/0")));
        assertEquals(fieldNames(schema.at("/$defs/evidence/properties")), fieldNames(full.at("/findings/0/evidence/0")));
        assertEquals(fieldNames(schema.at("/properties/authorization/properties")), fieldNames(full.get("authorization")));
        ObjectNode insufficient = new DeterminationWriter().toTree(insufficient());
        assertEquals(fieldNames(schema.at("/$defs/missingDocument/properties")), fieldNames(insufficient.at("/missingDocuments/0")));
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"NOT_COVERED_AS_SUBMITTED", "PRIOR_AUTHORIZATION_REQUIRED", "PEND_FOR_REVIEW",
        "COVERED_UNDER_STUDY"})
    void aVersion1CallerGetsTheVersion1ReadingAndTheDetailedOutcomeWithinTheSchema(Outcome outcome) throws IOException {
        Determination d = new Determination("04-77260-19", LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 1),
                RevisionBasis.DATE_OF_SERVICE, LocalDate.of(2026, 6, 1), outcome, List.of(), List.of(), DIGEST);
        ObjectNode v1 = new DeterminationWriter().toTree(d, "1");

        assertEquals(ContractVersion.outcomeFor(outcome, "1").name(), v1.get("outcome").asText());
        assertEquals(outcome.name(), v1.get("detailedOutcome").asText());
        assertEquals(List.of(), ContractSchemas.determinationViolations(new DeterminationWriter().write(d, "1")));
        assertTrue(texts(schema(ContractVersion.DETERMINATION_SCHEMA).at("/properties/detailedOutcome/enum")).contains(outcome.name()));
        assertFalse(new DeterminationWriter().toTree(d, "2").has("detailedOutcome"));
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aDeterminationOfEveryOutcomeKeepsToTheSchema(Outcome outcome) {
        Determination d = new Determination("04-77260-19", outcome == Outcome.NOT_APPLICABLE ? null : LocalDate.of(2026, 5, 15),
                LocalDate.of(2026, 6, 1), RevisionBasis.AS_OF, LocalDate.of(2026, 5, 20), outcome,
                List.of(new Finding(FindingKind.CODE_IN_SCOPE, "77387", "04-77260-19/code/77387", "", "", List.of())),
                List.of(), DIGEST);

        assertEquals(List.of(), ContractSchemas.determinationViolations(new DeterminationWriter().write(d)));
    }

    @Test
    void theWritersOtherShapesKeepToTheSchema() {
        DeterminationWriter writer = new DeterminationWriter();

        assertEquals(List.of(), ContractSchemas.determinationViolations(writer.write(approved())));
        assertEquals(List.of(), ContractSchemas.determinationViolations(writer.write(insufficient())));
        assertEquals(List.of(), ContractSchemas.requestErrorsViolations(writer.writeErrors(List.of(
                new RequestError("member.lineOfBusiness", "unknown line of business `PLATINUM`"),
                new RequestError("$", "1 more problem is not listed")))));
    }

    @Test
    void theSchemaRefusesWhatNoDeterminationHolds() throws IOException {
        ObjectNode good = new DeterminationWriter().toTree(approved());
        assertEquals(List.of(), ContractSchemas.determinationViolations(good.toString()));

        for (var change : List.<java.util.function.Consumer<ObjectNode>>of(
                d -> d.put("outcome", "APPROVED"),
                d -> d.put("contractVersion", "1"),
                d -> d.remove("sourceDigest"),
                d -> d.put("sourceDigest", "md5:00"),
                d -> d.put("dateOfService", "2026-02-30"),
                d -> d.put("surprise", true),
                d -> ((ObjectNode) d.at("/findings/0")).put("kind", "MAYBE"),
                d -> ((ObjectNode) d.get("authorization")).put("days", 0))) {
            ObjectNode bad = good.deepCopy();
            change.accept(bad);
            assertFalse(ContractSchemas.determinationViolations(bad.toString()).isEmpty(), bad::toString);
        }
        assertFalse(ContractSchemas.requestErrorsViolations("{\"contractVersion\": \"2\", \"errors\": []}").isEmpty(),
                "a malformed request names at least one field");
        assertFalse(ContractSchemas.requestErrorsViolations("{\"errors\": [{\"field\": \"x\", \"message\": \"y\"}]}").isEmpty(),
                "request errors say their contract version");
    }

    private static Determination approved() {
        return new Determination("ohio-medicaid-updl-osteoporosis", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1),
                RevisionBasis.DATE_OF_SERVICE, LocalDate.of(2026, 6, 1), Outcome.MEETS_MEDICAL_NECESSITY,
                List.of(new Finding(FindingKind.DRUG_IN_SCOPE, "tymlos", "ohio-medicaid-updl-osteoporosis/drug/tymlos", "Tymlos",
                        "DRUG LIST", List.of(new Evidence("priorAuthorization.drug", "tymlos", LocalDate.of(2026, 6, 1))))),
                List.of(), DIGEST, new AuthorizationPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30)));
    }

    private static Determination insufficient() {
        return new Determination("04-77260-19", LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 1),
                RevisionBasis.DATE_OF_SERVICE, LocalDate.of(2026, 6, 1), Outcome.INSUFFICIENT_DOCUMENTATION,
                List.of(new Finding(FindingKind.DOCUMENT_MISSING, "18776-5", "04-77260-19/document/18776-5", "Plan of treatment",
                        "BILLING/CODING INFORMATION", List.of())),
                List.of(new MissingDocument("18776-5", "Plan of treatment", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 1))),
                DIGEST);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
