package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeterminationWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeterminationWriter writer = new DeterminationWriter();

    private static Determination insufficient() {
        return new Determination(
                "04-77260-19",
                LocalDate.of(2026, 5, 15),
                LocalDate.of(2026, 6, 1),
                RevisionBasis.DATE_OF_SERVICE,
                LocalDate.of(2026, 6, 1),
                Outcome.INSUFFICIENT_DOCUMENTATION,
                List.of(
                        new Finding(FindingKind.INDICATION_MET, "implanted-fiducial-markers",
                                "04-77260-19/indication/implanted-fiducial-markers", "Implanted fiducial markers",
                                "POSITION STATEMENT", List.of(new Evidence("indications[0]", "implanted-fiducial-markers", null))),
                        new Finding(FindingKind.DOCUMENT_PRESENT, "28626-0", "04-77260-19/document/28626-0",
                                "Physician history and physical", "BILLING/CODING INFORMATION",
                                List.of(new Evidence("documents[0]", "28626-0", LocalDate.of(2026, 3, 1)))),
                        new Finding(FindingKind.DOCUMENT_MISSING, "18776-5", "04-77260-19/document/18776-5",
                                "Plan of treatment", "BILLING/CODING INFORMATION", List.of())),
                List.of(new MissingDocument("18776-5", "Plan of treatment", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 6, 1))),
                "sha256:0123abcd");
    }

    private static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theDeterminationHasEveryWireContractField() throws IOException {
        JsonNode root = parse(writer.write(insufficient()));

        assertTrue(names(root).containsAll(List.of("guideline", "revision", "outcome", "findings", "missingDocuments",
                "sourceDigest")), () -> "fields: " + names(root));
        assertEquals(ContractVersion.CURRENT, root.get("contractVersion").asText(), "a determination says its contract version");
        assertEquals("04-77260-19", root.get("guideline").asText());
        assertEquals("2026-05-15", root.get("revision").asText());
        assertEquals("2026-06-01", root.get("dateOfService").asText());
        assertEquals("INSUFFICIENT_DOCUMENTATION", root.get("outcome").asText());
        assertEquals("sha256:0123abcd", root.get("sourceDigest").asText());
    }

    @Test
    void everyFindingIsWrittenWithKindRefTextAndSection() throws IOException {
        JsonNode findings = parse(writer.write(insufficient())).get("findings");

        assertTrue(findings.isArray());
        assertEquals(3, findings.size(), "every finding is written, not only the deciding one");
        JsonNode first = findings.get(0);
        assertEquals("INDICATION_MET", first.get("kind").asText());
        assertEquals("implanted-fiducial-markers", first.get("ref").asText());
        assertEquals("04-77260-19/indication/implanted-fiducial-markers", first.get("clause").asText());
        assertEquals("Implanted fiducial markers", first.get("text").asText());
        assertEquals("POSITION STATEMENT", first.get("section").asText());
        assertEquals(List.of("DOCUMENT_PRESENT", "DOCUMENT_MISSING"),
                List.of(findings.get(1).get("kind").asText(), findings.get(2).get("kind").asText()));
        assertEquals("BILLING/CODING INFORMATION", findings.get(2).get("section").asText());
    }

    @Test
    void evidenceIsWrittenWithItsFieldAndAnIsoDate() throws IOException {
        JsonNode findings = parse(writer.write(insufficient())).get("findings");

        JsonNode evidence = findings.get(1).get("evidence").get(0);
        assertEquals("documents[0]", evidence.get("field").asText());
        assertEquals("28626-0", evidence.get("value").asText());
        assertEquals("2026-03-01", evidence.get("date").asText());
        assertFalse(findings.get(0).get("evidence").get(0).has("date"), "evidence without a date writes none");
        assertFalse(findings.get(2).has("evidence"), "a finding without evidence writes no evidence list");
    }

    @Test
    void missingDocumentsAreWrittenWithTheirWindowInIsoDates() throws IOException {
        JsonNode missing = parse(writer.write(insufficient())).get("missingDocuments");

        assertEquals(1, missing.size());
        JsonNode doc = missing.get(0);
        assertEquals("18776-5", doc.get("loinc").asText());
        assertEquals("Plan of treatment", doc.get("name").asText());
        assertEquals("2025-12-01", doc.get("notBefore").asText());
        assertEquals("2026-06-01", doc.get("notAfter").asText());
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeIsWrittenByItsName(Outcome outcome) throws IOException {
        Determination d = new Determination("04-77260-19", null, LocalDate.of(2009, 1, 1), RevisionBasis.AS_OF,
                LocalDate.of(2009, 2, 1), outcome, List.of(), List.of(),
                "sha256:00");

        JsonNode root = parse(writer.write(d));

        assertEquals(outcome.name(), root.get("outcome").asText());
        assertTrue(root.get("revision").isNull(), "no revision in force is written as null");
        assertTrue(root.get("findings").isArray() && root.get("findings").isEmpty());
        assertTrue(root.get("missingDocuments").isArray() && root.get("missingDocuments").isEmpty(),
                "an empty list is written as [], never left out");
    }

    @Test
    void theTreeAndTheTextAgree() throws IOException {
        Determination d = insufficient();

        assertEquals(writer.toTree(d), parse(writer.write(d)));
        assertEquals(List.of("contractVersion", "guideline", "revision", "dateOfService", "revisionBasis", "revisionDate",
                        "outcome", "findings", "missingDocuments", "sourceDigest"),
                names(writer.toTree(d)), "fields in the fixed order of the contract");
    }

    @Test
    void requestErrorsAreWrittenAsAnErrorsListOfFieldAndMessage() throws IOException {
        String json = writer.writeErrors(List.of(
                new RequestError("member.lineOfBusiness", "unknown line of business `PLATINUM`"),
                new RequestError("procedures[0].code", "`7` is not a procedure code")));

        JsonNode root = parse(json);

        assertEquals(List.of("contractVersion", "errors"), names(root),
                "the contract version and the errors only: a malformed request never yields an outcome");
        assertEquals(ContractVersion.CURRENT, root.get("contractVersion").asText());
        JsonNode errors = root.get("errors");
        assertEquals(2, errors.size());
        assertEquals(List.of("field", "message"), names(errors.get(0)));
        assertEquals("member.lineOfBusiness", errors.get(0).get("field").asText());
        assertEquals("unknown line of business `PLATINUM`", errors.get(0).get("message").asText());
        assertEquals("procedures[0].code", errors.get(1).get("field").asText());
        assertEquals("`7` is not a procedure code", errors.get(1).get("message").asText());
    }

    @Test
    void noErrorsAreWrittenAsAnEmptyList() throws IOException {
        JsonNode root = parse(writer.writeErrors(List.of()));

        assertTrue(root.get("errors").isArray() && root.get("errors").isEmpty());
    }

    /** The text as an ObjectMapper with INDENT_OUTPUT writes the tree: what write gave before it streamed. */
    private static String byMapper(JsonNode tree) throws IOException {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(tree);
    }

    /** The determination of {@link #insufficient} and 300 random ones, with every character JSON escapes. */
    private static List<Determination> variedDeterminations() {
        Random random = new Random(5);
        String alphabet = "aZ09 \"\\/\n\r\t\b\f\u0000\u001f\u007f\u00e9\u2028\u20ac\ud83d\ude00<>&'";
        List<Determination> all = new ArrayList<>(List.of(insufficient()));
        for (int i = 0; i < 300; i++) {
            List<Finding> findings = new ArrayList<>();
            for (int f = random.nextInt(4); f > 0; f--) {
                List<Evidence> evidence = new ArrayList<>();
                for (int e = random.nextInt(3); e > 0; e--) {
                    evidence.add(new Evidence(text(random, alphabet), text(random, alphabet),
                            random.nextBoolean() ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000))));
                }
                findings.add(new Finding(FindingKind.values()[random.nextInt(FindingKind.values().length)], text(random, alphabet),
                        text(random, alphabet), text(random, alphabet), text(random, alphabet), evidence));
            }
            List<MissingDocument> missing = random.nextBoolean() ? List.of()
                    : List.of(new MissingDocument(text(random, alphabet), text(random, alphabet), LocalDate.of(2025, 12, 1),
                            LocalDate.of(2026, 6, 1)));
            all.add(new Determination(text(random, alphabet), random.nextBoolean() ? null : LocalDate.of(2026, 5, 15),
                    LocalDate.of(2026, 6, 1), random.nextBoolean() ? RevisionBasis.AS_OF : RevisionBasis.DATE_OF_SERVICE,
                    LocalDate.of(2026, 6, 1), Outcome.values()[random.nextInt(Outcome.values().length)], findings, missing,
                    "sha256:" + text(random, alphabet),
                    random.nextBoolean() ? null : new AuthorizationPeriod(LocalDate.of(2026, 6, 1),
                            LocalDate.of(2026, 6, 1).plusDays(random.nextInt(400)))));
        }
        return all;
    }

    @Test
    void theStreamedTextIsByteForByteWhatTheMapperWroteOfTheTree() throws IOException {
        List<Determination> all = variedDeterminations();
        for (Determination d : all) {
            assertEquals(byMapper(writer.toTree(d)), writer.write(d));
        }
        List<RequestError> errors = List.of(new RequestError("a\"b", "c\n\u0001"), new RequestError("$", "\u20ac"));
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("contractVersion", ContractVersion.CURRENT);
        ArrayNode list = root.putArray("errors");
        for (RequestError e : errors) {
            list.addObject().put("field", e.field()).put("message", e.message());
        }
        assertEquals(byMapper(root), writer.writeErrors(errors));
        ObjectNode empty = JsonNodeFactory.instance.objectNode().put("contractVersion", ContractVersion.CURRENT);
        empty.putArray("errors");
        assertEquals(byMapper(empty), writer.writeErrors(List.of()));
    }

    @Test
    void aBatchRecordIsByteForByteTheCompactMapperOfTheLineAndTheTree() throws IOException {
        ObjectMapper compact = JsonMapper.builder().build();
        List<Determination> all = variedDeterminations();
        // One writer for every record, each written three times: a finding's text is kept the
        // second time it is seen and copied from then on, which must change no byte.
        DeterminationWriter records = new DeterminationWriter();
        for (int pass = 0; pass < 3; pass++) {
            long line = 1;
            for (Determination d : all) {
                ObjectNode record = JsonNodeFactory.instance.objectNode().put("line", line);
                record.setAll(writer.toTree(d));
                String expected = compact.writeValueAsString(record);
                java.io.StringWriter streamed = new java.io.StringWriter();
                try (com.fasterxml.jackson.core.JsonGenerator g = compact.getFactory().createGenerator(streamed)) {
                    records.writeRecord(g, line, d);
                }
                assertEquals(expected, streamed.toString(), "pass " + pass);
                line += 997;
            }
        }
        assertTrue(records.kept() > 400, "every finding recurred and is kept: " + records.kept());
    }

    private static String text(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
