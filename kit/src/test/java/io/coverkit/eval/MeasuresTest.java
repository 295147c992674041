package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.request.CoverageRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers (issue 17, family 4): two bounds on one quantity, decimal bounds, ratios, units converted
 * only where that is exact, and observations of a method. Every boundary is decided on it and on
 * either side, by the judge with words and by the outcome-only screen, which must agree.
 */
class MeasuresTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Numbers'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    derive 'fev1-fvc', from: 'fev1', over: 'fvc'
                    anyOf {
                        quantity 'ahi', atLeast: 5, lessThan: 15, id: 'ahi-5-to-14'
                        quantity 'rdi', moreThan: 1.5, atMost: 2.25, id: 'rdi'
                        quantity 'lvef', atMost: 35, unit: '%', method: 'echo', id: 'lvef-echo'
                        quantity 'spo2', atMost: 88, unit: '%', id: 'spo2'
                        quantity 'po2', atMost: 55, unit: 'mm[Hg]', id: 'po2'
                        quantity 'fev1-fvc', lessThan: 0.7, id: 'obstruction'
                        quantity 'fraction', atLeast: 0.5, unit: '1', id: 'fraction'
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
            """;

    private static final Evaluator EVALUATOR = new GuidelineCompiler().compile(Snippets.validated(POLICY));

    private static RequestBuilder request() {
        return RequestBuilder.request().hcpcs("E0601").on("2026-06-01");
    }

    /** The criterion's finding, after checking that the outcome-only path reaches the same outcome. */
    private static Finding judge(CoverageRequest request, String id) {
        Determination d = EVALUATOR.decide(request);
        assertEquals(d.outcome(), EVALUATOR.outcome(request), "the judge and the screen disagree");
        return d.findings().stream().filter(f -> f.ref().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "ahi {0}: {1}")
    @CsvSource({
        "4.9, CRITERION_NOT_MET, ahi 4.9 is under 5",
        "5, CRITERION_MET, ahi 5 is within 5 to under 15",
        "5.0, CRITERION_MET, ahi 5 is within 5 to under 15",
        "12, CRITERION_MET, ahi 12 is within 5 to under 15",
        "14.99, CRITERION_MET, ahi 14.99 is within 5 to under 15",
        "15, CRITERION_NOT_MET, ahi 15 is not under 15",
        "15.01, CRITERION_NOT_MET, ahi 15.01 is not under 15",
    })
    void bothBoundsOfOneQuantityAreOneCriterion(String ahi, FindingKind kind, String text) {
        Finding f = judge(request().observation("ahi", ahi).build(), "ahi-5-to-14");
        assertEquals(kind, f.kind());
        assertEquals(text, f.text());
    }

    @ParameterizedTest(name = "rdi {0}: {1}")
    @CsvSource({
        "1.5, CRITERION_NOT_MET, rdi 1.5 is not over 1.5",
        "1.50001, CRITERION_MET, rdi 1.50001 is within over 1.5 to 2.25",
        "2.25, CRITERION_MET, rdi 2.25 is within over 1.5 to 2.25",
        "2.250, CRITERION_MET, rdi 2.25 is within over 1.5 to 2.25",
        "2.2500001, CRITERION_NOT_MET, rdi 2.2500001 is over 2.25",
    })
    void decimalBoundsAreExactOnBothSides(String rdi, FindingKind kind, String text) {
        Finding f = judge(request().observation("rdi", rdi).build(), "rdi");
        assertEquals(kind, f.kind());
        assertEquals(text, f.text());
    }

    @ParameterizedTest(name = "spo2 {0} {1}: {2}")
    @CsvSource({
        "88, %, CRITERION_MET, spo2 88 meets spo2 at most 88 %",
        "88.1, %, CRITERION_NOT_MET, spo2 88.1 fails spo2 at most 88 %",
        "0.88, 1, CRITERION_MET, spo2 0.88 1 (88 %) meets spo2 at most 88 %",
        "0.881, 1, CRITERION_NOT_MET, spo2 0.881 1 (88.1 %) fails spo2 at most 88 %",
        "0.87, 1, CRITERION_MET, spo2 0.87 1 (87 %) meets spo2 at most 88 %",
    })
    void aFractionIsComparedWithAPercentageExactly(String value, String unit, FindingKind kind, String text) {
        Finding f = judge(request().observation(Map.of("unit", unit), "spo2", value).build(), "spo2");
        assertEquals(kind, f.kind());
        assertEquals(text, f.text());
    }

    @Test
    void aPercentageIsComparedWithAFractionExactly() {
        assertEquals(FindingKind.CRITERION_MET,
                judge(request().observation(Map.of("unit", "%"), "fraction", "50").build(), "fraction").kind());
        assertEquals(FindingKind.CRITERION_NOT_MET,
                judge(request().observation(Map.of("unit", "%"), "fraction", "49.99").build(), "fraction").kind());
    }

    @Test
    void aUnitThatDoesNotConvertExactlyIsUnknownWithItsReason() {
        Finding f = judge(request().observation(Map.of("unit", "kPa"), "po2", "7.3").build(), "po2");
        assertEquals(FindingKind.FACT_UNKNOWN, f.kind());
        assertEquals("`po2` is stated in kPa, not mm[Hg], and does not convert exactly; state it in mm[Hg]", f.text());
        assertEquals(FindingKind.CRITERION_MET,
                judge(request().observation(Map.of("unit", "mmHg"), "po2", "55").build(), "po2").kind(),
                "mmHg is UCUM's mm[Hg] written without brackets");
        assertEquals(FindingKind.CRITERION_NOT_MET,
                judge(request().observation(Map.of("unit", "mm[Hg]"), "po2", "56").build(), "po2").kind());
    }

    @Test
    void onlyObservationsOfTheNamedMethodCount() {
        assertEquals(FindingKind.CRITERION_MET,
                judge(request().observation(Map.of("unit", "%", "method", "echo"), "lvef", "35").build(), "lvef-echo").kind());
        assertEquals(FindingKind.CRITERION_NOT_MET,
                judge(request().observation(Map.of("unit", "%", "method", "echo"), "lvef", "36").build(), "lvef-echo").kind());
        Finding mri = judge(request().observation(Map.of("unit", "%", "method", "mri"), "lvef", "30").build(), "lvef-echo");
        assertEquals(FindingKind.FACT_UNKNOWN, mri.kind());
        assertEquals("`lvef` is stated, but not measured by echo; state an observation of lvef with method echo", mri.text());
        assertEquals(FindingKind.FACT_UNKNOWN,
                judge(request().observation(Map.of("unit", "%"), "lvef", "30").build(), "lvef-echo").kind(),
                "an observation that does not state its method is not one of the method");
        assertEquals("lvef by echo 0.3 1 (30 %) meets lvef by echo at most 35 %",
                judge(request().observation(Map.of("unit", "1", "method", "echo"), "lvef", "0.30").build(), "lvef-echo").text());
        // the latest of the method counts, even when another method's is later
        CoverageRequest both = request().observation(Map.of("unit", "%", "method", "echo", "date", "2026-01-01"), "lvef", "30")
                .observation(Map.of("unit", "%", "method", "mri", "date", "2026-05-01"), "lvef", "50").build();
        assertEquals(FindingKind.CRITERION_MET, judge(both, "lvef-echo").kind());
    }

    @ParameterizedTest(name = "fev1 {0} over fvc {1}: {2}")
    @CsvSource({
        "2.1, 3, CRITERION_NOT_MET, fev1-fvc 0.7 fails fev1-fvc less than 0.7",
        "2.09, 3, CRITERION_MET, fev1-fvc 2.09/3 meets fev1-fvc less than 0.7",
        "2, 3, CRITERION_MET, fev1-fvc 2/3 meets fev1-fvc less than 0.7",
        "7, 10, CRITERION_NOT_MET, fev1-fvc 0.7 fails fev1-fvc less than 0.7",
    })
    void aRatioIsComparedWithoutDividing(String fev1, String fvc, FindingKind kind, String text) {
        Finding f = judge(request().observation("fev1", fev1).observation("fvc", fvc).build(), "obstruction");
        assertEquals(kind, f.kind());
        assertEquals(text, f.text());
    }

    @Test
    void aRatioWithoutADivisorIsUnknown() {
        Finding f = judge(request().observation("fev1", "2").observation("fvc", "0").build(), "obstruction");
        assertEquals(FindingKind.FACT_UNKNOWN, f.kind());
        assertEquals("`fev1-fvc` cannot be derived: its divisor is not above 0", f.text());
        assertEquals(FindingKind.FACT_UNKNOWN, judge(request().observation("fev1", "2").build(), "obstruction").kind());
    }
}
