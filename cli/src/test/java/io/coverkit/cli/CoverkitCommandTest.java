package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.examples.RepositoryPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverkitCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a Java stack trace or exception name looks like in text meant for users. */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|\\b\\w+(Exception|Error)\\b");
    private static final String EXAMPLE = "examples/meets-medical-necessity.json";

    /** A policy file with a keyword the vocabulary does not know, on line 3, column 5. */
    private static final String UNKNOWN_KEYWORD = """
            guideline('99-00000-01') {
                title 'Broken on purpose'
                colour 'red'
            }
            """;


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertNoStackTrace(CliRun run) {
        String all = run.out() + run.err();
        assertFalse(STACK_TRACE.matcher(all).find(), () -> "no stack trace for users: " + all);
    }

    @Test
    void checkOfTheRepositorysPoliciesExitsZero() {
        CliRun run = run("check", "policies");

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains(RepositoryPolicies.count() + " files checked: 0 errors, 0 warnings"), run.out());
        assertFalse(run.out().contains("error["), run.out());
    }

    @Test
    void checkReportsAnUnknownKeywordAtItsLineAndColumnAndExitsOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("99-00000-01.groovy");
        Files.writeString(file, UNKNOWN_KEYWORD);

        CliRun run = run("check", file.toString());

        assertEquals(1, run.code(), run::toString);
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(file.toString()) + ":3:5: error\\[R001\\]: .*`colour`.*$")
                .matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("1 file checked: "), run.out());
        assertNoStackTrace(run);
    }

    @Test
    void checkOfAFolderReportsOnlyTheBrokenFile(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("policies/04-77260-19.groovy"), dir.resolve("04-77260-19.groovy"));
        Path broken = dir.resolve("99-00000-01.groovy");
        Files.writeString(broken, UNKNOWN_KEYWORD);

        CliRun run = run("check", dir.toString());

        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("2 files checked"), run.out());
        assertTrue(run.out().lines().filter(l -> l.contains(": error[")).allMatch(l -> l.startsWith(broken + ":")), run.out());
    }

    @Test
    void checkOfAMissingPathExitsOne(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-policies");

        CliRun run = run("check", missing.toString());

        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().contains(missing + ": error: no such file or folder"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void evalOfTheExamplePrintsADeterminationAndExitsZero() throws IOException {
        CliRun run = run("eval", EXAMPLE, "--policies", "policies");

        assertEquals(0, run.code(), run::toString);
        JsonNode d = run.json();
        assertEquals("MEETS_MEDICAL_NECESSITY", d.get("outcome").asText());
        assertEquals("04-77260-19", d.get("guideline").asText());
        assertEquals("2026-05-15", d.get("revision").asText());
        assertTrue(d.get("sourceDigest").asText().startsWith("sha256:"));
        assertTrue(d.get("findings").isArray() && d.get("missingDocuments").isArray());
        assertFalse(run.out().contains("Outcome:"), "no explanation unless asked: " + run.out());
        assertEquals("", run.err());
    }

    @Test
    void evalWithExplainAddsTheExplanationAfterTheJson() throws IOException {
        CliRun run = run("eval", EXAMPLE, "--policies", "policies", "--explain");

        assertEquals(0, run.code(), run::toString);
        assertEquals("MEETS_MEDICAL_NECESSITY", run.json().get("outcome").asText());
        int explanation = run.out().indexOf("Outcome: MEETS_MEDICAL_NECESSITY");
        assertTrue(explanation > run.out().lastIndexOf('}'), "the explanation follows the JSON: " + run.out());
        assertTrue(run.out().contains("indication met: Implanted fiducial markers (POSITION STATEMENT)"), run.out());
    }

    @Test
    void evalOfAMalformedRequestExitsTwoAndNamesTheField() throws IOException {
        Path request = Path.of("core/src/test/resources/requests/bad-line-of-business.json");

        CliRun run = run("eval", request.toString(), "--policies", "policies");

        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(request + ": member.lineOfBusiness: unknown line of business `PLATINUM`"), run.err());
        JsonNode errors = run.json().get("errors");
        assertEquals("member.lineOfBusiness", errors.get(0).get("field").asText());
        assertFalse(run.json().has("outcome"), "a malformed request never yields an outcome");
        assertNoStackTrace(run);
    }

    @Test
    void evalOfARequestThatIsNotJsonExitsTwoAndNamesTheRoot(@TempDir Path dir) throws IOException {
        Path request = dir.resolve("request.json");
        Files.writeString(request, "{ \"guideline\": \"04-77260-19\",\n  \"dateOfService\" \"2026-06-01\" }");

        CliRun run = run("eval", request.toString(), "--policies", "policies");

        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(request + ": $: not valid JSON at line 2, column "), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void evalOfARequestForAnUnknownGuidelineExitsTwoNamingGuideline(@TempDir Path dir) throws IOException {
        Path request = dir.resolve("request.json");
        Files.writeString(request, Files.readString(Path.of(EXAMPLE)).replace("04-77260-19", "99-99999-99"));

        CliRun run = run("eval", request.toString(), "--policies", "policies");

        assertEquals(2, run.code(), run::toString);
        assertEquals("guideline", run.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void evalOfAMissingRequestFileSaysItDoesNotExistAndExitsTwo(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        CliRun run = run("eval", missing.toString(), "--policies", "policies");

        assertEquals(2, run.code(), run::toString);
        assertEquals(missing + ": no such file" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    void evalWithPoliciesThatHaveErrorsExitsOne(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("99-00000-01.groovy");
        Files.writeString(broken, UNKNOWN_KEYWORD);

        CliRun run = run("eval", EXAMPLE, "--policies", dir.toString());

        assertEquals(1, run.code(), run::toString);
        // One line for the broken file: its first error and how many it has.
        assertEquals(1, run.err().lines().filter(l -> l.startsWith(broken + ":")).count(), run.err());
        assertTrue(run.err().contains(" errors; this policy file is left out and its guideline is unavailable"), run.err());
        assertTrue(run.err().contains("left out because of errors: " + broken), run.err());
        assertFalse(run.out().contains("outcome"), "no determination from broken policies: " + run.out());
    }

    @Test
    void evalWithAMissingPoliciesFolderExitsOneAndSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-policies");

        CliRun run = run("eval", EXAMPLE, "--policies", missing.toString());

        assertEquals(1, run.code(), run::toString);
        assertEquals(missing + ": error: no such file or folder", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void checkWithoutAPathChecksThePoliciesFolder() {
        CliRun run = run("check");

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains(RepositoryPolicies.count() + " files checked: 0 errors, 0 warnings"), run.out());
    }

    @Test
    void evalWithoutARequestIsAUsageError() {
        CliRun run = run("eval");

        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("REQUEST.json"), run.err());
    }

    @Test
    void noSubcommandPrintsUsage() {
        CliRun run = run();

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("Usage: coverkit"), run.out());
        assertTrue(run.out().contains("check") && run.out().contains("eval"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpListsTheSubcommandsAndExitsZero(String flag) {
        CliRun run = run(flag);

        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("Usage: coverkit"), run.out());
        assertTrue(run.out().contains("check") && run.out().contains("eval"), run.out());
        assertTrue(run.out().contains("--version"), run.out());
    }

    @Test
    void helpOfASubcommandDescribesItsOptions() {
        CliRun eval = run("eval", "--help");
        CliRun check = run("check", "-h");

        assertEquals(0, eval.code(), eval::toString);
        assertTrue(eval.out().startsWith("Usage: coverkit eval"), eval.out());
        assertTrue(eval.out().contains("--policies") && eval.out().contains("--explain"), eval.out());
        assertEquals(0, check.code(), check::toString);
        assertTrue(check.out().startsWith("Usage: coverkit check"), check.out());
        assertTrue(check.out().contains("PATH"), check.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionPrintsTheVersionAndExitsZero(String flag) {
        CliRun run = run(flag);
        CliRun sub = run("eval", flag);

        assertEquals(0, run.code(), run::toString);
        assertEquals("coverkit 0.1.0", run.out().strip());
        assertEquals(0, sub.code(), sub::toString);
        assertEquals("coverkit 0.1.0", sub.out().strip(), "a subcommand reports the same version");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CliRun run = run("frobnicate");

        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("frobnicate"), run.err());
    }
}
