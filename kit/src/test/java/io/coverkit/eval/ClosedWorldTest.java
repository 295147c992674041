package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Known absence versus unknown (issue 17, family 2): a fact the request does not state is unknown,
 * unless its field is closed-world (by the guideline, the request or the criterion); then it is
 * absent, and every determination names each absence it assumed in an ABSENCE_ASSUMED finding.
 */
class ClosedWorldTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Closed world'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    closedWorld 'diagnoses', reading: 'the diagnoses on a claim are the record'
                    diagnosisCodes('osa') {
                        icd10 'G47.33'
                    }
                    allOf {
                        diagnosis 'osa'
                        none {
                            fact 'central-apnea', unstated: 'absent'
                            since 'stroke', within: 1.year
                        }
                        order unstated: 'unknown'
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
        return RequestBuilder.request().hcpcs("E0601").on("2026-06-01").order("2026-05-01", true, "PHYSICIAN", "");
    }

    private static Determination decide(CoverageRequest request) {
        Determination d = EVALUATOR.decide(request);
        assertEquals(d.outcome(), EVALUATOR.outcome(request), "the judge and the screen disagree");
        return d;
    }

    private static List<Finding> absences(Determination d) {
        return d.findings().stream().filter(f -> f.kind() == FindingKind.ABSENCE_ASSUMED).toList();
    }

    private static Finding finding(Determination d, String ref, FindingKind kind) {
        return d.findings().stream().filter(f -> f.ref().equals(ref) && f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aFieldTheGuidelineDeclaresCompleteMakesANotStatedDiagnosisAbsentAndSaysSo() {
        Determination d = decide(request().complete("events").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        Finding notMet = finding(d, "diagnosis-osa", FindingKind.CRITERION_NOT_MET);
        assertEquals("the request states no diagnosis; taken as absent: the guideline declares diagnoses complete", notMet.text());
        Finding assumed = finding(d, "diagnosis-osa", FindingKind.ABSENCE_ASSUMED);
        assertEquals("no diagnoses stated; taken as absent: the guideline declares diagnoses complete", assumed.text());
        assertEquals(List.of(new Evidence("diagnoses", "absent", null)), assumed.evidence());
        assertEquals("01-00000-00/criterion/diagnosis-osa", assumed.clause());
    }

    @Test
    void everyAbsenceAssumedIsNamedAndNothingElse() {
        Determination d = decide(request().diagnosis("G47.33").complete("events").build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome());
        // central-apnea by the criterion's own reading, stroke by the request's `complete`; the
        // diagnosis is stated, and the order is stated: nothing else is assumed
        assertEquals(List.of("central-apnea", "stroke-within-1-year"), absences(d).stream().map(Finding::ref).toList());
        assertEquals("no facts.central-apnea stated; taken as absent: the criterion reads an unstated fact as absent",
                absences(d).get(0).text());
        assertEquals("no events stated; taken as absent: the request states events as complete", absences(d).get(1).text());
    }

    @Test
    void aFieldNobodyClosesStaysUnknown() {
        Determination d = decide(request().diagnosis("G47.33").build());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, d.outcome());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(d, "stroke-within-1-year", FindingKind.FACT_UNKNOWN).kind());
        assertEquals(List.of("central-apnea"), absences(d).stream().map(Finding::ref).toList());
    }

    @Test
    void aStatedFactIsNeverAnAssumption() {
        Determination d = decide(request().diagnosis("G47.33").fact("central-apnea", true).complete("events").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        assertEquals(List.of("stroke-within-1-year"), absences(d).stream().map(Finding::ref).toList());
        d = decide(request().diagnosis("G47.33").event("stroke", "2026-01-01").complete("events").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome(), "a stroke within a year, stated, excludes");
        assertEquals(List.of("central-apnea"), absences(d).stream().map(Finding::ref).toList());
    }

    @Test
    void unstatedUnknownKeepsACriterionUnknownEvenWhereTheRequestIsComplete() {
        CoverageRequest noOrder = RequestBuilder.request().hcpcs("E0601").on("2026-06-01").diagnosis("G47.33")
                .complete("events", "orders").build();
        Determination d = decide(noOrder);
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, d.outcome());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(d, "order", FindingKind.FACT_UNKNOWN).kind());
        assertTrue(absences(d).stream().noneMatch(f -> f.ref().equals("order")));
    }

    @Test
    void theRequestSaysWhichFieldsAreCompleteInContractTwoOnly() {
        String base = "{\"dateOfService\": \"2026-06-01\", \"member\": {\"lineOfBusiness\": \"MEDICARE_ADVANTAGE\"},"
                + " \"procedures\": [{\"system\": \"HCPCS\", \"code\": \"E0601\"}], ";
        RequestReader.Result ok = new RequestReader().read(base + "\"complete\": [\"events\", \"therapies\"]}");
        assertEquals(List.of("events", "therapies"), ok.request().orElseThrow().complete());
        RequestReader.Result bad = new RequestReader().read(base + "\"complete\": [\"events\", \"vitals\"]}");
        assertEquals("complete[1]", bad.errors().get(0).field());
        assertEquals("`vitals` is not a field that can be complete; expected one of "
                + "[diagnoses, procedures, priorServices, therapies, events, orders, facts]", bad.errors().get(0).message());
        RequestReader.Result v1 = new RequestReader().read(base + "\"contractVersion\": \"1\", \"complete\": [\"events\"]}");
        assertEquals(List.of("complete"), v1.errors().stream().map(RequestError::field).toList());
        // a request built in code is checked when decided, as one read from JSON is
        assertEquals(List.of("complete[0]"), EVALUATOR.check(request().complete("vitals").build()).stream()
                .map(RequestError::field).toList());
    }
}
