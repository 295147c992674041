package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Windows that count back from another event instead of the date of service. */
class EventWindowTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Revision surgery'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        since 'conservative-therapy-ended', within: 30.days, before: 'surgery-scheduled'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '27447'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Evaluator evaluator = new GuidelineCompiler().compile(Snippets.validated(POLICY));

    private static final String REF = "conservative-therapy-ended-within-30-days-before-surgery-scheduled";

    private Determination decide(String ended, String scheduled) {
        RequestBuilder r = RequestBuilder.request().cpt("27447").on("2026-06-01").event("conservative-therapy-ended", ended);
        if (scheduled != null) {
            r.event("surgery-scheduled", scheduled);
        }
        return evaluator.decide(r.build());
    }

    private static Finding finding(Determination d) {
        return d.findings().stream().filter(f -> f.ref().equals(REF)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "ended {0}, scheduled {1}: {2}")
    @CsvSource({
        "2026-04-01, 2026-05-01, MEETS_MEDICAL_NECESSITY, conservative-therapy-ended on 2026-04-01 is within 30 days before surgery-scheduled on 2026-05-01",
        "2026-03-31, 2026-05-01, NOT_MEDICALLY_NECESSARY, conservative-therapy-ended on 2026-03-31 is more than 30 days before surgery-scheduled on 2026-05-01",
        "2026-05-02, 2026-05-01, NOT_MEDICALLY_NECESSARY, conservative-therapy-ended on 2026-05-02 is after surgery-scheduled on 2026-05-01",
    })
    void theWindowCountsBackFromTheOtherEvent(String ended, String scheduled, Outcome outcome, String because) {
        Determination d = decide(ended, scheduled);
        assertEquals(outcome, d.outcome());
        assertEquals(because, finding(d).text());
    }

    @Test
    void withoutTheOtherEventTheCriterionIsUnknown() {
        Determination d = decide("2026-04-01", null);
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, d.outcome());
        assertEquals("no `surgery-scheduled` event on or before 2026-06-01 is stated", finding(d).text());
    }
}
