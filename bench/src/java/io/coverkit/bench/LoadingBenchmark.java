package io.coverkit.bench;

import io.coverkit.api.GuidelineLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Loading: read, gate, parse, validate and compile a folder of synthetic policy files through
 * {@link GuidelineLibrary#load(Path)}. Single-shot: run with warm-up iterations for the warm figure
 * and with none, one iteration per fresh JVM, for the cold one (bench/run does both).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadingBenchmark {

    /** A folder of synthetic policy files. */
    @State(Scope.Benchmark)
    public static class Folder {
        @Param({"1", "10", "100", "1000"})
        int files;

        Path dir;

        /** Writes the files once per fork. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            dir = SyntheticPolicies.write(Files.createTempDirectory("coverkit-load-"), files);
        }

        /** Removes them. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete(dir);
        }

        GuidelineLibrary check(GuidelineLibrary library) {
            if (library.hasErrors() || library.guidelineIds().size() != files) {
                throw new IllegalStateException("the synthetic policies did not all load: " + library.diagnostics());
            }
            return library;
        }
    }

    /** A model cache holding every file of the folder, as after a service's previous load. */
    @State(Scope.Benchmark)
    public static class Cached {
        Path cache;

        /** Fills it with one cached load. */
        @Setup(Level.Trial)
        public void setUp(Folder folder) throws IOException {
            cache = Files.createTempDirectory("coverkit-load-cache-");
            folder.check(GuidelineLibrary.loadCached(folder.dir, cache));
        }

        /** Removes it. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            delete(cache);
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Loads every file; fails the run if any file did not load. */
    @Benchmark
    public GuidelineLibrary load(Folder folder) {
        return folder.check(GuidelineLibrary.load(folder.dir));
    }

    /**
     * A reload of files that have not changed since they were last validated: each is found by its
     * digest in the model cache, so nothing is parsed (what most of a service's reload is).
     */
    @Benchmark
    public GuidelineLibrary reloadUnchanged(Folder folder, Cached cached) {
        return folder.check(GuidelineLibrary.loadCached(folder.dir, cached.cache));
    }
}
