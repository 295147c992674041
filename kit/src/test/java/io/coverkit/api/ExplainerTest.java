package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.eval.Evaluator;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The explanation follows the path that decided the outcome, for every shape of criterion tree:
 * alternatives (any of), requirements (all of), exclusions (none), exceptions (unless), criteria
 * for the initial service only, experimental statements. Each case asserts the explanation's lines
 * below the outcome line. The examples of the three published guidelines are in
 * {@code ExplainExamplesTest}.
 */
class ExplainerTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Screening'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    paragraph 'Screening **meets the definition of medical necessity** when all of the following are met:'
                    derive 'pack-years', from: 'packs-per-day', times: 'years-smoked'
                    experimental('Screening of children is investigational.', id: 'children') {
                        age max: 17, text: 'Age 17 or under'
                    }
                    allOf {
                        anyOf {
                            indication 'Prior abnormal scan', id: 'prior-abnormal-scan'
                            indication 'Family history of lung cancer', id: 'family-history'
                        }
                        age min: 50, max: 77, text: 'Age 50 - 77 years;'
                        anyOf {
                            fact 'current-smoker', text: 'Current smoker'
                            since 'quit-smoking', within: 15.years, text: 'or one who has quit smoking within the last 15 years'
                        }
                        quantity 'pack-years', atLeast: 20, id: 'pack-years-20', text: 'At least 20 pack-years'
                        none {
                            fact 'symptomatic', text: 'Signs or symptoms of lung cancer'
                        }
                        unless {
                            fact 'pregnant'
                            fact 'first-trimester'
                        }
                        initial {
                            fact 'counseled', text: 'A counseling visit before the first screening', reading: 'stated by the ordering practitioner'
                        }
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

    private static final Guideline GUIDELINE = Snippets.validated(POLICY);
    private static final Evaluator EVALUATOR = new GuidelineCompiler().compile(GUIDELINE);

    private final Explainer explainer = new Explainer();

    /** A request that meets every criterion: both indications, a current smoker who has also quit. */
    private static RequestBuilder eligible() {
        return RequestBuilder.requestFor(GUIDELINE).cpt("71271").on("2026-06-01").bornOn("1960-06-01")
                .indication("prior-abnormal-scan", "family-history").fact("current-smoker", true)
                .observation("packs-per-day", "1").observation("years-smoked", "30")
                .fact("symptomatic", false).fact("pregnant", false).fact("counseled", true);
    }

    /** The explanation's lines after the header and the outcome line, with the outcome checked. */
    private String explain(RequestBuilder request, Outcome expected) {
        Determination d = EVALUATOR.decide(request.build());
        assertEquals(expected, d.outcome());
        String text = explainer.explain(d, GUIDELINE);
        assertTrue(text.startsWith("01-00000-00 Screening, revision 2020-01-01, date of service 2026-06-01\nOutcome: "
                + expected + ": " + Explainer.meaning(expected) + "\n"), text);
        return text.substring(text.indexOf('\n', text.indexOf("\nOutcome: ") + 1) + 1);
    }

    @Test
    void anApprovalNamesTheAlternativeThatMetEachAnyOfAndEveryPartOfTheAllOf() {
        String lines = explain(eligible(), Outcome.MEETS_MEDICAL_NECESSITY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  indication met: Prior abnormal scan (POSITION STATEMENT)
                  criterion met: Age 50 - 77 years (age 66 on 2026-06-01 is within 50 to 77) (POSITION STATEMENT)
                  criterion met: Current smoker (`current-smoker` is true) (POSITION STATEMENT)
                  criterion met: At least 20 pack-years (pack-years 30 meets pack-years at least 20) (POSITION STATEMENT)
                  criterion met: must not: Signs or symptoms of lung cancer (`symptomatic` is false) (POSITION STATEMENT)
                  criterion met: must not: `pregnant` is false (POSITION STATEMENT)
                  criterion met: A counseling visit before the first screening (`counseled` is true) (POSITION STATEMENT)
                """, lines);
    }

    @Test
    void anApprovalLeavesOutAlternativesThatDidNotMatterWhileTheDeterminationKeepsThem() {
        Determination d = EVALUATOR.decide(eligible().build());

        String text = explainer.explain(d, GUIDELINE);

        assertFalse(text.contains("Family history"), "the second indication did not matter: " + text);
        assertFalse(text.contains("quit"), "quitting did not matter for a current smoker: " + text);
        assertFalse(text.contains("needs"), text);
        assertTrue(d.findings().stream().anyMatch(f -> f.kind() == FindingKind.FACT_UNKNOWN && f.ref().equals("quit-smoking-within-15-years")),
                "the determination keeps every finding");
        assertTrue(d.findings().stream().anyMatch(f -> f.ref().equals("family-history")), "the determination keeps every finding");
    }

    @Test
    void criteriaForTheInitialServiceAreSkippedForALaterOneAndTheExplanationSaysWhy() {
        String lines = explain(eligible().priorService("CPT", "71271", "2024-05-01"), Outcome.MEETS_MEDICAL_NECESSITY);

        assertTrue(lines.endsWith("  skipped: criteria for the initial service do not apply: the request states an earlier service,"
                + " CPT 71271 on 2024-05-01\n"), lines);
    }

    @Test
    void aFailedCriterionIsNamedWithTheFactThatDecidedItItsClauseAndSectionEvenWhenAnIndicationIsMet() {
        String lines = explain(eligible().bornOn("1976-06-02").fact("symptomatic", true), Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  criterion not met: Age 50 - 77 years (age 49 on 2026-06-01 is under 50)
                    clause 01-00000-00/criterion/age-50-77, POSITION STATEMENT; request: member.birthDate 1976-06-02
                """, lines, "the first failure decides; the exclusion that also fails is not listed");
    }

    @Test
    void noIndicationStatedIsOneLineCitingThePositionStatementWithoutItsMarkdown() {
        RequestBuilder none = RequestBuilder.requestFor(GUIDELINE).cpt("71271").on("2026-06-01").bornOn("1960-06-01")
                .fact("current-smoker", true).observation("packs-per-day", "1").observation("years-smoked", "30")
                .fact("symptomatic", false).fact("pregnant", false).fact("counseled", true);

        String noIndication = explain(none, Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  no indication met: the request states none of the 2 indications listed
                    clause 01-00000-00/position-statement, POSITION STATEMENT; request field: indications
                """, noIndication);
        assertFalse(noIndication.contains("**"), noIndication);
    }

    @Test
    void anAnyOfWhoseEveryAlternativeFailedListsEachWithItsFact() {
        RequestBuilder quitLongAgo = eligible().fact("current-smoker", false).event("quit-smoking", "2001-01-01");

        String lines = explain(quitLongAgo, Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  not met, none of these holds:
                    criterion not met: Current smoker (`current-smoker` is false)
                      clause 01-00000-00/criterion/current-smoker, POSITION STATEMENT; request: facts.current-smoker false
                    criterion not met: or one who has quit smoking within the last 15 years (quit-smoking on 2001-01-01 is more than 15 years before 2026-06-01)
                      clause 01-00000-00/criterion/quit-smoking-within-15-years, POSITION STATEMENT; request: events[0] quit-smoking dated 2001-01-01
                """, lines);
    }

    @Test
    void anExclusionThatHoldsIsTheFailure() {
        String lines = explain(eligible().fact("symptomatic", true), Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  criterion not met: must not: Signs or symptoms of lung cancer (`symptomatic` is true)
                    clause 01-00000-00/criterion/symptomatic, POSITION STATEMENT; request: facts.symptomatic true
                """, lines);
    }

    @Test
    void anExceptionWhoseEveryConditionHoldsNamesEachCondition() {
        String lines = explain(eligible().fact("pregnant", true).fact("first-trimester", true), Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  criterion not met: must not: `pregnant` is true
                    clause 01-00000-00/criterion/pregnant, POSITION STATEMENT; request: facts.pregnant true
                  criterion not met: must not: `first-trimester` is true
                    clause 01-00000-00/criterion/first-trimester, POSITION STATEMENT; request: facts.first-trimester true
                """, lines);
    }

    @Test
    void needsMoreInformationNamesEveryFactStillNeededAndTheFieldToSupplyButNoneThatWouldNotDecide() {
        RequestBuilder request = RequestBuilder.requestFor(GUIDELINE).cpt("71271").on("2026-06-01").bornOn("1960-06-01")
                .indication("family-history").fact("symptomatic", false).fact("pregnant", false).fact("counseled", true);

        String lines = explain(request, Outcome.NEEDS_MORE_INFORMATION);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  needs one of these:
                    needs: Current smoker (`current-smoker` is not stated in the request)
                      clause 01-00000-00/criterion/current-smoker, POSITION STATEMENT
                      supply: facts.current-smoker (true or false)
                    needs: or one who has quit smoking within the last 15 years (no `quit-smoking` event on or before 2026-06-01 is stated)
                      clause 01-00000-00/criterion/quit-smoking-within-15-years, POSITION STATEMENT
                      supply: events (a quit-smoking event with its date)
                  needs: At least 20 pack-years (`pack-years` is not stated in the request's observations)
                    clause 01-00000-00/criterion/pack-years-20, POSITION STATEMENT
                    supply: observations packs-per-day and years-smoked (pack-years is derived from them)
                """, lines);
    }

    @Test
    void anUnknownFactBesideAFailureIsNotAskedFor() {
        String lines = explain(eligible().fact("current-smoker", false).bornOn("1940-01-01"), Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  criterion not met: Age 50 - 77 years (age 86 on 2026-06-01 is over 77)
                    clause 01-00000-00/criterion/age-50-77, POSITION STATEMENT; request: member.birthDate 1940-01-01
                """, lines);
    }

    @Test
    void aDecisiveCriterionWithAReadingPrintsTheReading() {
        String lines = explain(eligible().fact("counseled", false), Outcome.NOT_MEDICALLY_NECESSARY);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  criterion not met: A counseling visit before the first screening (`counseled` is false)
                    clause 01-00000-00/criterion/counseled, POSITION STATEMENT; request: facts.counseled false
                    reading: stated by the ordering practitioner
                """, lines);
    }

    @Test
    void anExperimentalServiceNamesTheStatementAndWhatMadeItApply() {
        String lines = explain(eligible().bornOn("2016-01-01"), Outcome.EXPERIMENTAL_INVESTIGATIONAL);

        assertEquals("""
                  in scope: code 71271 (BILLING/CODING INFORMATION) [procedures[0] CPT 71271]
                  experimental or investigational: Screening of children is investigational. (POSITION STATEMENT)
                    clause 01-00000-00/experimental/children, POSITION STATEMENT
                    criterion met: Age 17 or under (age 10 on 2026-06-01 is within at most 17) (POSITION STATEMENT)
                """, lines);
    }

    @Test
    void findingsThatDoNotFitTheCriterionTreeAreListedRatherThanExplainedWrongly() {
        Determination decided = EVALUATOR.decide(eligible().build());
        // A determination whose criteria findings say nothing of the tree (as from another version of the guideline).
        Determination foreign = new Determination(decided.guideline(), decided.revision(), decided.dateOfService(),
                decided.revisionBasis(), decided.revisionDate(), Outcome.MEETS_MEDICAL_NECESSITY,
                java.util.List.of(new Finding(FindingKind.CRITERION_MET, "other", "01-00000-00/criterion/other", "Other (met)",
                        "POSITION STATEMENT", java.util.List.of())),
                java.util.List.of(), decided.sourceDigest());

        String text = explainer.explain(foreign, GUIDELINE);

        assertTrue(text.endsWith("\n  criterion met: Other (met) (POSITION STATEMENT)\n"), text);
    }

    @Test
    void aDateBeforeTheGuidelineExistedIsNamedWithTheDateThatChoseNoRevision() {
        Determination d = EVALUATOR.decide(eligible().on("2019-06-01").build());

        String text = explainer.explain(d, GUIDELINE);

        assertEquals("""
                01-00000-00 Screening, date of service 2019-06-01
                Outcome: NOT_APPLICABLE: %s
                  not applicable: the date is before the original effective date 2020-01-01
                    clause 01-00000-00/original-effective-date; request: dateOfService 2019-06-01
                """.formatted(Explainer.meaning(Outcome.NOT_APPLICABLE)), text);
    }

    /** A guideline whose documentation before 2021 is not published. */
    private static final String UNKNOWN_DOCUMENTATION = """
            guideline('01-00000-00') {
                title 'Test guideline'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    anyOf {
                        indication 'Implanted fiducial markers'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '77387'
                    }
                    documentation {
                        unknownBefore '2021-01-01', reason: 'the earlier list is not published'
                        requiresDocument loinc: '28626-0' within 6.months
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                    revision '2021-01-01', 'Documentation published.'
                }
            }
            """;

    @Test
    void documentationNotPublishedIsReachedOnlyWhenTheCriteriaAreMetAndSaysWhatMetThem() {
        Guideline g = Snippets.validated(UNKNOWN_DOCUMENTATION);
        Evaluator evaluator = new GuidelineCompiler().compile(g);
        RequestBuilder request = RequestBuilder.requestFor(g).cpt("77387").on("2020-06-01").bornOn("1960-06-01");

        Determination indicated = evaluator.decide(request.indication("implanted-fiducial-markers").build());
        Determination notIndicated = evaluator.decide(RequestBuilder.requestFor(g).cpt("77387").on("2020-06-01").build());

        assertEquals(Outcome.REVISION_CONTENT_UNKNOWN, indicated.outcome());
        assertTrue(explainer.explain(indicated, g).endsWith("""
                  indication met: Implanted fiducial markers (POSITION STATEMENT)
                  content unknown: the published guideline does not reveal the DOCUMENTATION in force before 2021-01-01: the earlier list is not published
                    clause 01-00000-00/unknown/documentation, DOCUMENTATION
                """), () -> explainer.explain(indicated, g));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, notIndicated.outcome());
        assertTrue(explainer.explain(notIndicated, g).endsWith("""
                  no indication met: the request does not state the one indication listed
                    clause 01-00000-00/position-statement, POSITION STATEMENT; request field: indications
                """), () -> explainer.explain(notIndicated, g));
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeHasItsOwnMeaning(Outcome outcome) {
        String meaning = Explainer.meaning(outcome);

        assertFalse(meaning.isBlank());
        Set<String> others = EnumSet.complementOf(EnumSet.of(outcome)).stream().map(Explainer::meaning).collect(Collectors.toSet());
        assertFalse(others.contains(meaning), "two outcomes must not read the same");
    }

    @Test
    void markdownOfThePublishedTextIsPrintedAsPlainWords() {
        assertEquals("IGRT meets the definition of medical necessity; see Coverage Protocol Exemption Request.",
                PlainText.of("IGRT **meets the definition of medical necessity**; see [Coverage Protocol Exemption Request](#)."));
        assertEquals("a [reading: kept] (as is)", PlainText.of("a [reading: kept] (as is)"));
        assertEquals("Age 50 – 77 years", PlainText.item("Age 50 – 77 years; "));
    }
}
