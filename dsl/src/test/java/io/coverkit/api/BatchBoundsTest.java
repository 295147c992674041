package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.json.RequestBounds;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch over lines of every length, around and far beyond the request bound, in every position:
 * a line longer than a request is its own error record, naming its line and the bound, and every
 * other line is decided exactly as without it; a run that stops midway keeps every record decided
 * before the failure and ends with a record that says it failed.
 */
class BatchBoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BOUND = RequestBounds.MAX_REQUEST_BYTES;
    private static final int LINES = 40;

    private static GuidelineLibrary library;
    private static List<String> requests;

    @BeforeAll
    static void load() throws IOException {
        library = GuidelineLibrary.load(Path.of("policies"));
        requests = new ArrayList<>();
        for (String name : List.of("meets-medical-necessity.json", "not-medically-necessary.json", "defer-to-program-fep.json",
                "not-applicable-code.json")) {
            requests.add(JSON.readTree(Files.readString(Path.of("examples", name))).toString());
        }
    }

    /** Where in the input the long line is. */
    private enum Position {
        FIRST, MIDDLE, LAST, LAST_WITHOUT_LINE_END;

        int line() {
            return switch (this) {
                case FIRST -> 1;
                case MIDDLE -> LINES / 2;
                case LAST, LAST_WITHOUT_LINE_END -> LINES;
            };
        }
    }

    /** The records of {@code LINES} lines, the long one of {@code length} bytes: a request padded with spaces before it. */
    private static List<JsonNode> run(long length, Position position, int threads, boolean text) throws IOException {
        GeneratedLines in = new GeneratedLines();
        for (int line = 1; line <= LINES; line++) {
            String request = requests.get(line % requests.size());
            if (line == position.line()) {
                in.repeat(' ', length - request.length()).text(request);
            } else {
                in.text(request);
            }
            if (line < LINES || position != Position.LAST_WITHOUT_LINE_END) {
                // Some lines end as some systems end them; the \r is no part of the line.
                in.text(line % 3 == 0 ? "\r\n" : "\n");
            }
        }
        Batch batch = new Batch(library, threads, Batch.Mode.DECIDE);
        String out;
        if (text) {
            StringWriter records = new StringWriter();
            batch.run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), records, null);
            out = records.toString();
        } else {
            ByteArrayOutputStream records = new ByteArrayOutputStream();
            batch.run(in, records, null);
            out = records.toString(StandardCharsets.UTF_8);
        }
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.split("\n")) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    /** The record line {@code line} gets when it holds the example request alone. */
    private static JsonNode plain(int line) {
        String request = requests.get(line % requests.size());
        StringWriter out = new StringWriter();
        try {
            new Batch(library, 1, Batch.Mode.DECIDE).run(new BufferedReader(new java.io.StringReader("\n".repeat(line - 1) + request)), out,
                    null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String[] records = out.toString().split("\n");
        return readTree(records[line - 1]);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRecords(long length, Position position, int threads, boolean text, List<JsonNode> records) {
        String context = length + " bytes " + position + " on " + threads + " threads" + (text ? " from a reader" : "");
        assertEquals(LINES, records.size(), context);
        for (int line = 1; line <= LINES; line++) {
            JsonNode record = records.get(line - 1);
            assertEquals(line, record.get("line").asInt(), context);
            if (line == position.line() && length > BOUND) {
                String message = record.get("errors").get(0).get("message").asText();
                assertTrue(message.contains("larger than " + BOUND) || message.startsWith("the line is too long: "),
                        context + ": " + message);
                assertTrue(message.contains(BOUND + " bytes (1 MiB)"), context + ": the bound is named: " + message);
            } else {
                assertEquals(expected(line), record, context + ", line " + line);
            }
        }
    }

    private static final java.util.Map<Integer, JsonNode> PLAIN = new java.util.concurrent.ConcurrentHashMap<>();

    private static JsonNode expected(int line) {
        return PLAIN.computeIfAbsent(line, BatchBoundsTest::plain);
    }

    @Test
    void aLineAroundOrFarBeyondTheBoundIsItsOwnRecordAndEveryOtherLineIsDecidedAsWithoutIt() throws IOException {
        long[] lengths = {BOUND - 1, BOUND, BOUND + 1, BOUND + 2, 10L * BOUND, 100L * BOUND, 150_000_000L};
        for (long length : lengths) {
            for (Position position : Position.values()) {
                for (int threads : new int[] {1, 3, 8}) {
                    assertRecords(length, position, threads, false, run(length, position, threads, false));
                }
            }
        }
    }

    @Test
    void aReaderIsReadWithinTheBoundToo() throws IOException {
        for (long length : new long[] {BOUND - 1, BOUND, BOUND + 1, 10L * BOUND}) {
            for (Position position : Position.values()) {
                assertRecords(length, position, 2, true, run(length, position, 2, true));
            }
        }
    }

    @Test
    void theTooLongRecordSaysHowLongTheLineWas() throws IOException {
        JsonNode record = run(150_000_000L, Position.MIDDLE, 2, false).get(Position.MIDDLE.line() - 1);
        assertEquals("$", record.get("errors").get(0).get("field").asText());
        assertEquals("the line is too long: 150000000 bytes, more than the largest request, 1048576 bytes (1 MiB) of UTF-8;"
                + " it was skipped without being kept", record.get("errors").get(0).get("message").asText());
    }

    /** Example requests, one a line, then {@code failure} instead of more lines. */
    private static InputStream failingAfter(int lines, Throwable failure) {
        GeneratedLines good = new GeneratedLines();
        for (int line = 1; line <= lines; line++) {
            good.text(requests.get(line % requests.size()) + "\n");
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new UnsupportedOperationException("read in blocks");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = good.read(b, off, len);
                if (n >= 0) {
                    return n;
                }
                if (failure instanceof IOException io) {
                    throw io;
                }
                throw (Error) failure;
            }
        };
    }

    @Test
    void aRunThatStopsWritesEveryRecordDecidedBeforeItAndEndsWithARecordSayingItFailed() throws IOException {
        for (Throwable failure : List.of(new IOException("the disk went away"), new OutOfMemoryError("Java heap space"))) {
            for (int threads : new int[] {1, 4}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                BatchFailure stopped = assertThrows(BatchFailure.class,
                        () -> new Batch(library, threads, Batch.Mode.DECIDE).run(failingAfter(2_000, failure), out, null));
                String[] records = out.toString(StandardCharsets.UTF_8).split("\n");
                // Every line read whole before the failure is decided and written: the chunks in
                // flight when reading failed are not dropped.
                assertEquals(2_000, stopped.written().lines(), failure + " on " + threads);
                assertEquals(2_001, records.length);
                for (int line = 1; line <= 2_000; line++) {
                    assertEquals(line, readTree(records[line - 1]).get("line").asInt());
                }
                JsonNode last = readTree(records[2_000]);
                assertEquals(2_000, last.get("afterLine").asInt());
                assertEquals(failure instanceof IOException ? "the disk went away"
                        : "out of memory (give Java more with -Xmx, or use fewer threads)", last.get("failed").asText());
                assertEquals(failure instanceof IOException, stopped.inputOrOutput());
            }
        }
    }
}
