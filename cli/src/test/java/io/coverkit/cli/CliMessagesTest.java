package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user reads when a command line is wrong: each command run as its own process, as a shell
 * runs it, and held to saying what is wrong in words (a date that names no day, a folder where a
 * file is expected), with counts in the right number and no Java exception text.
 */
class CliMessagesTest {

    /** Java's exception and class names, and stack frames, as they would leak into a message. */
    private static final Pattern JAVA_TEXT = Pattern.compile("(?m)\\b\\w+(Exception|Error)\\b|java\\.\\w+\\.|^\\s+at [\\w.$]+\\(");

    private record Run(int code, String out, String err) {
        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    /** {@code coverkit args...} in a JVM of its own, from the project folder. */
    private static Run coverkit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("coverkit-out", ".txt");
        Path err = Files.createTempFile("coverkit-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            int code = process.waitFor();
            Run run = new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            assertFalse(JAVA_TEXT.matcher(run.out() + run.err()).find(), () -> "no Java exception text for users: " + run);
            return run;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void aDateOptionInTheRightFormThatNamesNoDaySaysWhatIsWrongWithIt() throws Exception {
        Run from = coverkit("diff", "04-77260-19", "--from", "2026-13-01", "--to", "2027-01-01");
        assertEquals(2, from.code(), from::toString);
        assertEquals("Invalid value for option '--from': `2026-13-01` is not a date: there is no month 13 (months run 01 to 12)",
                from.firstErrorLine());

        Run to = coverkit("diff", "04-77260-19", "--from", "2026-01-01", "--to", "2026-06-31");
        assertEquals(2, to.code(), to::toString);
        assertEquals("Invalid value for option '--to': `2026-06-31` is not a date: June has 30 days", to.firstErrorLine());

        Run asOf = coverkit("eval", "examples/meets-medical-necessity.json", "--as-of", "2025-02-29");
        assertEquals(2, asOf.code(), asOf::toString);
        assertEquals("Invalid value for option '--as-of': `2025-02-29` is not a date: 2025 is not a leap year, so February has 28 days",
                asOf.firstErrorLine());

        Run shape = coverkit("render", "04-77260-19", "--as-of", "06/01/2026");
        assertEquals(2, shape.code(), shape::toString);
        assertEquals("Invalid value for option '--as-of': `06/01/2026` is not a date; write yyyy-MM-dd", shape.firstErrorLine());
    }

    @Test
    void aDateOptionOutsideTheRangeIsToldTheRange() throws Exception {
        Run signed = coverkit("eval", "examples/meets-medical-necessity.json", "--as-of", "+999999999-12-31");
        assertEquals(2, signed.code(), signed::toString);
        assertEquals("Invalid value for option '--as-of': `+999999999-12-31` is not a date; write yyyy-MM-dd", signed.firstErrorLine());

        Run far = coverkit("eval", "examples/meets-medical-necessity.json", "--as-of", "9999-12-31");
        assertEquals(2, far.code(), far::toString);
        assertEquals("Invalid value for option '--as-of': `9999-12-31` is outside the dates coverkit reads: 1900-01-01 to 2199-12-31",
                far.firstErrorLine());

        Run early = coverkit("diff", "04-77260-19", "--from", "1899-12-31", "--to", "2026-01-01");
        assertEquals(2, early.code(), early::toString);
        assertEquals("Invalid value for option '--from': `1899-12-31` is outside the dates coverkit reads: 1900-01-01 to 2199-12-31",
                early.firstErrorLine());
        assertFalse(JAVA_TEXT.matcher(signed.err() + far.err() + early.err()).find());
    }

    @Test
    void evalOfAFolderSaysItIsAFolderAndWhatToUseInstead() throws Exception {
        Run run = coverkit("eval", "examples");

        assertEquals(2, run.code(), run::toString);
        assertEquals("examples: is a folder; eval decides one request file, such as " + Path.of("examples", "defer-to-program-fep.json")
                + " (for many requests: `coverkit batch FILE.ndjson` decides one request per line, `coverkit diff GUIDELINE"
                + " --from DATE --to DATE --requests examples` decides a folder's requests under two revisions)", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void evalOfAMissingFileSaysItDoesNotExist(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("absent.json");

        Run run = coverkit("eval", missing.toString());

        assertEquals(2, run.code(), run::toString);
        assertEquals(missing + ": no such file", run.err().strip());
    }

    @Test
    void batchOfAFolderSaysItIsAFolder() throws Exception {
        Run run = coverkit("batch", "examples");

        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().startsWith("examples: error: is a folder; batch reads one file of requests, one JSON request per line"),
                run.err());
    }

    @Test
    void batchIntoAFolderThatDoesNotExistSaysSo(@TempDir Path dir) throws Exception {
        Path requests = Files.writeString(dir.resolve("one.ndjson"),
                Files.readString(Path.of("examples", "meets-medical-necessity.json")).replaceAll("\\s*\n\\s*", " ") + "\n");
        Path out = dir.resolve("absent").resolve("out.ndjson");

        Run run = coverkit("batch", requests.toString(), "-o", out.toString(), "--policies", "policies");

        assertEquals(1, run.code(), run::toString);
        assertEquals(requests + " -> " + out + ": error: cannot write " + out + ": the folder " + out.getParent() + " does not exist",
                run.err().strip());
    }

    @Test
    void aBatchOfOneRequestSaysRequestAndError(@TempDir Path dir) throws Exception {
        Path requests = Files.writeString(dir.resolve("one.ndjson"), "{}\n");

        Run run = coverkit("batch", requests.toString(), "-o", dir.resolve("out.ndjson").toString(), "--policies", "policies");

        assertEquals(2, run.code(), run::toString);
        assertEquals("1 request: 1 error", run.err().strip());
    }

    @Test
    void aMisspeltFactIsRejectedWithTheFactItProbablyMeant(@TempDir Path dir) throws Exception {
        Path request = Files.writeString(dir.resolve("ldct.json"), Files.readString(Path.of("examples", "ldct", "first-screening-meets.json"))
                .replace("\"asymptomatic\"", "\"asymptomatc\""));

        Run run = coverkit("eval", request.toString(), "--policies", "policies");

        assertEquals(2, run.code(), run::toString);
        assertEquals(request + ": facts.asymptomatc: unknown fact `asymptomatc` for guideline ncd-210.14; did you mean `asymptomatic`?"
                + " known: asymptomatic, current-smoker", run.err().strip());
    }

    @Test
    void diffRequestsTakesAFolderNotAFile() throws Exception {
        Run run = coverkit("diff", "04-77260-19", "--from", "2025-05-15", "--to", "2026-01-01", "--requests",
                "examples/meets-medical-necessity.json");

        assertEquals(2, run.code(), run::toString);
        assertEquals("examples/meets-medical-necessity.json: error: --requests takes a folder of request files (*.json), not a file;"
                + " `coverkit eval` decides one request file", run.err().strip());
    }

    @Test
    void diffOverTheExamplesCountsInTheRightNumberAndLeavesOtherGuidelinesOutOnce() throws Exception {
        Run run = coverkit("diff", "04-77260-19", "--from", "2025-05-15", "--to", "2026-01-01", "--requests", "examples");

        assertEquals(0, run.code(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("04-77260-19: 6 requests decided as of 2025-05-15 and as of 2026-01-01; 1 changes outcome"), run.out());
        assertEquals(skippedExamples().stream().map(name -> "  skipped " + name).toList(),
                lines.stream().filter(l -> l.contains("skipped")).map(l -> l.substring(0, l.indexOf(':'))).toList(),
                "only the malformed request and the CDS Hooks examples are listed: " + run.out());
        assertTrue(lines.contains("left out: 6 requests naming another guideline"), run.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("ldct/") || l.contains("osteoporosis/")), run.out());
    }

    @Test
    void checkCountsFilesErrorsAndWarningsInTheRightNumber(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("policies", "04-77260-19.groovy"), dir.resolve("04-77260-19.groovy"));

        Run one = coverkit("check", dir.resolve("04-77260-19.groovy").toString());

        assertEquals(0, one.code(), one::toString);
        assertTrue(one.out().lines().anyMatch(l -> l.equals("1 file checked: 0 errors, 0 warnings")), one.out());
    }

    @Test
    void theMalformedExampleNamesItsThreeFieldsAndWhatIsWrongWithEach() throws Exception {
        Run run = coverkit("eval", "examples/malformed-request.json");

        assertEquals(2, run.code(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertEquals(List.of(
                "examples/malformed-request.json: dateOfService: `2026-06-31` is not a date: June has 30 days",
                "examples/malformed-request.json: member.lineOfBusiness: unknown line of business `PPO`; expected one of "
                        + "[COMMERCIAL, FEP, SAO, MEDICARE_ADVANTAGE, MEDICAID, MEDICARE]",
                "examples/malformed-request.json: indication: unknown field; did you mean `indications`? "
                        + "(caller data goes under `extensions`)"),
                lines.stream().sorted((a, b) -> order(a) - order(b)).toList());
    }

    // The reader reports fields in the order it reads them, which need not be the file's.
    private static int order(String line) {
        return line.contains("dateOfService") ? 0 : line.contains("lineOfBusiness") ? 1 : 2;
    }

    // The files under examples/ a diff skips: the malformed request, and the CRD server's CDS Hooks
    // requests and responses under crd/, which are JSON yet not coverage requests.
    static List<String> skippedExamples() throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>(List.of("malformed-request.json"));
        try (java.util.stream.Stream<Path> crd = Files.list(Path.of("examples", "crd"))) {
            crd.filter(p -> p.toString().endsWith(".json")).forEach(p -> names.add("crd/" + p.getFileName()));
        }
        return names.stream().sorted().toList();
    }
}
