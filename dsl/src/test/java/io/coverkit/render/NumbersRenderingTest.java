package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diff.Change;
import io.coverkit.diff.DiffReport;
import io.coverkit.diff.GuidelineDiff;
import io.coverkit.diff.RevisionDiff;
import io.coverkit.dsl.Snippets;
import io.coverkit.model.Guideline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renderer and the diff see what the numbers, closed-world and versioning vocabulary says: a
 * whole block dated once appears and disappears with its revision, two bounds read as one, the
 * update history prints each entry's own date and number, and the encoding notes carry the
 * readings of codes, the closed-world fields, the declared lines and the effective dates.
 */
class NumbersRenderingTest {

    private static final Guideline G = Snippets.validated("""
            guideline('01-00000-00') {
                title 'Numbers'
                originalEffectiveDate '2020-01-01'
                lineOfBusiness 'MEDICARE', text: 'Medicare Part A and Part B'
                positionStatement {
                    closedWorld 'diagnoses', reading: 'the diagnoses on a claim are the record'
                    unknown from: '2021-01-01', to: '2022-01-01', reason: 'that version is not stored'
                    diagnosisCodes('osa') {
                        icd10 'G47.33', reading: 'the text names the condition, not its code'
                    }
                    anyOf {
                        allOf(deleted: '2022-01-01') {
                            paragraph 'All of the old criteria:'
                            quantity 'ahi', atLeast: 15, id: 'old-ahi', text: 'AHI at least 15'
                            diagnosis 'osa', text: 'Diagnosis of OSA'
                        }
                        quantity 'ahi', atLeast: 5, lessThan: 15, id: 'new-ahi', text: 'AHI of 5 to 14', added: '2022-01-01'
                    }
                }
                billingCoding {
                    codes('HCPCS', reading: 'the codes that bill a CPAP device') {
                        code 'E0601', reading: 'named by the policy article, not by the decision'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                    revision '2021-01-01', 'Second version.'
                    revision '2022-03-01', 'Revision Effective Date: 01/01/2022', effective: '2022-01-01', number: 'R3'
                }
            }
            """);

    @Test
    void aDatedBlockDisappearsFromTheDocumentWithItsRevision() {
        String before = new GuidelineRenderer().render(G, LocalDate.parse("2020-06-01"), GuidelineRenderer.Format.MD);
        String after = new GuidelineRenderer().render(G, LocalDate.parse("2022-06-01"), GuidelineRenderer.Format.MD);
        assertTrue(before.contains("All of the old criteria:") && before.contains("AHI at least 15") && before.contains("Diagnosis of OSA"),
                before);
        assertFalse(before.contains("AHI of 5 to 14"), before);
        assertFalse(after.contains("All of the old criteria:") || after.contains("AHI at least 15"), after);
        assertTrue(after.contains("AHI of 5 to 14"), after);
    }

    @Test
    void theDiffReportsEveryClauseOfADatedBlock() {
        RevisionDiff d = new GuidelineDiff().between(G, LocalDate.parse("2020-06-01"), LocalDate.parse("2022-06-01"));
        List<String> removed = d.changes().stream().filter(c -> c.kind() == Change.Kind.REMOVED).map(Change::key).toList();
        List<String> added = d.changes().stream().filter(c -> c.kind() == Change.Kind.ADDED).map(Change::key).toList();
        assertTrue(removed.stream().anyMatch(k -> k.contains("old-ahi")), removed.toString());
        assertTrue(removed.stream().anyMatch(k -> k.contains("diagnosis-osa")), removed.toString());
        assertTrue(added.stream().anyMatch(k -> k.contains("new-ahi")), added.toString());
        String text = new DiffReport().text(d);
        assertTrue(text.contains("ahi 5 to under 15"), text);
    }

    @Test
    void theHistoryPrintsEachEntrysOwnDateAndNumber() {
        String md = new GuidelineRenderer().render(G, LocalDate.parse("2022-06-01"), GuidelineRenderer.Format.MD);
        assertTrue(md.contains(GuidelineRenderer.published(LocalDate.parse("2022-03-01")) + " R3 Revision Effective Date: 01/01/2022"), md);
    }

    @Test
    void theEncodingNotesSayWhatTheFileAddsToThePublishedWords() {
        String md = new GuidelineRenderer().render(G, LocalDate.parse("2022-06-01"), GuidelineRenderer.Format.MD);
        for (String note : List.of(
                "Reading of the HCPCS codes: the codes that bill a CPAP device",
                "Reading of HCPCS E0601: named by the policy article, not by the decision",
                "Reading of ICD-10-CM G47.33 in `osa`: the text names the condition, not its code",
                "Closed-world: the request's `diagnoses` are the whole record",
                "Applies to these lines of business only: MEDICARE (Medicare Part A and Part B)",
                "takes effect on " + GuidelineRenderer.published(LocalDate.parse("2022-01-01")))) {
            assertTrue(md.contains(note), () -> note + " in\n" + md);
        }
        String unknown = new GuidelineRenderer().render(G, LocalDate.parse("2021-06-01"), GuidelineRenderer.Format.MD);
        assertTrue(unknown.contains("is not known from 2021-01-01 to 2022-01-01: that version is not stored"), unknown);
        assertEquals(1, G.asOf(LocalDate.parse("2021-06-01")).unknownPeriods().size());
    }
}
