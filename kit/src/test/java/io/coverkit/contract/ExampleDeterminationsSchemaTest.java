package io.coverkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.Batch;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Outcome;
import io.coverkit.examples.ExampleRequests;
import io.coverkit.json.ContractSchemas;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example request, decided on the day of every revision of its guideline (and the day before
 * the guideline began), by its date of service and as of that day, gives a determination that keeps
 * to the determination schema, whether written for one request or as a batch record; the malformed
 * example's answer keeps to the request-errors schema.
 */
class ExampleDeterminationsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GuidelineLibrary library;

    @BeforeAll
    static void load() {
        library = GuidelineLibrary.load(Path.of("policies"));
    }

    /** Every example, with its date of service moved to each day that selects another revision. */
    private static List<String> requestsOnEveryRevision() throws IOException {
        List<String> requests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).filter(ExampleRequests::outsideProjects).sorted().toList()) {
                if (file.getFileName().toString().equals("malformed-request.json")) {
                    continue;
                }
                ObjectNode example = (ObjectNode) JSON.readTree(Files.readString(file));
                requests.add(example.toString());
                Guideline guideline = library.evaluator(example.get("guideline").asText()).orElseThrow().guideline();
                for (LocalDate day : days(guideline)) {
                    requests.add(example.deepCopy().put("dateOfService", day.toString()).toString());
                }
            }
        }
        return requests;
    }

    private static Set<LocalDate> days(Guideline guideline) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(guideline.originalEffectiveDate().minusDays(1));
        for (Revision revision : guideline.revisions()) {
            days.add(revision.effective());
        }
        return days;
    }

    @Test
    void everyExampleOnEveryRevisionIsDecidedIntoADeterminationThatKeepsToTheSchema() throws IOException {
        DeterminationWriter writer = new DeterminationWriter();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        int validated = 0;
        for (String request : requestsOnEveryRevision()) {
            LocalDate dateOfService = LocalDate.parse(JSON.readTree(request).get("dateOfService").asText());
            for (Decision decision : List.of(library.decideJson(request), library.decideJson(request, dateOfService.plusDays(1)))) {
                Decision.Decided decided = assertInstanceOf(Decision.Decided.class, decision, request);
                outcomes.add(decided.determination().outcome());
                String json = writer.write(decided.determination());
                assertEquals(List.of(), ContractSchemas.determinationViolations(json), json);
                validated++;
            }
        }

        System.out.println("[contract] example determinations validated: " + validated + ", outcomes " + outcomes);
        assertTrue(validated > 100, "every example on every revision: " + validated);
        assertTrue(outcomes.contains(Outcome.NOT_APPLICABLE) && outcomes.contains(Outcome.MEETS_MEDICAL_NECESSITY)
                && outcomes.size() >= 5, "the examples reach most outcomes: " + outcomes);
    }

    @Test
    void everyBatchRecordIsADeterminationOrRequestErrorsWithItsLine() throws IOException {
        List<String> lines = new ArrayList<>(requestsOnEveryRevision());
        lines.add(Files.readString(Path.of("examples/malformed-request.json")).replace('\n', ' '));
        lines.add("{\"contractVersion\": \"3\"}");
        StringWriter out = new StringWriter();

        Batch.Summary summary = new Batch(library, 2, Batch.Mode.DECIDE).run(
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), out, (done, input) -> { });

        List<String> records = out.toString().lines().toList();
        assertEquals(lines.size(), records.size());
        assertEquals(2, summary.errors());
        for (int i = 0; i < records.size(); i++) {
            ObjectNode record = (ObjectNode) JSON.readTree(records.get(i));
            assertEquals(i + 1, record.remove("line").asLong(), "records keep the order of the lines");
            List<String> violations = record.has("errors") ? ContractSchemas.requestErrorsViolations(record.toString())
                    : ContractSchemas.determinationViolations(record.toString());
            assertEquals(List.of(), violations, record::toString);
        }
        System.out.println("[contract] batch records validated: " + records.size());
    }

    @Test
    void theMalformedExamplesAnswerKeepsToTheRequestErrorsSchemaAndNotToTheDeterminationSchema() throws IOException {
        String request = Files.readString(Path.of("examples/malformed-request.json"));
        assertFalse(ContractSchemas.requestViolations(request).isEmpty(), "the request schema refuses it too");

        Decision.Rejected rejected = assertInstanceOf(Decision.Rejected.class, library.decideJson(request));
        String answer = new DeterminationWriter().writeErrors(rejected.errors());

        assertEquals(List.of(), ContractSchemas.requestErrorsViolations(answer), answer);
        assertFalse(ContractSchemas.determinationViolations(answer).isEmpty(), "errors are never a determination");
        JsonNode errors = JSON.readTree(answer).get("errors");
        assertEquals(rejected.errors().size(), errors.size());
    }
}
