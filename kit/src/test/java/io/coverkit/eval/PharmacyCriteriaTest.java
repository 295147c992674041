package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.validate.GuidelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pharmacy and service-history vocabulary on a small policy: drug lists, step therapy, caps,
 * exclusions, scopes, experimental statements; and a diagnostic for each keyword's misuse.
 */
class PharmacyCriteriaTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Bone agents'
                originalEffectiveDate '2020-01-01'
                priorAuthorization required: 'non-preferred'
                authorizationLength 6.months, text: '6 months'
                positionStatement {
                    diagnosisCodes('bone-loss') {
                        icd10 'M81.0'
                        icd10 'M80.00XA', through: 'M80.08XS'
                    }
                    experimental('Use in children is investigational.', id: 'children') {
                        age max: 17
                    }
                    allOf {
                        diagnosis 'bone-loss'
                        tried preferred: true, sameClass: true, outcome: 'failure', atLeast: 3.months
                        none {
                            taking otherClass: true
                        }
                        unless {
                            fact 'pregnant'
                            fact 'first-trimester'
                        }
                        forDrug('drug-b') {
                            cap 1000.days, drugClass: 'class-one'
                        }
                    }
                }
                drugList('Bone agents') {
                    drug 'Drug A', status: 'preferred', drugClass: 'class-one'
                    drug 'Drug B', status: 'non-preferred', drugClass: 'class-one'
                    drug 'Drug C', status: 'preferred', drugClass: 'class-two'
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Guideline guideline = Snippets.validated(POLICY);
    private final Evaluator evaluator = new GuidelineCompiler().compile(guideline);

    /** An adult with M81.0 asking for drug B after 92 days of failed drug A (2026-03-01 to 2026-05-31). */
    private RequestBuilder eligible() {
        return RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-06-01").diagnosis("M81.0").drug("drug-b")
                .therapy("drug-a", "2026-03-01", "2026-05-31", "FAILURE").fact("pregnant", false);
    }

    private static Finding finding(Determination d, String ref) {
        return d.findings().stream().filter(f -> f.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ref + " in " + d.findings()));
    }

    @Test
    void aNonPreferredDrugAfterAFailedTrialIsApprovedForTheLengthOfAuthorization() {
        Determination d = evaluator.decide(eligible().build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
        assertEquals(FindingKind.DRUG_IN_SCOPE, d.findings().get(0).kind());
        assertEquals("2026-06-01", d.authorization().from().toString());
        assertEquals("2026-11-30", d.authorization().through().toString(), "six months, the last day the day before 2026-12-01");
        assertTrue(finding(d, "tried-preferred-same-class-failure-3-months").text()
                .contains("drug-a from 2026-03-01 for 92 days is at least 92 days"));
    }

    @Test
    void aPreferredDrugNeedsNoPriorAuthorization() {
        Determination d = evaluator.decide(eligible().drug("drug-a").build());
        assertEquals(Outcome.NO_PRIOR_AUTHORIZATION_REQUIRED, d.outcome());
        assertNull(d.authorization());
    }

    @Test
    void aDrugOffTheListIsNotApplicable() {
        assertEquals(Outcome.NOT_APPLICABLE, evaluator.decide(eligible().drug("drug-z").build()).outcome());
    }

    @Test
    void aTrialOneDayShortFails() {
        Determination d = evaluator.decide(eligible().therapy("drug-a", "2026-03-02", "2026-05-31", "FAILURE").build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), "the longest trial counts");
        Determination shortOnly = evaluator.decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-06-01")
                .diagnosis("M81.0").drug("drug-b").therapy("drug-a", "2026-03-02", "2026-05-31", "FAILURE").fact("pregnant", false).build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, shortOnly.outcome());
        assertTrue(finding(shortOnly, "tried-preferred-same-class-failure-3-months").text()
                .contains("for 91 days is not at least 92 days"));
    }

    @Test
    void aFailedTrialOfAnotherClassDoesNotCount() {
        Determination d = evaluator.decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-06-01")
                .diagnosis("M81.0").drug("drug-b").therapy("drug-c", "2025-01-01", "2025-12-31", "FAILURE").fact("pregnant", false).build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
    }

    @Test
    void anOngoingTherapyOfAnotherClassIsExcluded() {
        Determination d = evaluator.decide(eligible().therapy("drug-c", "2026-01-01", null, "ONGOING").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        Finding f = finding(d, "taking-other-class");
        assertEquals(FindingKind.CRITERION_NOT_MET, f.kind(), "an exclusion that holds is a criterion not met");
        assertTrue(f.text().startsWith("must not: drug-c from 2026-01-01 is under way on 2026-06-01"), f.text());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                evaluator.decide(eligible().therapy("drug-c", "2026-01-01", "2026-05-31", "COMPLETED").build()).outcome(),
                "ended the day before");
    }

    @Test
    void unlessFailsOnlyWhenAllOfItsCriteriaHold() {
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY,
                evaluator.decide(eligible().fact("pregnant", true).fact("first-trimester", true).build()).outcome());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                evaluator.decide(eligible().fact("pregnant", true).fact("first-trimester", false).build()).outcome());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, evaluator.decide(eligible().fact("pregnant", true).build()).outcome(),
                "unknown stays unknown under negation");
    }

    @Test
    void diagnosisRangesFollowClassificationOrder() {
        record Case(String code, Outcome outcome) {}
        for (Case c : List.of(new Case("M80.00XA", Outcome.MEETS_MEDICAL_NECESSITY), new Case("M80.08XS", Outcome.MEETS_MEDICAL_NECESSITY),
                new Case("M80.051A", Outcome.MEETS_MEDICAL_NECESSITY), new Case("M80.8", Outcome.NOT_MEDICALLY_NECESSARY),
                new Case("M81.0", Outcome.MEETS_MEDICAL_NECESSITY), new Case("M81.6", Outcome.NOT_MEDICALLY_NECESSARY))) {
            Determination d = evaluator.decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-06-01")
                    .diagnosis(c.code()).drug("drug-b").therapy("drug-a", "2026-03-01", "2026-05-31", "FAILURE").fact("pregnant", false).build());
            assertEquals(c.outcome(), d.outcome(), c::toString);
        }
        Determination none = evaluator.decide(RequestBuilder.requestFor(guideline).on("2026-06-01").bornOn("1960-06-01")
                .drug("drug-b").therapy("drug-a", "2026-03-01", "2026-05-31", "FAILURE").fact("pregnant", false).build());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, none.outcome());
        assertEquals("diagnoses", finding(none, "diagnosis-bone-loss").evidence().get(0).field());
    }

    @Test
    void aCapShortensTheApprovalToTheDaysLeftAndFailsWhenReached() {
        // Class one: drug B for 762 days (2024-01-01 to 2026-01-31) and drug A for 92 days: 854 of 1000 used.
        Determination d = evaluator.decide(eligible().therapy("drug-b", "2024-01-01", "2026-01-31", "COMPLETED").build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
        assertEquals(146, d.authorization().days());
        assertEquals("2026-10-24", d.authorization().through().toString());
        Finding limited = d.findings(FindingKind.AUTHORIZATION_LIMITED).get(0);
        assertEquals("6 months, shortened to 146 days: cap-1000-days leaves 146 days", limited.text());
        Determination reached = evaluator.decide(eligible().therapy("drug-b", "2023-06-01", "2026-01-31", "COMPLETED").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, reached.outcome());
        assertTrue(finding(reached, "cap-1000-days").text().contains("1068 days of a drug of class class-one before 2026-06-01 reach the limit of 1000"));
        Determination otherDrug = evaluator.decide(eligible().drug("drug-b").build());
        assertEquals(183, otherDrug.authorization().days(), "92 days used leave 908, more than the length of authorization");
    }

    @Test
    void experimentalStatementsDecideFirst() {
        Determination d = evaluator.decide(eligible().bornOn("2012-01-01").build());
        assertEquals(Outcome.EXPERIMENTAL_INVESTIGATIONAL, d.outcome());
        assertEquals("Use in children is investigational.", finding(d, "children").text());
        assertTrue(evaluator.clauses().contains("01-00000-00/experimental/children"));
    }

    @Test
    void misusedVocabularyIsDiagnosedWhereWritten() {
        record Case(String line, String code, int column) {}
        String anchor = "\n            diagnosis 'bone-loss'\n";
        for (Case c : List.of(
                new Case("                        diagnosis 'Bone Loss'", "V003", 35),
                new Case("                        diagnosis 'osteopenia'", "C022", 25),
                new Case("                        tried outcome: 'cured'", "V005", 40),
                new Case("                        tried drug: 'drug-q'", "C022", 25),
                new Case("                        tried drugClass: 'class-nine'", "C022", 25),
                new Case("                        tried drug: 'drug-a', preferred: true", "C023", 25),
                new Case("                        tried total: true", "C023", 25),
                new Case("                        tried atLeast: 3.months, moreThan: 3.months", "R006", 25),
                new Case("                        tried atLeast: 90", "R004", 40),
                new Case("                        taking sameClass: true, otherClass: true", "C023", 25),
                new Case("                        cap 0.days", "C018", 25),
                new Case("                        cap '100 days'", "R004", 29),
                new Case("                        order during: 'visit'", "C022", 25),
                new Case("                        order written: 'yes'", "R004", 40),
                new Case("                        prerequisite('visit', system: 'HCPCS')", "R006", 25),
                new Case("                        prerequisite('visit', system: 'ICD', code: 'G0296') { element 'x', text: 'X' }", "V002", 55),
                new Case("                        forDrug('drug-q') { age min: 1 }", "C022", 25),
                new Case("                        none { }", "R008", 30),
                new Case("                        initial", "R006", 25),
                new Case("                        icd10 'M81.0'", "R002", 25),
                new Case("                        prerequisite('visit', system: 'HCPCS', code: 'G0296') { element 'x' }", "R006", 81),
                new Case("                        prerequisite('visit', system: 'HCPCS', code: 'G0296') { element 'X Y', text: 'X' }", "V003", 89),
                new Case("                        unless { }", "R008", 32),
                new Case("                        subsequent { paragraph 'text' }", "R008", 36),
                new Case("                        drugList { }", "R002", 25),
                new Case("                        experimental('text') { age min: 1 }", "R002", 25))) {
            assertTrue(POLICY.contains(anchor));
            String text = POLICY.replace(anchor, "\n" + c.line() + "\n");
            PolicyReader.Result result = new PolicyReader().read("01-00000-00.groovy", text);
            var diagnostics = new java.util.ArrayList<>(result.diagnostics());
            result.guideline().ifPresent(g -> diagnostics.addAll(new GuidelineValidator().validate(g)));
            assertTrue(diagnostics.stream().anyMatch(d -> d.code().name().equals(c.code()) && d.at().line() == 15
                            && d.at().column() == c.column()),
                    () -> c + " expected, found " + diagnostics);
        }
    }

    @Test
    void misusedDeclarationsAreDiagnosedWhereWritten() {
        record Case(String from, String to, String code, int line, int column) {}
        for (Case c : List.of(
                new Case("icd10 'M81.0'", "icd10 'M81-0'", "V002", 8, 19),
                new Case("icd10 'M80.00XA', through: 'M80.08XS'", "icd10 'M80.08XS', through: 'M80.00XA'", "C021", 9, 40),
                new Case("drug 'Drug C', status: 'preferred'", "drug 'Drug C', status: 'favoured'", "V005", 32, 32),
                new Case("drug 'Drug C', status: 'preferred', drugClass: 'class-two'", "drug 'Drug C', status: 'preferred'", "R006", 32, 9),
                new Case("priorAuthorization required: 'non-preferred'", "priorAuthorization required: 'some'", "V005", 4, 34),
                new Case("authorizationLength 6.months, text: '6 months'", "authorizationLength '6 months'", "R004", 5, 25),
                new Case("experimental('Use in children is investigational.', id: 'children') {",
                        "experimental(id: 'children') {", "R006", 11, 9))) {
            assertTrue(POLICY.contains(c.from()), c::toString);
            String text = POLICY.replace(c.from(), c.to());
            PolicyReader.Result result = new PolicyReader().read("01-00000-00.groovy", text);
            var diagnostics = new java.util.ArrayList<>(result.diagnostics());
            result.guideline().ifPresent(g -> diagnostics.addAll(new GuidelineValidator().validate(g)));
            assertTrue(diagnostics.stream().anyMatch(d -> d.code().name().equals(c.code()) && d.at().line() == c.line()
                            && d.at().column() == c.column()),
                    () -> c + " expected, found " + diagnostics);
        }
    }
}
