package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric bounds: inclusive or exclusive as the keyword says, and in the unit the policy names. */
class QuantityCriteriaTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Bariatric surgery'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        quantity 'bmi', moreThan: 35, unit: 'kg/m2', id: 'bmi-over-35'
                        quantity 'hba1c', lessThan: 10, id: 'hba1c-under-10'
                        quantity 'age-of-onset', atMost: 60, id: 'onset-at-most-60'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '43644'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Evaluator evaluator = new GuidelineCompiler().compile(Snippets.validated(POLICY));

    private Determination decide(String bmi, String unit, String hba1c, String onset) {
        CoverageRequest base = RequestBuilder.request().cpt("43644").on("2026-06-01").observation("hba1c", hba1c)
                .observation("age-of-onset", onset).build();
        List<Observation> observations = new java.util.ArrayList<>(base.observations());
        observations.add(new Observation("bmi", new BigDecimal(bmi), unit, LocalDate.of(2026, 5, 1)));
        return evaluator.decide(new CoverageRequest(base.guideline(), base.dateOfService(), base.member(), base.procedures(),
                base.diagnoses(), base.indications(), base.documents(), base.extensions(), base.facts(), observations,
                base.events(), base.priorServices(), base.therapies(), base.orders(), base.priorAuthorization()));
    }

    private static Finding finding(Determination d, String ref) {
        return d.findings().stream().filter(f -> f.ref().equals(ref)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "bmi {0} {1}, hba1c {2}, onset {3}: {4}")
    @CsvSource({
        "35.1, kg/m2, 9.9, 60, MEETS_MEDICAL_NECESSITY",
        "35, kg/m2, 9.9, 60, NOT_MEDICALLY_NECESSARY",      // moreThan: 35 itself fails
        "40, kg/m2, 10, 60, NOT_MEDICALLY_NECESSARY",       // lessThan: 10 itself fails
        "40, kg/m2, 9, 61, NOT_MEDICALLY_NECESSARY",        // atMost: 60, and 61 is over
        "40, '', 9, 60, MEETS_MEDICAL_NECESSITY",           // no unit stated: compared as given
        "40, lb/in2, 9, 60, NEEDS_MORE_INFORMATION"         // another unit: not compared
    })
    void boundsAreInclusiveOrExclusiveAsWritten(String bmi, String unit, String hba1c, String onset, Outcome outcome) {
        assertEquals(outcome, decide(bmi, unit, hba1c, onset).outcome());
    }

    @org.junit.jupiter.api.Test
    void aQuantityInAnotherUnitNamesTheUnitToStateItIn() {
        Finding f = finding(decide("40", "lb/in2", "9", "60"), "bmi-over-35");
        assertEquals(FindingKind.FACT_UNKNOWN, f.kind());
        assertEquals("`bmi` is stated in lb/in2, not kg/m2, and does not convert exactly; state it in kg/m2", f.text());
        assertEquals("bmi 35 fails bmi more than 35 kg/m2", finding(decide("35", "kg/m2", "9", "60"), "bmi-over-35").text());
    }
}
