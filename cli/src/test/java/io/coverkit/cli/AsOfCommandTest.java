package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eval --as-of DATE} and {@code render --as-of DATE}. */
class AsOfCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_APPLICABLE = "examples/not-applicable-code.json";


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The text from {@code heading} to the next heading. */
    private static String section(String md, String heading) {
        int start = md.indexOf(heading);
        assertTrue(start >= 0, () -> "no " + heading + " in:\n" + md);
        int end = md.indexOf("\n## ", start + heading.length());
        return md.substring(start, end < 0 ? md.length() : end);
    }

    private static List<String> codeItems(String md) {
        return section(md, "## BILLING/CODING INFORMATION:").lines().filter(l -> l.startsWith("- ")).toList();
    }

    @Test
    void evalAsOfADateBeforeTheDeletionDecidesUnderTheOlderRevision() throws IOException {
        CliRun run = run("eval", NOT_APPLICABLE, "--as-of", "2025-12-31", "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        JsonNode d = run.json();
        assertEquals("MEETS_MEDICAL_NECESSITY", d.get("outcome").asText());
        assertEquals("2025-05-15", d.get("revision").asText());
        assertEquals("asOf", d.get("revisionBasis").asText());
        assertEquals("2025-12-31", d.get("revisionDate").asText());
        assertEquals("2026-06-01", d.get("dateOfService").asText());
        assertEquals("", run.err());
    }

    @Test
    void evalWithoutAsOfDecidesUnderTheRevisionOnTheDateOfService() throws IOException {
        CliRun run = run("eval", NOT_APPLICABLE, "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        JsonNode d = run.json();
        assertEquals("NOT_APPLICABLE", d.get("outcome").asText());
        assertEquals("2026-05-15", d.get("revision").asText());
        assertEquals("dateOfService", d.get("revisionBasis").asText());
        assertEquals("2026-06-01", d.get("revisionDate").asText());
    }

    @Test
    void evalAsOfTheDeletionDateIsNotApplicable() throws IOException {
        CliRun run = run("eval", NOT_APPLICABLE, "--as-of", "2026-01-01", "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        assertEquals("NOT_APPLICABLE", run.json().get("outcome").asText());
        assertEquals("2026-01-01", run.json().get("revision").asText());
    }

    @Test
    void evalWithAnInvalidAsOfIsAUsageError() {
        CliRun run = run("eval", NOT_APPLICABLE, "--as-of", "yesterday", "--policies", "policies");

        assertNotEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains("--as-of"), run.err());
        assertFalse(run.out().contains("outcome"), run.out());
    }

    @Test
    void renderAsOf2014ShowsTheCodesThenAndThatThePositionStatementIsNotPublished() {
        CliRun run = run("render", "04-77260-19", "--as-of", "2014-06-01", "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        assertEquals(List.of("- 77014", "- 0197T", "- 76050", "- 77421", "- 32553", "- 49411", "- 55876"), codeItems(run.out()),
                run.out());
        String position = section(run.out(), "## POSITION STATEMENT:");
        assertTrue(position.contains("> Not published: the published guideline carries the position statement as revised on "
                + "05/15/23"), position);
        assertTrue(section(run.out(), "## PROGRAM EXCEPTIONS:").contains("> Not published: "), run.out());
        assertTrue(run.out().contains("Revised: 05/15/14"), run.out());
        assertFalse(run.out().contains("LOINC Codes:"), "no documentation requirements before 05/01/16: " + run.out());
        assertFalse(run.out().contains("- 01/01/15 "), "the history stops at the revision in force: " + run.out());
    }

    @Test
    void theNewestRenderListsOnly77387() {
        CliRun run = run("render", "04-77260-19", "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        List<String> codes = codeItems(run.out());
        assertEquals(1, codes.size(), run.out());
        assertTrue(codes.get(0).startsWith("- 77387 "), run.out());
        assertFalse(section(run.out(), "## BILLING/CODING INFORMATION:").contains("77014"), run.out());
        assertFalse(run.out().contains("Not published"), run.out());
        assertTrue(run.out().contains("LOINC Codes:"), run.out());
    }

    @Test
    void renderAsOfJustBeforeTheCodingUpdateStillLists77014() {
        CliRun run = run("render", "04-77260-19", "--as-of", "2025-12-31", "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        assertTrue(codeItems(run.out()).contains("- 77014"), run.out());
        assertTrue(run.out().contains("HCPCS Coding:"), run.out());
    }
}
