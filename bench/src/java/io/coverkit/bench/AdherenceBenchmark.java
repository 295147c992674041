package io.coverkit.bench;

import io.coverkit.determination.Outcome;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deciding adherence from a year of nightly records (issue 17, family 7): a request carrying 365
 * observations of nightly hours of use, decided under L33718's rule ("at least 4 hours on 70% of
 * nights in any 30 consecutive nights within the first 3 months") and under the same rule over a
 * whole year, so that all 365 records fall in the period. The nights alternate at random between
 * use and non-use, seeded, with a share of use just under the 70% needed, so no early run settles
 * it and the whole period is searched. Records in date order (as a device exports them) and
 * shuffled (a sort is then needed).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AdherenceBenchmark {

    /** The guideline, compiled, and the request. */
    @State(Scope.Benchmark)
    public static class Year {
        /** The period the run must lie in. */
        @Param({"3.months", "12.months"})
        public String within;

        /** Whether the nightly records are in date order. */
        @Param({"true", "false"})
        public boolean inOrder;

        Evaluator evaluator;
        CoverageRequest request;

        /** Compiles the rule and builds the request; checks that full and outcome-only decisions agree. */
        @Setup
        public void setUp() {
            evaluator = compiled(within);
            request = yearOfNights(inOrder);
            Outcome full = evaluator.decide(request).outcome();
            if (full != evaluator.outcome(request)) {
                throw new IllegalStateException("full and outcome-only decisions disagree: " + full);
            }
        }
    }

    static Evaluator compiled(String within) {
        String policy = """
                guideline('01-00000-00') {
                    title 'PAP adherence'
                    originalEffectiveDate '2020-01-01'
                    positionStatement {
                        allOf {
                            adherence 'pap-usage-hours', atLeast: 4, onPercentOfDays: 70, inAny: 30.days, within: %s, after: 'therapy:pap'
                        }
                    }
                    billingCoding {
                        codes('HCPCS') {
                            code 'E0601'
                        }
                    }
                    updateHistory {
                        revision '2020-01-01', 'New.'
                    }
                }
                """.formatted(within);
        PolicyReader.Result read = new PolicyReader().read("01-00000-00.groovy", policy);
        Guideline g = read.guideline().orElseThrow(() -> new IllegalStateException(read.diagnostics().toString()));
        return new io.coverkit.compile.GuidelineCompiler().compile(g);
    }

    static CoverageRequest yearOfNights(boolean inOrder) {
        LocalDate start = LocalDate.of(2024, 1, 1);
        CoverageRequestBuilder b = CoverageRequest.builder(start.plusDays(365), LineOfBusiness.MEDICARE_ADVANTAGE)
                .hcpcs("E0601").therapy("e0601", "pap", start, null, io.coverkit.request.Therapy.Outcome.ONGOING);
        Random random = new Random(17);
        int[] order = new int[365];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (!inOrder) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        Random hours = new Random(2024);
        double[] night = new double[365];
        for (int i = 0; i < night.length; i++) {
            night[i] = hours.nextInt(100) < 62 ? 4 + hours.nextInt(5) : hours.nextInt(4);
        }
        for (int i : order) {
            b.observation("pap-usage-hours", BigDecimal.valueOf(night[i]), "h", start.plusDays(i));
        }
        return b.build();
    }

    /** The full determination, with the explanation's words. */
    @Benchmark
    public Object decide(Year year) {
        return year.evaluator.decide(year.request);
    }

    /** The outcome only. */
    @Benchmark
    public Object outcome(Year year) {
        return year.evaluator.outcome(year.request);
    }
}
