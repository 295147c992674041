package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.render.GuidelineRenderer;
import io.coverkit.request.CoverageRequest;
import org.junit.jupiter.api.Test;

/**
 * Step therapy through a therapy class registry: classes of drugs the drug list does not hold,
 * classes a request names, therapies that are not drugs, a registry class narrowed to preferred
 * drugs, and counts of different therapies; each decided alike by the judge (with words) and the
 * outcome-only screen.
 */
class TherapyClassCriteriaTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Immunomodulators'
                originalEffectiveDate '2020-01-01'
                priorAuthorization required: 'all'
                positionStatement {
                    therapyClass('tnf-inhibitors', text: 'TNF inhibitors') {
                        member 'enbrel'
                        member 'cimzia'
                    }
                    therapyClass('topical-corticosteroids', text: 'topical corticosteroids') {
                        member 'triamcinolone'
                        member 'hydrocortisone'
                    }
                    therapyClass 'antihistamines', text: 'antihistamines'
                    therapyClass 'phototherapy', text: 'phototherapy', kind: 'procedure'
                    allOf {
                        tried therapyClass: 'tnf-inhibitors', preferred: true, outcome: 'failure', atLeast: 90.days, id: 'preferred-tnf'
                        tried therapyClass: 'topical-corticosteroids', id: 'topical-steroid'
                        tried therapyClass: 'antihistamines', distinct: 2, outcome: 'failure', atLeast: 14.days, id: 'two-antihistamines'
                        anyOf {
                            none {
                                taking therapyClass: 'phototherapy', id: 'on-phototherapy'
                            }
                            tried therapyClass: 'phototherapy', outcome: 'failure', atLeast: 90.days, id: 'phototherapy-90-days'
                        }
                    }
                }
                drugList('Immunomodulators') {
                    drug 'Enbrel', status: 'preferred', drugClass: 'systemic-inflammatory'
                    drug 'Cimzia', status: 'non-preferred', drugClass: 'systemic-inflammatory'
                    drug 'Dupixent', status: 'preferred', drugClass: 'systemic-inflammatory'
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    private final Guideline guideline = Snippets.validated(POLICY);
    private final Evaluator evaluator = new GuidelineCompiler().compile(guideline);

    /** Every criterion met: 90 days of Enbrel failed, triamcinolone, two antihistamines of 14 days, no phototherapy. */
    private RequestBuilder eligible() {
        return RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("enbrel", 90, "FAILURE")
                .therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE")
                .therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE");
    }

    /** Decides with words and without, and checks that both paths agree. */
    private Determination decide(RequestBuilder builder) {
        CoverageRequest request = builder.build();
        Determination d = evaluator.decide(request);
        assertEquals(d.outcome(), evaluator.outcome(request), "the screen agrees with the judge");
        return d;
    }

    private static Finding finding(Determination d, String ref) {
        return d.findings().stream().filter(f -> f.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ref + " in " + d.findings()));
    }

    @Test
    void everyStepMetIsApproved() {
        Determination d = decide(eligible().classTherapy("antihistamines", "DRUG", "2026-03-01", "2026-03-14", "FAILURE"));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
        assertTrue(finding(d, "two-antihistamines").text().startsWith("3 different therapies of therapy class antihistamines with outcome failure"
                + " for at least 14 days before 2026-06-01"), finding(d, "two-antihistamines").text());
    }

    @Test
    void aRegistryClassNarrowedToPreferredDrugsCountsOnlyThose() {
        Determination nonPreferred = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("cimzia", 200, "FAILURE").therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, nonPreferred.outcome(), "Cimzia is a TNF inhibitor but not preferred");
    }

    @Test
    void aTrialOfNinetyDaysMeetsAndEightyNineDoNot() {
        RequestBuilder base = RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE");
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(base.therapyOfDays("enbrel", 90, "FAILURE")).outcome());
        RequestBuilder shortOne = RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE")
                .therapyOfDays("enbrel", 89, "FAILURE");
        Determination d = decide(shortOne);
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        assertTrue(finding(d, "preferred-tnf").text().contains("enbrel from 2026-03-04 for 89 days is not at least 90 days"),
                finding(d, "preferred-tnf").text());
    }

    @Test
    void aMemberDrugOffTheDrugListOrTheClassNamedByTheRequestCounts() {
        RequestBuilder byClass = RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("enbrel", 90, "FAILURE")
                .classTherapy("topical-corticosteroids", "DRUG", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE");
        Determination d = decide(byClass);
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome(), d.findings()::toString);
        assertTrue(finding(d, "topical-steroid").text().startsWith("topical-corticosteroids from 2025-01-01 is therapy class topical-corticosteroids"),
                finding(d, "topical-steroid").text());
        RequestBuilder otherDrug = RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("enbrel", 90, "FAILURE").therapy("tacrolimus-ointment", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE");
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, decide(otherDrug).outcome(), "a drug the class does not list is not of it");
    }

    @Test
    void twoTrialsOfOneAntihistamineAreOneTherapyAndAShortTrialDoesNotCount() {
        // eligible() has cetirizine and loratadine, 14 days each; here a second cetirizine and a 13-day loratadine.
        RequestBuilder sameTwice = RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("enbrel", 90, "FAILURE").therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .classTherapy("antihistamines", "DRUG", "2025-01-01", "2025-01-14", "FAILURE")
                .classTherapy("antihistamines", "DRUG", "2025-03-01", "2025-03-14", "FAILURE")
                .therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-13", "FAILURE");
        Determination d = decide(sameTwice);
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        assertEquals("1 different therapies of therapy class antihistamines with outcome failure for at least 14 days before 2026-06-01 "
                + "(antihistamines from 2025-01-01) do not meet the 2 required", finding(d, "two-antihistamines").text());
        RequestBuilder notFailed = RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("enbrel", 90, "FAILURE").therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "INTOLERANCE");
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, decide(notFailed).outcome(), "each trial needs the outcome");
    }

    @Test
    void currentPhototherapyNeedsNinetyDaysOfItFirst() {
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(eligible()).outcome(), "no phototherapy: nothing to show");
        Determination onIt = decide(eligible().classTherapy("phototherapy", "PROCEDURE", "2026-03-04", null, "ONGOING"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, onIt.outcome(), "under way, but no failure stated");
        Determination failed89 = decide(eligible().classTherapy("phototherapy", "PROCEDURE", "2026-03-04", null, "FAILURE"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, failed89.outcome(), "2026-03-04 through 2026-05-31 is 89 days");
        Determination failed90 = decide(eligible().classTherapy("phototherapy", "PROCEDURE", "2026-03-03", null, "FAILURE"));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, failed90.outcome(), failed90.findings()::toString);
        assertTrue(finding(failed90, "phototherapy-90-days").text().startsWith("phototherapy from 2026-03-03 for 90 days is at least 90 days"));
    }

    @Test
    void aTherapyStatedAsAnotherKindIsNotOfTheClass() {
        Determination asDrug = decide(eligible().classTherapy("phototherapy", "DRUG", "2026-03-04", null, "ONGOING"));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, asDrug.outcome(), "phototherapy stated as a drug is not the procedure class");
        Determination deviceSteroid = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .therapyOfDays("enbrel", 90, "FAILURE").classTherapy("topical-corticosteroids", "DEVICE", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, deviceSteroid.outcome());
    }

    @Test
    void aProcedureTherapyPassesNoDrugListFilter() {
        Determination d = decide(RequestBuilder.requestFor(guideline).on("2026-06-01").drug("dupixent")
                .classTherapy("tnf-inhibitors", "PROCEDURE", "2025-01-01", "2025-12-31", "FAILURE")
                .therapy("triamcinolone", "2025-01-01", "2025-02-01", "COMPLETED")
                .therapy("cetirizine", "antihistamines", "2026-01-01", "2026-01-14", "FAILURE").therapy("loratadine", "antihistamines", "2026-02-01", "2026-02-14", "FAILURE"));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
    }

    @Test
    void theRegistryIsAnEncodingNoteNeverADrugTable() {
        String markdown = new GuidelineRenderer().markdown(guideline);
        int notes = markdown.indexOf("Encoding notes");
        assertTrue(notes > 0, markdown);
        String document = markdown.substring(0, notes);
        assertFalse(document.contains("triamcinolone"), "the registry is not printed in the document");
        assertFalse(document.contains("phototherapy"), document);
        assertTrue(markdown.substring(notes).contains("Therapy class `phototherapy`: phototherapy (procedure therapies): "
                + "a request states it by the class id."), markdown.substring(notes));
        assertTrue(markdown.substring(notes).contains("Therapy class `tnf-inhibitors`: TNF inhibitors (drugs): members enbrel, cimzia"),
                markdown.substring(notes));
    }
}
