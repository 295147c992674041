package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import org.junit.jupiter.api.Test;

/**
 * Step therapy through therapies that are not drugs, in a guideline with procedure codes and no
 * drug list: a prior device trial and optimal medical therapy, stated by their class and kind.
 */
class NonDrugTherapyTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Device after a failed trial'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    therapyClass 'cpap-trial', text: 'a trial of CPAP', kind: 'device'
                    therapyClass 'optimal-medical-therapy', text: 'optimal medical therapy', kind: 'other'
                    allOf {
                        tried therapyClass: 'cpap-trial', outcome: 'failure', atLeast: 3.months, id: 'cpap-trial-3-months'
                        tried therapyClass: 'optimal-medical-therapy', id: 'optimal-medical-therapy'
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0470'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Guideline guideline = Snippets.validated(POLICY);
    private final Evaluator evaluator = new GuidelineCompiler().compile(guideline);

    private Determination decide(RequestBuilder builder) {
        CoverageRequest request = builder.build();
        Determination d = evaluator.decide(request);
        assertEquals(d.outcome(), evaluator.outcome(request), "the screen agrees with the judge");
        return d;
    }

    private RequestBuilder request() {
        return RequestBuilder.requestFor(guideline).on("2026-06-01").hcpcs("E0470")
                .classTherapy("optimal-medical-therapy", "OTHER", "2025-01-01", null, "ONGOING");
    }

    @Test
    void aDeviceTrialOfThreeMonthsThatFailedMeetsAndADayLessDoesNot() {
        // three months back from 2026-06-01 is 2026-03-01: a trial from then through 2026-05-31 is 92 days
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                decide(request().classTherapy("cpap-trial", "DEVICE", "2026-03-01", "2026-05-31", "FAILURE")).outcome());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY,
                decide(request().classTherapy("cpap-trial", "DEVICE", "2026-03-02", "2026-05-31", "FAILURE")).outcome());
    }

    @Test
    void aTherapyOfTheWrongKindOrWithoutTheClassDoesNotCount() {
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY,
                decide(request().classTherapy("cpap-trial", "PROCEDURE", "2025-01-01", "2025-12-31", "FAILURE")).outcome());
        Determination none = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").hcpcs("E0470")
                .classTherapy("cpap-trial", "DEVICE", "2025-01-01", "2025-12-31", "FAILURE"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, none.outcome());
        assertTrue(none.findings().stream().anyMatch(f -> f.ref().equals("optimal-medical-therapy")
                && f.text().startsWith("no therapy of therapy class optimal-medical-therapy is stated before 2026-06-01")), none.findings()::toString);
    }
}
