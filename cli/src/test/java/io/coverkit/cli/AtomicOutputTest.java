package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Batch;
import io.coverkit.api.BatchFailure;
import io.coverkit.api.GuidelineLibrary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch -o OUT}: OUT appears only complete; a stopped run keeps its records in OUT.partial. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private static final GuidelineLibrary NONE = GuidelineLibrary.load(List.of());

    private static InputStream lines(int count, boolean failAtTheEnd) {
        InputStream good = new ByteArrayInputStream("{}\n".repeat(count).getBytes(StandardCharsets.UTF_8));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the request file went away");
            }
        };
        return failAtTheEnd ? new SequenceInputStream(good, failing) : good;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void aCompleteRunReplacesTheOutputAndLeavesNoOtherFile() throws IOException {
        Path out = dir.resolve("out.ndjson");
        Files.writeString(out, "old\n");
        Batch.Summary summary = AtomicOutput.run(out, to -> new Batch(NONE, 2, Batch.Mode.DECIDE).run(lines(50, false), to, null));
        assertEquals(50, summary.lines());
        assertEquals(50, Files.readAllLines(out).size());
        assertEquals(List.of(out), files());
    }

    @Test
    void aStoppedRunLeavesTheOutputAsItWasAndKeepsItsRecordsEndedByTheFailureInAPartialFile() throws IOException {
        Path out = dir.resolve("out.ndjson");
        Files.writeString(out, "old\n");
        BatchFailure failure = assertThrows(BatchFailure.class,
                () -> AtomicOutput.run(out, to -> new Batch(NONE, 2, Batch.Mode.DECIDE).run(lines(50, true), to, null)));
        assertTrue(failure.inputOrOutput());
        assertEquals("old\n", Files.readString(out));
        Path partial = dir.resolve("out.ndjson.partial");
        assertEquals(List.of(out, partial), files());
        List<String> records = Files.readAllLines(partial);
        assertEquals(51, records.size());
        assertEquals("{\"failed\":\"the request file went away\",\"afterLine\":50}", records.get(50));
    }

    @Test
    void aFolderThatDoesNotExistIsNamedAsTheOutputWouldBe() {
        Path out = dir.resolve("missing/out.ndjson");
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.run(out, to -> null));
        assertEquals(out.toString(), e.getMessage());
        assertFalse(Files.exists(out.getParent()));
    }
}
