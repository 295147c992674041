package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coverkit batch} in a process of its own with a small heap: a 150 MB line streamed on
 * standard input is one error record and every other line is decided.
 */
class BatchProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JAVA_TEXT = Pattern.compile("(?m)\\b\\w+(Exception|Error)\\b|java\\.\\w+\\.|^\\s+at [\\w.$]+\\(");

    @TempDir
    Path dir;

    /** What one line of the generated input is. */
    private interface Feed {
        void write(OutputStream to, int line) throws IOException;
    }

    private record Run(int code, String err) {}

    /** {@code java -Xmx64m ... coverkit batch - args} with {@code lines} lines written to its standard input by {@code feed}. */
    private static Run batch(int lines, Feed feed, String... args) throws Exception {
        Path build = CliProcess.buildDir();
        String classPath = build.resolve("classes") + File.pathSeparator
                + Files.readString(build.resolve("coverkit-runtime.classpath"), StandardCharsets.UTF_8).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(), "batch", "-", "--policies", "policies"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("coverkit-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            try (OutputStream in = process.getOutputStream()) {
                for (int line = 1; line <= lines; line++) {
                    feed.write(in, line);
                }
            } catch (IOException e) {
                // The process stopped reading (it ran out of memory): what it says is checked below.
            }
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the batch finishes");
            return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static byte[] example(String name) throws IOException {
        return (JSON.readTree(Files.readString(Path.of("examples", name))).toString() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLineOf150MegabytesIsOneErrorRecordAndEveryOtherLineIsDecidedInA64MegabyteHeap() throws Exception {
        byte[] meets = example("meets-medical-necessity.json");
        byte[] fep = example("defer-to-program-fep.json");
        byte[] spaces = new byte[1 << 16];
        Arrays.fill(spaces, (byte) ' ');
        Path out = dir.resolve("out.ndjson");
        Run run = batch(3_001, (to, line) -> {
            if (line == 1_500) {
                for (int i = 0; i < 150_000_000 / spaces.length; i++) {
                    to.write(spaces);
                }
            }
            to.write(line % 2 == 0 ? meets : fep);
        }, "-o", out.toString(), "--threads", "2");
        assertEquals(2, run.code(), run.err());
        assertFalse(JAVA_TEXT.matcher(run.err()).find(), run.err());
        List<String> records = Files.readAllLines(out);
        assertEquals(3_001, records.size());
        for (int line = 1; line <= 3_001; line++) {
            JsonNode record = JSON.readTree(records.get(line - 1));
            assertEquals(line, record.get("line").asInt());
            if (line == 1_500) {
                assertTrue(record.get("errors").get(0).get("message").asText().startsWith("the line is too long: "), record::toString);
            } else {
                assertEquals(line % 2 == 0 ? "MEETS_MEDICAL_NECESSITY" : "DEFER_TO_PROGRAM", record.get("outcome").asText(), "line " + line);
            }
        }
        assertTrue(run.err().contains("3001 requests: MEETS_MEDICAL_NECESSITY 1499, DEFER_TO_PROGRAM 1501, 1 error"), run.err());
        assertFalse(Files.exists(dir.resolve("out.ndjson.partial")));
    }
}
