package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.determination.Outcome;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streaming many requests: order kept across threads, bad lines become error records, totals add up. */
class BatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EXAMPLES = List.of("meets-medical-necessity.json", "not-medically-necessary.json",
            "insufficient-documentation.json", "defer-to-program-fep.json", "not-applicable-code.json", "medicare-advantage-meets.json");

    private static GuidelineLibrary library;
    private static List<String> requests;
    private static List<Outcome> expected;

    @BeforeAll
    static void load() throws IOException {
        library = GuidelineLibrary.load(Path.of("policies"));
        requests = new ArrayList<>();
        expected = new ArrayList<>();
        for (String name : EXAMPLES) {
            String compact = JSON.readTree(Files.readString(Path.of("examples", name))).toString();
            requests.add(compact);
            expected.add(((Decision.Decided) library.decideJson(compact)).determination().outcome());
        }
    }

    /** 1,000 lines cycling through the examples, with malformed lines at 7, 300 and 1,000 (1-based). */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            lines.add(switch (i) {
                case 7 -> "{\"guideline\": \"04-77260-19\", ";
                case 300 -> "";
                case 1000 -> requests.get(0).replace("COMMERCIAL", "MARS");
                default -> requests.get(i % requests.size());
            });
        }
        return lines;
    }

    private static List<JsonNode> run(int threads, Batch.Mode mode, List<String> lines, Batch.Summary[] summary) throws IOException {
        StringWriter out = new StringWriter();
        long[] lastProgress = {0};
        summary[0] = new Batch(library, threads, mode).run(new BufferedReader(new StringReader(String.join("\n", lines) + "\n")), out,
                (done, chars) -> {
                    assertTrue(done > lastProgress[0], "progress only moves forward");
                    lastProgress[0] = done;
                });
        assertEquals(lines.size(), lastProgress[0], "progress reaches the last line");
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void everyLineGetsOneRecordInInputOrderOnTwoThreads() throws IOException {
        Batch.Summary[] summary = new Batch.Summary[1];
        List<String> lines = lines();
        List<JsonNode> records = run(2, Batch.Mode.DECIDE, lines, summary);
        assertEquals(lines.size(), records.size());
        Map<Outcome, Long> counted = new EnumMap<>(Outcome.class);
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            int line = i + 1;
            assertEquals(line, record.get("line").asInt());
            if (line == 7 || line == 300 || line == 1000) {
                assertTrue(record.has("errors"), "line " + line + " is an error record: " + record);
                assertTrue(!record.has("outcome"), "a malformed line never gets an outcome");
                continue;
            }
            Outcome outcome = Outcome.valueOf(record.get("outcome").asText());
            assertEquals(expected.get(line % requests.size()), outcome, "line " + line);
            counted.merge(outcome, 1L, Long::sum);
        }
        assertEquals(1000, summary[0].lines());
        assertEquals(3, summary[0].errors());
        assertEquals(counted, summary[0].outcomes());
    }

    @Test
    void theErrorRecordsNameTheFieldThatIsWrong() throws IOException {
        List<JsonNode> records = run(1, Batch.Mode.DECIDE, lines(), new Batch.Summary[1]);
        assertEquals("$", records.get(299).get("errors").get(0).get("field").asText());
        assertTrue(records.get(299).get("errors").get(0).get("message").asText().contains("empty"));
        assertEquals("member.lineOfBusiness", records.get(999).get("errors").get(0).get("field").asText());
    }

    @Test
    void oneAndTwoThreadsWriteTheSameRecords() throws IOException {
        List<String> lines = lines();
        assertEquals(run(1, Batch.Mode.DECIDE, lines, new Batch.Summary[1]), run(2, Batch.Mode.DECIDE, lines, new Batch.Summary[1]));
    }

    @Test
    void parseOnlyWritesEachValidRequestBackWithoutAnOutcome() throws IOException {
        Batch.Summary[] summary = new Batch.Summary[1];
        List<JsonNode> records = run(2, Batch.Mode.PARSE_ONLY, lines(), summary);
        assertEquals(requests.get(1), records.get(0).get("request").asText());
        assertTrue(!records.get(0).has("outcome"));
        assertEquals(3, summary[0].errors());
        assertTrue(summary[0].outcomes().isEmpty());
    }

    @Test
    void theByteFormsWriteTheTextFormsRecords() throws IOException {
        List<String> lines = new ArrayList<>(lines());
        // Text beyond ASCII, echoed in an error record and in a parse-only record.
        lines.add(requests.get(0).replace("COMMERCIAL", "M\u00c4RS \u2013 \u00e9t\u00e9 \ud83d\ude00"));
        lines.add("{\"guideline\": \"\u00fcber\", ");
        // An unpaired surrogate, escaped in the request and echoed in its error record.
        lines.add(requests.get(0).replace("COMMERCIAL", "\\ud83d"));
        String input = String.join("\n", lines) + "\n";
        byte[] utf8 = input.getBytes(StandardCharsets.UTF_8);
        for (Batch.Mode mode : Batch.Mode.values()) {
            for (int threads : new int[] {1, 2}) {
                StringWriter text = new StringWriter();
                Batch.Summary fromText = new Batch(library, threads, mode).run(new BufferedReader(new StringReader(input)), text, null);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Batch.Summary fromBytes = new Batch(library, threads, mode).run(new ByteArrayInputStream(utf8), bytes, null);
                StringWriter textFromBytes = new StringWriter();
                Batch.Summary fromBytesToText = new Batch(library, threads, mode).run(new ByteArrayInputStream(utf8), textFromBytes, null);
                assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), mode + " on " + threads);
                assertEquals(text.toString(), textFromBytes.toString(), mode + " on " + threads);
                assertEquals(fromText, fromBytes);
                assertEquals(fromText, fromBytesToText);
                assertTrue(text.toString().contains("\u00e9t\u00e9"), "the records carry the text beyond ASCII: " + mode);
            }
        }
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorRecordNamingItsLineAndTheRestIsDecided() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            in.write((i == 150 ? requests.get(0).replace("COMMERCIAL", "COMM\u00c9RCIAL") : requests.get(i % requests.size()))
                    .getBytes(StandardCharsets.UTF_8));
            // Lines 2, 4, ... end as some systems end them; the \r is no part of the line.
            in.write(i % 2 == 1 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        byte[] bytes = in.toByteArray();
        // Line 151's É (0xC3 0x89) loses its second byte to a byte that cannot continue it.
        int e = indexOf(bytes, (byte) 0xC3);
        bytes[e + 1] = 'X';
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch.Summary summary = new Batch(library, 2, Batch.Mode.DECIDE).run(new ByteArrayInputStream(bytes), out, null);
        assertEquals(300, summary.lines());
        assertEquals(1, summary.errors());
        String[] records = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(300, records.length);
        JsonNode refused = JSON.readTree(records[150]);
        assertEquals(151, refused.get("line").asInt());
        assertEquals("$", refused.get("errors").get(0).get("field").asText());
        int column = e - lineStart(bytes, e) + 1;
        assertEquals("the line is not valid UTF-8 at byte " + column, refused.get("errors").get(0).get("message").asText());
        for (int i = 0; i < 300; i++) {
            if (i != 150) {
                assertEquals(expected.get(i % requests.size()).name(), JSON.readTree(records[i]).get("outcome").asText(), "line " + (i + 1));
            }
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no byte " + b);
    }

    private static int lineStart(byte[] bytes, int at) {
        int i = at;
        while (i > 0 && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    @Test
    void theSummaryReadsAsCountsByOutcomeThenErrors() {
        Batch.Summary summary = new Batch.Summary(3, 1, Map.of(Outcome.NOT_APPLICABLE, 2L));
        assertEquals("3 requests: NOT_APPLICABLE 2, 1 error", summary.describe());
    }

    @Test
    void aBatchNeedsAThread() {
        assertThrows(IllegalArgumentException.class, () -> new Batch(library, 0, Batch.Mode.DECIDE));
    }
}
