package io.coverkit.bench;

import io.coverkit.api.Batch;
import io.coverkit.api.GuidelineLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Batch throughput: one operation streams the whole request file to an output file, deciding
 * every line ({@code batch}) or only reading, validating and writing it back ({@code parseOnly},
 * the baseline), on 1 or 2 worker threads. Same file, same run.
 *
 * <p>The output file is written in memory ({@link #OUTPUT_FOLDER}, a tmpfs) where the machine has
 * one, so the disk's speed stays out of the batch's. On the bench machine's disk, the kernel's
 * writing back of each operation's output slowed the faster runs most: in one session (two forks
 * each) deciding on two threads took 199 ms with the output on disk and 157 ms in memory, where
 * one thread took 335 and 314 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBenchmark {

    /** Lines in the request file. */
    public static final int LINES = 20_000;

    /** Where the output goes when the machine has it: shared memory, a tmpfs on Linux. */
    public static final Path OUTPUT_FOLDER = Path.of("/dev/shm");

    /** True when the output file is written in memory rather than in the temporary folder. */
    public static boolean outputInMemory() {
        return Files.isDirectory(OUTPUT_FOLDER) && Files.isWritable(OUTPUT_FOLDER);
    }

    @Param({"1", "2"})
    int threads;

    GuidelineLibrary library;
    Path requests;
    Path output;

    /** Writes the request file and loads the policies, once per fork. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        library = GuidelineLibrary.load(DecisionPaths.repository().resolve("policies"));
        requests = Files.createTempFile("coverkit-bench-", ".ndjson");
        output = outputInMemory() ? Files.createTempFile(OUTPUT_FOLDER, "coverkit-bench-out-", ".ndjson")
                : Files.createTempFile("coverkit-bench-out-", ".ndjson");
        IgrtRequests.writeNdjson(requests, LINES, 7L);
    }

    /** Removes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(requests);
        Files.deleteIfExists(output);
    }

    private Batch.Summary run(Batch.Mode mode) throws IOException {
        try (InputStream in = Files.newInputStream(requests); OutputStream out = Files.newOutputStream(output)) {
            Batch.Summary summary = new Batch(library, threads, mode).run(in, out, null);
            if (summary.lines() != LINES || summary.errors() != 0) {
                throw new IllegalStateException("the batch did not decide every line: " + summary.describe());
            }
            return summary;
        }
    }

    /** Decide every line and write the determinations. */
    @Benchmark
    public Batch.Summary batch() throws IOException {
        return run(Batch.Mode.DECIDE);
    }

    /** The baseline: read, validate and write every line back. */
    @Benchmark
    public Batch.Summary parseOnly() throws IOException {
        return run(Batch.Mode.PARSE_ONLY);
    }
}
