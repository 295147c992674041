package io.coverkit.bench;

import io.coverkit.eval.Evaluator;
import io.coverkit.request.CoverageRequest;
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
 * Each path has its own state so a fork builds only the engine it measures, and its own loop: one
 * loop shared through a functional interface would make that call megamorphic and measure the
 * dispatch along with the path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

    static final int N = 1024;

    /** The standard requests. */
    @State(Scope.Benchmark)
    public static class Requests {
        CoverageRequest[] all;

        /** Generates them once per fork, then settles them in the heap. */
        @Setup
        public void setUp() {
            all = IgrtRequests.standard().toArray(new CoverageRequest[0]);
            if (all.length != N) {
                throw new IllegalStateException("expected " + N + " requests");
            }
            // Reading the requests leaves each one's objects scattered among the garbage of its
            // JSON. A full collection compacts them, each request's objects together, as a request
            // freshly read by a service is. Without it, the layout depended on whether the path
            // measured happened to trigger a collection: a path that allocated nothing kept the
            // scattered requests and ran up to 1.6x slower on the same code, from fork to fork.
            System.gc();
        }
    }

    /** coverkit's compiled evaluator. */
    @State(Scope.Benchmark)
    public static class Compiled {
        Evaluator evaluator;

        /** Loads the policy. */
        @Setup
        public void setUp() {
            evaluator = DecisionPaths.compiledEvaluator();
        }
    }

    /** The hand-written Java. */
    @State(Scope.Benchmark)
    public static class HandWritten {
        HandWrittenIgrt rule;

        /** Builds it. */
        @Setup
        public void setUp() {
            rule = new HandWrittenIgrt(DecisionPaths.digest());
        }
    }

    /** Drools. */
    @State(Scope.Benchmark)
    public static class Drools {
        DroolsIgrt rule;

        /** Compiles the DRL. */
        @Setup
        public void setUp() {
            rule = new DroolsIgrt(DecisionPaths.digest());
        }
    }

    /** The Groovy closure. */
    @State(Scope.Benchmark)
    public static class GroovyClosure {
        GroovyClosureIgrt rule;

        /** Compiles the closure. */
        @Setup
        public void setUp() {
            rule = new GroovyClosureIgrt(DecisionPaths.digest());
        }
    }

    /** (a) coverkit's compiled evaluator, full determination. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compiled(Requests requests, Compiled path, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(path.evaluator.decide(r));
        }
    }

    /** (b) hand-written Java, full determination. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void handWritten(Requests requests, HandWritten path, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(path.rule.decide(r));
        }
    }

    /** (c) Drools DRL, stateless session. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void drools(Requests requests, Drools path, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(path.rule.decide(r));
        }
    }

    /** (d) a Groovy closure per request. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void groovyClosure(Requests requests, GroovyClosure path, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(path.rule.decide(r));
        }
    }

    /** coverkit's outcome-only path for bulk screening. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void compiledOutcome(Requests requests, Compiled path, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(path.evaluator.outcome(r));
        }
    }

    /** Hand-written outcome-only Java. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void handWrittenOutcome(Requests requests, HandWritten path, Blackhole bh) {
        for (CoverageRequest r : requests.all) {
            bh.consume(path.rule.outcome(r));
        }
    }
}
