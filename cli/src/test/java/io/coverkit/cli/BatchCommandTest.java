package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverkit batch}: records in order, a summary on standard error, exit codes. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path requests(String... extra) throws IOException {
        String meets = JSON.readTree(Files.readString(Path.of("examples/meets-medical-necessity.json"))).toString();
        String fep = JSON.readTree(Files.readString(Path.of("examples/defer-to-program-fep.json"))).toString();
        Path file = dir.resolve("requests.ndjson");
        StringBuilder text = new StringBuilder(meets + "\n" + fep + "\n");
        for (String line : extra) {
            text.append(line).append('\n');
        }
        Files.writeString(file, text);
        return file;
    }

    @Test
    void decidesEveryLineIntoTheOutputFileAndSummarises() throws IOException {
        Path out = dir.resolve("out.ndjson");
        CliRun run = CliRun.of("batch", requests().toString(), "-o", out.toString(), "--policies", "policies", "--threads", "2");
        assertEquals(0, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(1, first.get("line").asInt());
        assertEquals("MEETS_MEDICAL_NECESSITY", first.get("outcome").asText());
        assertEquals("DEFER_TO_PROGRAM", JSON.readTree(lines.get(1)).get("outcome").asText());
        assertEquals("", run.out(), "records go to the file; nothing else to standard output");
        assertTrue(run.err().contains("2 requests: MEETS_MEDICAL_NECESSITY 1, DEFER_TO_PROGRAM 1, 0 errors"), run.err());
        assertTrue(!run.err().contains("["), "no progress bar without a terminal: " + run.err());
    }

    @Test
    void aMalformedLineIsAnErrorRecordAndTheExitCodeSaysSo() throws IOException {
        CliRun run = CliRun.of("batch", requests("this is not json").toString(), "--policies", "policies");
        assertEquals(2, run.code());
        List<JsonNode> records = run.jsonValues();
        assertEquals(3, records.size());
        assertEquals(3, records.get(2).get("line").asInt());
        assertTrue(records.get(2).has("errors"));
        assertTrue(run.err().contains("3 requests: MEETS_MEDICAL_NECESSITY 1, DEFER_TO_PROGRAM 1, 1 error"), run.err());
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorRecordNotTheEndOfTheBatch() throws IOException {
        Path file = requests();
        String meets = Files.readAllLines(file).get(0);
        byte[] bad = {'{', '"', (byte) 0xFF, '"', '}', '\n'};
        Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(file, meets + "\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out.ndjson");
        CliRun run = CliRun.of("batch", file.toString(), "-o", out.toString(), "--policies", "policies");
        assertEquals(2, run.code(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(4, lines.size());
        JsonNode refused = JSON.readTree(lines.get(2));
        assertEquals(3, refused.get("line").asInt());
        assertEquals("the line is not valid UTF-8 at byte 3", refused.get("errors").get(0).get("message").asText());
        assertEquals("MEETS_MEDICAL_NECESSITY", JSON.readTree(lines.get(3)).get("outcome").asText());
        assertTrue(run.err().contains("4 requests: MEETS_MEDICAL_NECESSITY 2, DEFER_TO_PROGRAM 1, 1 error"), run.err());
    }

    @Test
    void aMissingRequestsFileIsReported() {
        CliRun run = CliRun.of("batch", dir.resolve("nope.ndjson").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void parseOnlyDecidesNothing() throws IOException {
        CliRun run = CliRun.of("batch", requests().toString(), "--parse-only", "--policies", "policies");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.jsonValues().stream().noneMatch(r -> r.has("outcome")));
        assertTrue(run.err().contains("2 requests: 0 errors"), run.err());
    }

    @Test
    void theProgressBarFillsWithTheInputRead() {
        assertEquals("[###############               ]  50% 10 requests", BatchCommand.ProgressBar.render(10, 50, 100));
        assertEquals("10 requests", BatchCommand.ProgressBar.render(10, 50, -1));
    }
}
