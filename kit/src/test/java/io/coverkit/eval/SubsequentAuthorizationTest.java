package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.render.GuidelineRenderer;
import io.coverkit.request.CoverageRequest;
import io.coverkit.validate.GuidelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Initial and subsequent authorization of a drug: {@code authorizationLength 90.days, subsequent:
 * 365.days}, and {@code initial}/{@code subsequent} criteria, decided by whether the request
 * states therapy of the requested drug begun before the date of service.
 */
class SubsequentAuthorizationTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Immunomodulators'
                originalEffectiveDate '2020-01-01'
                priorAuthorization required: 'all'
                authorizationLength 90.days, subsequent: 365.days, text: 'Initial: 90 days; Subsequent: 365 days'
                positionStatement {
                    allOf {
                        initial {
                            fact 'negative-tb-test'
                        }
                        subsequent {
                            fact 'clinical-response-documented'
                        }
                    }
                }
                drugList('Immunomodulators') {
                    drug 'Dupixent', status: 'preferred', drugClass: 'systemic-inflammatory'
                    drug 'Enbrel', status: 'preferred', drugClass: 'systemic-inflammatory'
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
        return RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .fact("negative-tb-test", true).fact("clinical-response-documented", true);
    }

    @Test
    void aFirstRequestGetsTheInitialLength() {
        Determination d = decide(request());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
        assertEquals(90, d.authorization().days());
        assertEquals("2026-08-29", d.authorization().through().toString());
        assertTrue(d.findings(FindingKind.CRITERIA_NOT_APPLICABLE).get(0).text().contains(
                "the request states no earlier therapy of the requested drug"), d.findings()::toString);
    }

    @Test
    void therapyOfTheDrugBegunTheDayBeforeMakesItSubsequentAndOnTheDayDoesNot() {
        Determination renewal = decide(request().therapy("dupixent", "2026-05-31", null, "ONGOING"));
        assertEquals(365, renewal.authorization().days());
        assertTrue(renewal.findings(FindingKind.CRITERIA_NOT_APPLICABLE).get(0).text()
                .contains("the request states therapy of the requested drug from 2026-05-31"), renewal.findings()::toString);
        assertEquals(90, decide(request().therapy("dupixent", "2026-06-01", null, "ONGOING")).authorization().days(),
                "a therapy starting on the date of service is this request's own");
        assertEquals(90, decide(request().therapy("enbrel", "2025-01-01", "2025-12-31", "FAILURE")).authorization().days(),
                "therapy of another drug is step therapy, not a renewal");
    }

    @Test
    void subsequentCriteriaDecideARenewal() {
        Determination d = decide(request().fact("clinical-response-documented", false).therapy("dupixent", "2026-01-01", null, "ONGOING"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                decide(request().fact("clinical-response-documented", false)).outcome(), "a first request skips them");
    }

    @Test
    void theLengthsRenderAsPublishedAndAreNoted() {
        String markdown = new GuidelineRenderer().markdown(guideline);
        assertTrue(markdown.contains("Initial: 90 days; Subsequent: 365 days"), markdown);
        assertTrue(markdown.contains("An initial approval lasts 90 days from the date of service; a subsequent one, 365 days"), markdown);
    }

    @Test
    void aSubsequentLengthOfNoDayOrNotASpanIsADiagnostic() {
        List<Diagnostic> zero = new GuidelineValidator().validate(Snippets.valid(POLICY.replace("subsequent: 365.days", "subsequent: 0.days")));
        assertEquals(List.of(DiagnosticCode.C018), zero.stream().map(Diagnostic::code).toList());
        assertTrue(zero.get(0).message().contains("a subsequent approval of 0 days lasts no day"), zero.get(0).message());
        Snippets.assertExactly(Snippets.read(POLICY.replace("subsequent: 365.days", "subsequent: 365")),
                Snippets.at(DiagnosticCode.R004, 5, 46));
    }
}
