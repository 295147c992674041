package io.coverkit.bench;

import io.coverkit.request.CoverageRequest;
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
 * Decision speed: each invocation decides all 1,024 standard IGRT requests, so the score is time
 * per decision across every outcome and window edge, never the cost of one favourable request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

    static final int N = 1024;

    DecisionPaths paths;
    CoverageRequest[] requests;

    /** Builds the paths and the requests once per fork. */
    @Setup
    public void setUp() {
        paths = new DecisionPaths();
        List<CoverageRequest> standard = IgrtRequests.standard();
        requests = standard.toArray(new CoverageRequest[0]);
    }

    /** (a) coverkit's compiled evaluator, full determination. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compiled(Blackhole bh) {
        for (CoverageRequest r : requests) {
            bh.consume(paths.compiled.decide(r));
        }
    }

    /** (b) hand-written Java, full determination. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void handWritten(Blackhole bh) {
        for (CoverageRequest r : requests) {
            bh.consume(paths.handWritten.decide(r));
        }
    }

    /** (c) Drools DRL, stateless session. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void drools(Blackhole bh) {
        for (CoverageRequest r : requests) {
            bh.consume(paths.drools.decide(r));
        }
    }

    /** (d) a Groovy closure per request. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void groovyClosure(Blackhole bh) {
        for (CoverageRequest r : requests) {
            bh.consume(paths.groovy.decide(r));
        }
    }

    /** coverkit's outcome-only path for bulk screening. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compiledOutcome(Blackhole bh) {
        for (CoverageRequest r : requests) {
            bh.consume(paths.compiled.outcome(r));
        }
    }

    /** Hand-written outcome-only Java. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void handWrittenOutcome(Blackhole bh) {
        for (CoverageRequest r : requests) {
            bh.consume(paths.handWritten.outcome(r));
        }
    }
}
