package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.json.RequestReader;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Lines of business declared by the guideline (issue 17, family 10): Traditional Medicare, and a
 * line a plan defines, such as a state Medicaid managed care plan. A member outside the declared
 * lines is not the guideline's to decide; a guideline that declares none applies to every line.
 */
class LinesOfBusinessTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Lines'
                originalEffectiveDate '2020-01-01'
                lineOfBusiness 'MEDICARE', text: 'Medicare Part A and Part B'
                lineOfBusiness 'ohio-medicaid-managed-care', kind: 'MEDICAID', text: 'Ohio Medicaid managed care plans'
                positionStatement {
                    anyOf {
                        fact 'obstructive-sleep-apnea'
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

    private static Determination decide(CoverageRequest request) {
        assertEquals(List.of(), EVALUATOR.check(request));
        Determination d = EVALUATOR.decide(request);
        assertEquals(d.outcome(), EVALUATOR.outcome(request), "the judge and the screen disagree");
        return d;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "MEDICARE, '', MEETS_MEDICAL_NECESSITY",
        "MEDICARE_ADVANTAGE, '', NOT_APPLICABLE",
        "COMMERCIAL, '', NOT_APPLICABLE",
        "MEDICAID, ohio-medicaid-managed-care, MEETS_MEDICAL_NECESSITY",
        "MEDICAID, '', NOT_APPLICABLE",
    })
    void aGuidelineAppliesToTheLinesItDeclares(String line, String plan, Outcome outcome) {
        RequestBuilder r = RequestBuilder.request().hcpcs("E0601").on("2026-06-01").lineOfBusiness(line)
                .fact("obstructive-sleep-apnea", true);
        if (!plan.isEmpty()) {
            r.plan(plan);
        }
        assertEquals(outcome, decide(r.build()).outcome());
    }

    @Test
    void aMemberOutsideTheLinesIsToldWhichLinesTheGuidelineAppliesTo() {
        Determination d = decide(RequestBuilder.request().hcpcs("E0601").on("2026-06-01").lineOfBusiness("MEDICAID")
                .fact("obstructive-sleep-apnea", true).build());
        Finding f = d.findings().stream().filter(x -> x.kind() == FindingKind.LINE_OF_BUSINESS_NOT_IN_SCOPE).findFirst().orElseThrow();
        assertEquals("the guideline applies to MEDICARE (Medicare Part A and Part B), ohio-medicaid-managed-care (MEDICAID) "
                + "(Ohio Medicaid managed care plans); a plan-defined line needs member.plan", f.text());
        assertEquals(List.of(new Evidence("member.lineOfBusiness", "MEDICAID", null)), f.evidence());
        assertEquals("01-00000-00/lines-of-business", f.clause());
    }

    @Test
    void aPlanTheGuidelineDoesNotDeclareIsARequestError() {
        CoverageRequest unknown = RequestBuilder.request().hcpcs("E0601").on("2026-06-01").lineOfBusiness("MEDICAID")
                .plan("ohio-medicaid-fee").build();
        assertEquals(List.of("member.plan"), EVALUATOR.check(unknown).stream().map(RequestError::field).toList());
        CoverageRequest wrongKind = RequestBuilder.request().hcpcs("E0601").on("2026-06-01").lineOfBusiness("COMMERCIAL")
                .plan("ohio-medicaid-managed-care").build();
        assertEquals("plan `ohio-medicaid-managed-care` is a line of MEDICAID, but member.lineOfBusiness is COMMERCIAL",
                EVALUATOR.check(wrongKind).get(0).message());
    }

    @Test
    void theRequestNamesItsPlanInContractTwo() {
        String json = "{\"dateOfService\": \"2026-06-01\", \"member\": {\"lineOfBusiness\": \"MEDICAID\", "
                + "\"plan\": \"ohio-medicaid-managed-care\"}, \"procedures\": [{\"system\": \"HCPCS\", \"code\": \"E0601\"}]%s}";
        assertEquals("ohio-medicaid-managed-care",
                new RequestReader().read(json.formatted("")).request().orElseThrow().member().plan());
        assertEquals(List.of("member.plan"), new RequestReader().read(json.formatted(", \"contractVersion\": \"1\""))
                .errors().stream().map(RequestError::field).toList());
        assertEquals(List.of("member.plan"), new RequestReader().read(json.replace("ohio-medicaid-managed-care", "Not An Id")
                .formatted("")).errors().stream().map(RequestError::field).toList());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, new RequestReader().read(json.replace("MEDICAID\", \"plan\": \"ohio-medicaid-managed-care", "MEDICARE")
                .formatted(", \"facts\": {\"obstructive-sleep-apnea\": true}")).request().map(EVALUATOR::decide).orElseThrow().outcome());
    }
}
