package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverkit diff GUIDELINE --from DATE --to DATE}. */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a Java stack trace or exception name looks like in text meant for users. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|\\b\\w+(Exception|Error)\\b");
    private static final String[] CODING_2026 = {"diff", "04-77260-19", "--from", "2025-05-15", "--to", "2026-01-01",
        "--policies", "policies"};


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static void assertNoStackTrace(CliRun run) {
        String all = run.out() + run.err();
        assertFalse(STACK_TRACE.matcher(all).find(), () -> "no stack trace for users: " + all);
    }

    @Test
    void textListsExactlyTheFourRemovedCodesAndAnUnchangedPositionStatement() {
        CliRun run = run(CODING_2026);

        assertEquals(0, run.code(), run::toString);
        assertEquals(List.of("- CPT 77014", "- HCPCS G6001", "- HCPCS G6002", "- HCPCS G6017"),
                run.lines().stream().filter(l -> l.matches("^[-+~] .*")).toList(), run.out());
        assertTrue(run.lines().contains("position statement: unchanged"), run.out());
        assertTrue(run.lines().get(0).startsWith("04-77260-19: revision 2025-05-15"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonParsesAndHasTheSameChanges() throws IOException {
        CliRun run = run(with(CODING_2026, "--format", "json"));

        assertEquals(0, run.code(), run::toString);
        List<JsonNode> values = run.jsonValues();
        assertEquals(1, values.size(), run.out());
        JsonNode root = values.get(0);
        assertEquals("UNCHANGED", root.get("positionStatement").asText());
        List<String> keys = new ArrayList<>();
        root.get("changes").forEach(c -> keys.add(c.get("kind").asText() + " " + c.get("area").asText() + " " + c.get("key").asText()));
        assertEquals(List.of("REMOVED CODE code/CPT/77014", "REMOVED CODE code/HCPCS/G6001", "REMOVED CODE code/HCPCS/G6002",
                "REMOVED CODE code/HCPCS/G6017"), keys);
    }

    @Test
    void withRequestsListsTheExampleWhoseOutcomeChangesAndSkipsTheMalformedOne() throws IOException {
        CliRun run = run(with(CODING_2026, "--requests", "examples"));

        assertEquals(0, run.code(), run::toString);
        List<String> lines = run.lines();
        assertTrue(lines.contains("04-77260-19: 6 requests decided as of 2025-05-15 and as of 2026-01-01; 1 changes outcome"),
                run.out());
        assertEquals(CliMessagesTest.skippedExamples().size(), lines.stream().filter(l -> l.contains("skipped")).count(),
                "only the malformed request and the CDS Hooks examples: " + run.out());
        assertTrue(lines.contains("left out: 6 requests naming another guideline"), run.out());
        assertTrue(lines.contains("  not-applicable-code.json: MEETS_MEDICAL_NECESSITY -> NOT_APPLICABLE"), run.out());
        assertTrue(lines.contains("      - 04-77260-19/code/cpt-77014"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  skipped malformed-request.json: ")), run.out());
        assertEquals(1, lines.stream().filter(l -> l.contains(" -> ") && l.startsWith("  ") && !l.contains("revision")).count(),
                run.out());
        assertTrue(lines.contains("- CPT 77014"), "the semantic diff comes first: " + run.out());
    }

    @Test
    void withRequestsAsJsonPrintsOneDocumentHoldingBothDiffs() throws IOException {
        CliRun run = run(with(CODING_2026, "--requests", "examples", "--format", "json"));

        assertEquals(0, run.code(), run::toString);
        List<JsonNode> values = run.jsonValues();
        assertEquals(1, values.size(), run.out());
        assertEquals("UNCHANGED", values.get(0).get("diff").get("positionStatement").asText());
        JsonNode behaviour = values.get(0).get("behaviour");
        assertEquals(6, behaviour.get("decided").asInt());
        assertEquals(1, behaviour.get("changed").size());
        assertEquals("not-applicable-code.json", behaviour.get("changed").get(0).get("request").asText());
        assertEquals("NOT_APPLICABLE", behaviour.get("changed").get(0).get("after").asText());
        List<String> skipped = new java.util.ArrayList<>();
        behaviour.get("skipped").forEach(s -> {
            skipped.add(s.get("request").asText());
            assertTrue(s.get("errors").size() >= 1, s::toString);
        });
        assertEquals(CliMessagesTest.skippedExamples(), skipped, behaviour::toString);
        assertEquals(6, behaviour.get("otherGuidelines").asInt());
    }

    @Test
    void anUnknownFormatExitsTwo() {
        CliRun run = run(with(CODING_2026, "--format", "xml"));

        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--format: unknown format `xml`; use text or json"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void aMissingRequestsFolderExitsTwo(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-requests");

        CliRun run = run(with(CODING_2026, "--requests", missing.toString()));

        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(missing + ": error: no such folder"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownGuidelineExitsOneAndSaysWhichAreLoaded() {
        CliRun run = run("diff", "99-99999-99", "--from", "2025-05-15", "--to", "2026-01-01", "--policies", "policies");

        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().contains("no guideline `99-99999-99` is loaded; loaded: 04-77260-19"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void aMissingFromIsAUsageError() {
        CliRun run = run("diff", "04-77260-19", "--to", "2026-01-01", "--policies", "policies");

        assertNotEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains("--from"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anInvalidDateIsAUsageError() {
        CliRun run = run("diff", "04-77260-19", "--from", "2025-13-45", "--to", "2026-01-01", "--policies", "policies");

        assertNotEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains("--from"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun run = run("diff", "--help");

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("Usage: coverkit diff"), run.out());
        assertTrue(run.out().contains("--from") && run.out().contains("--to") && run.out().contains("--requests"), run.out());
    }
}
