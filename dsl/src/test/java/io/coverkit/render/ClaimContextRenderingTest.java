package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diff.Change;
import io.coverkit.diff.GuidelineDiff;
import io.coverkit.diff.RevisionDiff;
import io.coverkit.dsl.Snippets;
import io.coverkit.model.Guideline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Code groups, code scopes and outcome statements as a reader sees them: the group's caption
 * printed over its codes, a scope's heading and text where it was written, an outcome statement's
 * text with its criteria, and the encoding notes saying what each statement decides; and the
 * revision diff saying which group a code is in.
 */
class ClaimContextRenderingTest {

    private static final String POLICY = """
            guideline('01-00000-00') {
                title 'Airway devices'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    notCoveredAsSubmitted('Claims for A9279 are denied as statutorily non-covered.', id: 'a9279') {
                        billed 'A9279'
                    }
                    coveredUnderStudy('Covered in a CED study.', study: 'ced', id: 'ced') {
                        age min: 18, text: 'Adult beneficiaries'
                    }
                    allOf {
                        modifier 'KX', text: 'The claim carries the KX modifier.'
                        forCodes('E0470', heading: 'Bi-level devices', text: 'For E0470, all of:') {
                            age min: 18, text: 'The beneficiary is an adult.'
                        }
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                        code 'A9279'
                    }
                    codes('HCPCS', group: 'bilevel', caption: 'Bi-level devices (group 2):') {
                        code 'E0470'
                        code 'E0471'
                    }
                    codes('HCPCS', group: 'rental') {
                        code 'E0472', added: '2024-01-01'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                    revision '2024-01-01', 'Added E0472.'
                }
            }
            """;

    private final Guideline guideline = Snippets.validated(POLICY);

    @Test
    void groupsScopesAndStatementsReadAsWritten() {
        String page = new GuidelineRenderer().markdown(guideline.asOf(LocalDate.of(2023, 1, 1)));
        assertTrue(page.contains("Bi-level devices (group 2):"), page);
        assertTrue(page.contains("Claims for A9279 are denied as statutorily non-covered."), page);
        assertTrue(page.contains("Covered in a CED study."), page);
        assertTrue(page.indexOf("Bi-level devices") < page.indexOf("For E0470, all of:"), page);
        assertTrue(page.contains("The beneficiary is an adult."), page);
        assertTrue(page.contains("Statement `a9279` (`notCoveredAsSubmitted`) decides NOT_COVERED_AS_SUBMITTED when its criteria hold."),
                page);
        assertTrue(page.contains("Criterion `billed-a9279` of `a9279` (billed A9279): its words are part of another line of the text."),
                page);
        assertTrue(page.contains("Code group `bilevel`: HCPCS E0470, HCPCS E0471."), page);
    }

    @Test
    void theDiffSaysWhichGroupACodeIsIn() {
        RevisionDiff diff = new GuidelineDiff().between(guideline, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        List<Change> added = diff.changes().stream().filter(c -> c.key().equals("code/HCPCS/E0472")).toList();
        assertEquals(1, added.size(), diff.changes()::toString);
        assertEquals(Change.Kind.ADDED, added.get(0).kind());
        assertTrue(added.get(0).after().contains("[group rental]"), added.get(0)::toString);
    }
}
