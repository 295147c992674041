package io.coverkit.bench;

import io.coverkit.eval.Evaluator;
import io.coverkit.request.CoverageRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decision speed of every guideline in policies/: coverkit's compiled evaluator against the
 * guideline hand-coded in Java, full determination and outcome only. Each invocation decides the
 * guideline's 1,024 standard requests (every outcome, the criteria's edges), so the score is time
 * per decision across them. A fork measures one guideline, so the hand-written call is monomorphic.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GuidelineBenchmark {

    static final int N = 1024;

    /** The guideline and its requests. */
    @State(Scope.Benchmark)
    public static class Requests {
        /** The guideline's id. */
        @Param({"04-77260-19", "ncd-210.14", "ohio-medicaid-updl-osteoporosis"})
        public String guideline;

        CoverageRequest[] all;
        Evaluator compiled;
        HandWritten handWritten;

        /** Reads the requests and builds both paths, then settles the heap (see DecisionBenchmark). */
        @Setup
        public void setUp() {
            GuidelinePaths g = GuidelinePaths.of(guideline);
            all = g.requests().toArray(new CoverageRequest[0]);
            if (all.length != N) {
                throw new IllegalStateException("expected " + N + " requests");
            }
            compiled = g.compiled();
            handWritten = g.handWritten();
            System.gc();
        }
    }

    /** coverkit's compiled evaluator, full determination. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compiled(Requests requests, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(requests.compiled.decide(r));
        }
    }

    /** The hand-written Java, full determination. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void handWritten(Requests requests, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(requests.handWritten.decide(r));
        }
    }

    /** coverkit's outcome-only path. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compiledOutcome(Requests requests, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(requests.compiled.outcome(r));
        }
    }

    /** The hand-written outcome-only path. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void handWrittenOutcome(Requests requests, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(requests.handWritten.outcome(r));
        }
    }
}
