package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Criteria about the member: age, sex and clinical facts, three-valued, explained in words. */
class MemberCriteriaTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Screening'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        age min: 50, max: 77, text: 'Age 50 - 77 years'
                        fact 'asymptomatic', text: 'Asymptomatic (no signs or symptoms of lung cancer)'
                        anyOf {
                            fact 'current-smoker'
                            fact 'quit-within-15-years'
                        }
                        oncePer 1.year, reading: 'again on the anniversary'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '71271'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Guideline guideline = Snippets.validated(POLICY);
    private final Evaluator evaluator = new GuidelineCompiler().compile(guideline);

    private RequestBuilder eligible() {
        return RequestBuilder.requestFor(guideline).cpt("71271").on("2026-06-01").bornOn("1960-06-01")
                .fact("asymptomatic", true).fact("current-smoker", true);
    }

    private Finding finding(Determination d, String ref) {
        return d.findings().stream().filter(f -> f.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void everyCriterionMetMeetsMedicalNecessityAndSaysWhy() {
        Determination d = evaluator.decide(eligible().build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome());
        Finding age = finding(d, "age-50-77");
        assertEquals(FindingKind.CRITERION_MET, age.kind());
        assertEquals("Age 50 - 77 years (age 66 on 2026-06-01 is within 50 to 77)", age.text());
        assertEquals("member.birthDate", age.evidence().get(0).field());
        assertEquals(FindingKind.CRITERION_MET, finding(d, "asymptomatic").kind());
    }

    @Test
    void theAgeBoundsAreInclusiveOnTheBirthdayItself() {
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, evaluator.decide(eligible().bornOn("1976-06-01").build()).outcome());
        Determination young = evaluator.decide(eligible().bornOn("1976-06-02").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, young.outcome());
        assertEquals("Age 50 - 77 years (age 49 on 2026-06-01 is under 50)", finding(young, "age-50-77").text());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, evaluator.decide(eligible().bornOn("1948-06-02").build()).outcome());
        Determination old = evaluator.decide(eligible().bornOn("1948-06-01").build());
        assertEquals("Age 50 - 77 years (age 78 on 2026-06-01 is over 77)", finding(old, "age-50-77").text());
    }

    @Test
    void aFactStatedFalseFailsTheCriterion() {
        Determination d = evaluator.decide(eligible().fact("asymptomatic", false).build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        assertEquals(FindingKind.CRITERION_NOT_MET, finding(d, "asymptomatic").kind());
        assertTrue(finding(d, "asymptomatic").text().endsWith("(`asymptomatic` is false)"));
    }

    @Test
    void aFactTheRequestDoesNotStateNeedsMoreInformationAndNamesIt() {
        Determination d = evaluator.decide(RequestBuilder.requestFor(guideline).cpt("71271").on("2026-06-01")
                .bornOn("1960-06-01").fact("current-smoker", true).build());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, d.outcome());
        Finding missing = finding(d, "asymptomatic");
        assertEquals(FindingKind.FACT_UNKNOWN, missing.kind());
        assertEquals("facts.asymptomatic", missing.evidence().get(0).field());
        assertEquals(List.of(), d.missingDocuments());
    }

    @Test
    void noBirthDateMakesTheAgeUnknown() {
        Determination d = evaluator.decide(RequestBuilder.requestFor(guideline).cpt("71271").on("2026-06-01")
                .fact("asymptomatic", true).fact("current-smoker", true).build());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, d.outcome());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(d, "age-50-77").kind());
    }

    @Test
    void oneMetAlternativeDecidesEvenWhenAnotherIsUnknown() {
        Determination d = evaluator.decide(eligible().build());
        assertEquals(FindingKind.FACT_UNKNOWN, finding(d, "quit-within-15-years").kind());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome());
    }

    @Test
    void anUnmetCriterionDecidesEvenWhenAnotherIsUnknown() {
        Determination d = evaluator.decide(RequestBuilder.requestFor(guideline).cpt("71271").on("2026-06-01")
                .bornOn("1990-01-01").fact("current-smoker", true).build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome(), "age 36 fails all-of whatever `asymptomatic` is");
    }

    @Test
    void sexIsMetOnlyWhenStated() {
        Guideline g = Snippets.validated(POLICY.replace("fact 'asymptomatic', text: 'Asymptomatic (no signs or symptoms of lung cancer)'",
                "sex 'F'"));
        Evaluator e = new GuidelineCompiler().compile(g);
        RequestBuilder base = RequestBuilder.requestFor(g).cpt("71271").on("2026-06-01").fact("current-smoker", true);
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, e.decide(base.member("1960-06-01", "F").build()).outcome());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, e.decide(base.member("1960-06-01", "M").build()).outcome());
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, e.decide(base.member("1960-06-01", "U").build()).outcome());
    }

    @Test
    void theCriteriaAreCitableClauses() {
        assertTrue(evaluator.clauses().containsAll(List.of("01-00000-00/criterion/age-50-77",
                "01-00000-00/criterion/asymptomatic", "01-00000-00/criterion/current-smoker")));
    }

    @Test
    void misusedMemberCriteriaAreDiagnosedWhereWritten() {
        record Case(String line, String code, int column) {}
        for (Case c : List.of(
                new Case("                age text: 'Age'", "R006", 17),
                new Case("                age min: 300", "V005", 26),
                new Case("                age min: '50'", "R004", 26),
                new Case("                sex 'X'", "V005", 21),
                new Case("                fact 'Current_Smoker'", "V003", 22),
                new Case("                fact 'smoker', colour: 'red'", "R005", 32),
                new Case("                age min: 60, max: 50", "C020", 17))) {
            assertTrue(POLICY.contains("\n                fact 'current-smoker'\n"));
            String text = POLICY.replace("\n                fact 'current-smoker'\n", "\n" + c.line() + "\n");
            var diagnostics = new PolicyReader().read("01-00000-00.groovy", text).diagnostics();
            assertTrue(diagnostics.stream().anyMatch(d -> d.code().name().equals(c.code()) && d.at().line() == 9
                            && d.at().column() == c.column()),
                    () -> c + " expected, found " + diagnostics);
        }
    }

    @Test
    void onceAYearCountsPriorServicesOfTheGuidelinesCodesUpToTheAnniversary() {
        Determination blocked = evaluator.decide(eligible().priorService("CPT", "71271", "2025-06-02").build());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, blocked.outcome());
        Finding f = finding(blocked, "once-per-1-year");
        assertEquals(FindingKind.CRITERION_NOT_MET, f.kind());
        assertEquals("CPT 71271 on 2025-06-02 is less than 1 year before 2026-06-01 [reading: again on the anniversary]", f.text());
        assertEquals("priorServices[0]", f.evidence().get(0).field());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                evaluator.decide(eligible().priorService("CPT", "71271", "2025-06-01").build()).outcome(), "the anniversary itself");
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                evaluator.decide(eligible().priorService("CPT", "99213", "2026-01-01").build()).outcome(), "another code");
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                evaluator.decide(eligible().priorService("CPT", "71271", "2026-06-02").build()).outcome(), "a later service");
    }
}
