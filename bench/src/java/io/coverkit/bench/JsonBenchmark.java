package io.coverkit.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.json.DeterminationWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The JSON around a decision, as a service pays it: {@code decideJson} end to end (read the request
 * text, decide, write the determination's text) against Jackson databind reading the same request
 * into records and writing the same determination from records, with no decision at all. The
 * requests are the three guidelines' standard sets, interleaved.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

    static final int N = 3 * GuidelineBenchmark.N;

    /** The request texts, the library, and the determinations as records for Jackson. */
    @State(Scope.Benchmark)
    public static class Texts {
        String[] requests;
        GuidelineLibrary library;
        DeterminationWriter writer;
        JacksonRoundTrip jackson;
        JacksonRoundTrip.Result[] results;

        /** Builds everything once per fork. */
        @Setup
        public void setUp() {
            requests = interleaved();
            library = library();
            writer = new DeterminationWriter();
            jackson = new JacksonRoundTrip();
            results = new JacksonRoundTrip.Result[requests.length];
            for (int i = 0; i < requests.length; i++) {
                results[i] = JacksonRoundTrip.of(((Decision.Decided) library.decideJson(requests[i])).determination());
            }
            System.gc();
        }
    }

    /** The standard requests of every guideline, one of each in turn. */
    static String[] interleaved() {
        List<List<String>> sets = new ArrayList<>();
        for (GuidelinePaths g : GuidelinePaths.values()) {
            sets.add(g.texts());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < GuidelineBenchmark.N; i++) {
            for (List<String> set : sets) {
                out.add(set.get(i));
            }
        }
        return out.toArray(new String[0]);
    }

    /** A library of every guideline, loaded through the public API. */
    static GuidelineLibrary library() {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (GuidelinePaths g : GuidelinePaths.values()) {
            files.add(DecisionPaths.policy(g.id + ".groovy"));
        }
        GuidelineLibrary library = GuidelineLibrary.load(files);
        if (library.hasErrors()) {
            throw new IllegalStateException("the policies have errors: " + library.diagnostics());
        }
        return library;
    }

    /** coverkit: request text to determination text. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void decideJson(Texts t, Blackhole bh) {
        for (String json : t.requests) {
            Decision d = t.library.decideJson(json);
            bh.consume(t.writer.write(((Decision.Decided) d).determination()));
        }
    }

    /** Jackson databind: read the request into records, write the determination's records. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void jacksonRoundTrip(Texts t, Blackhole bh) throws JsonProcessingException {
        String[] requests = t.requests;
        for (int i = 0; i < requests.length; i++) {
            bh.consume(t.jackson.read(requests[i]));
            bh.consume(t.jackson.write(t.results[i]));
        }
    }
}
