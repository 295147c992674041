package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.Snippets;
import io.coverkit.model.Guideline;
import org.junit.jupiter.api.Test;

/**
 * The shape of a rendered document for criteria trees no stored guideline has: nesting, logic,
 * prose where it is written, statements, and the sections a template declares.
 */
class DocumentShapeTest {

    private static String markdown(String policy) {
        return new GuidelineRenderer().markdown(Snippets.valid(policy));
    }

    private static String html(String policy) {
        Guideline g = Snippets.valid(policy);
        return new GuidelineRenderer().render(g, GuidelineRenderer.Format.HTML);
    }

    private static final String NESTED = """
            guideline('01-00000-00') {
                template 'cms-ncd'
                title 'Test guideline'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    paragraph 'Covered when:'
                    anyOf {
                        allOf {
                            sex 'F', text: 'Female'
                            age min: 65, text: 'Aged 65 or over'
                        }
                        indication 'Implanted fiducial markers'
                        none {
                            paragraph 'Never when any of:'
                            fact 'pregnant', text: 'Pregnant'
                        }
                    }
                    paragraph 'Printed after the criteria, where it is written.'
                    experimental('Investigational for children:') {
                        age max: 17, text: 'Under 18', id: 'child'
                    }
                }
                billingCoding {
                    codes('CPT') {
                        code '77387'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    @Test
    void anAllOfInsideAnAnyOfNestsUnderOneItemInsteadOfJoiningTheAlternatives() {
        assertEquals("""
                Covered when:

                -
                  - Female
                  - Aged 65 or over
                - Implanted fiducial markers
                - Never when any of:
                  - Pregnant

                Printed after the criteria, where it is written.

                Investigational for children:

                Under 18
                """, markdown(NESTED).substring(markdown(NESTED).indexOf("Covered when:"),
                markdown(NESTED).indexOf("\n---\n")));
    }

    @Test
    void htmlLabelsEachListWithItsLogicAndAnchorsEachClause() {
        String html = html(NESTED);
        assertTrue(html.contains("<ul class=\"criteria\" data-logic=\"any\" data-label=\"any of these\">"), html);
        assertTrue(html.contains("<ul class=\"criteria\" data-logic=\"all\" data-label=\"all of these\">\n<li id=\"criterion/sex-f\">Female</li>"), html);
        assertTrue(html.contains("<li>Never when any of:\n<ul class=\"criteria\" data-logic=\"none\""), html);
        assertTrue(html.contains("<p id=\"experimental/investigational-for-children\">Investigational for children:</p>"), html);
    }

    @Test
    void aTemplatePrintsOnlyTheSectionsItDeclaresAndNotesTheRest() {
        String md = markdown(NESTED);
        String document = md.substring(0, md.indexOf("\n---\n"));
        assertFalse(document.contains("PROGRAM EXCEPTIONS") || document.contains("REIMBURSEMENT")
                || document.contains("77387") || document.contains("New."), document);
        assertTrue(document.startsWith("# Test guideline\n\n## Decision Summary\n"), document);
        String notes = md.substring(md.indexOf("\n---\n"));
        assertTrue(notes.contains("Codes in scope: CPT 77387."), notes);
        assertTrue(notes.contains("Revision 01/01/20: New."), notes);
    }

    @Test
    void aFloridaBlueGuidelinePrintsEverySectionEvenEmpty() {
        String md = new GuidelineRenderer().markdown(Snippets.valid(Snippets.MINIMAL));
        for (String heading : new String[] {"## DESCRIPTION:", "## POSITION STATEMENT:", "## BILLING/CODING INFORMATION:",
                "## REIMBURSEMENT INFORMATION:", "## PROGRAM EXCEPTIONS:", "## DEFINITIONS:", "## RELATED GUIDELINES:",
                "## OTHER:", "## REFERENCES:", "## GUIDELINE UPDATE INFORMATION:"}) {
            assertTrue(md.contains(heading + "\n"), heading);
        }
    }

    @Test
    void aSectionTakesThePublishersOwnHeading() {
        String md = markdown(NESTED.replace("positionStatement {", "positionStatement(heading: 'Decision') {"));
        assertTrue(md.contains("\n## Decision\n"), md);
    }
}
