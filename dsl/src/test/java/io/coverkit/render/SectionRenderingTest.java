package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.Snippets;
import io.coverkit.html.StrictHtml;
import io.coverkit.model.Guideline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code cms-lcd} template and generic sections on the page: the header, the document
 * information fields (those the template supplies, as of the date shown), sections nested one
 * heading level per level, prose, tables and criteria where written, and the coding information and
 * revision history where the policy puts them; the same words in Markdown and in strict HTML.
 */
class SectionRenderingTest {

    static final String LCD = """
            guideline('l99999') {
                template 'cms-lcd'
                documentType 'LOCAL COVERAGE DETERMINATION (LCD)'
                title 'Test Devices'
                documentNumber 'L99999'
                originalEffectiveDate '2015-10-01'
                section('Contractor Information') {
                    table {
                        columns 'Contractor Name', 'Jurisdiction'
                        row 'Some Contractor, LLC', 'J-B'
                        row 'Old Contractor, LLC', 'J-A', deleted: '2016-07-01'
                    }
                }
                section('LCD Information') {
                    section('Document Information') {
                        field 'LCD ID'
                        field 'LCD Title'
                        field 'Original Effective Date'
                        field 'Revision Effective Date'
                        field 'Notice Period Start Date', '06/24/2021'
                    }
                    section('Coverage Indications, Limitations, and/or Medical Necessity') {
                        paragraph 'Covered when criteria A - B are met:'
                        allOf {
                            fact 'evaluated', text: 'The beneficiary has an in-person clinical evaluation.'
                            fact 'instructed', text: 'The beneficiary has received instruction.'
                        }
                        heading 'REPLACEMENT:'
                        paragraph 'Prose after a sub-heading.'
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601', 'CONTINUOUS POSITIVE AIRWAY PRESSURE (CPAP) DEVICE'
                    }
                }
                section('General Information') {
                    paragraph 'Printed after the codes, where it is written.'
                }
                updateHistory(heading: 'Revision History Information') {
                    revision '2015-10-01', 'R1: first.'
                    revision '2016-07-01', 'R3: new contractors.'
                }
            }
            """;

    private static final Guideline G = Snippets.valid(LCD);

    private static List<String> words(String text) {
        return FaithfulRenderingTest.words(text);
    }

    @Test
    void theLcdPagePrintsEveryPartWhereThePolicyWritesIt() {
        String md = new GuidelineRenderer().markdown(G.asOf(LocalDate.parse("2016-07-01")));
        String document = md.substring(0, md.indexOf("## " + EncodingNotes.HEADING));
        assertEquals(words("""
                LOCAL COVERAGE DETERMINATION (LCD)
                Test Devices
                L99999
                Contractor Information
                Contractor Name | Jurisdiction
                Some Contractor, LLC | J-B
                LCD Information
                Document Information
                LCD ID L99999
                LCD Title Test Devices
                Original Effective Date For services performed on or after 10/01/2015
                Revision Effective Date For services performed on or after 07/01/2016
                Notice Period Start Date 06/24/2021
                Coverage Indications, Limitations, and/or Medical Necessity
                Covered when criteria A - B are met:
                The beneficiary has an in-person clinical evaluation.
                The beneficiary has received instruction.
                REPLACEMENT:
                Prose after a sub-heading.
                Coding Information
                HCPCS Coding:
                E0601 CONTINUOUS POSITIVE AIRWAY PRESSURE (CPAP) DEVICE
                General Information
                Printed after the codes, where it is written.
                Revision History Information
                Revision History Date | Revision History Explanation
                07/01/2016 | R3: new contractors.
                10/01/2015 | R1: first.
                """), words(document));
        assertTrue(document.contains("\n## Contractor Information\n"), document);
        assertTrue(document.contains("\n### Document Information\n"), document);
        assertTrue(document.contains("\n#### REPLACEMENT:\n"), document);
        assertTrue(document.contains("1. The beneficiary has an in-person clinical evaluation."), document);
    }

    @Test
    void anEarlierRevisionShowsItsOwnRevisionDateAndRows() {
        String md = new GuidelineRenderer().markdown(G.asOf(LocalDate.parse("2016-06-30")));
        assertTrue(md.contains("For services performed on or after 10/01/2015\n\nRevision Effective Date\n\n"
                + "For services performed on or after 10/01/2015"), md);
        assertTrue(md.contains("| Old Contractor, LLC | J-A |"), md);
        assertTrue(!md.contains("R3: new contractors."), md);
    }

    @Test
    void theHtmlPageShowsTheSameWordsAndIsStrict() throws Exception {
        for (String date : List.of("2015-10-01", "2016-07-01")) {
            String html = new GuidelineRenderer().render(G, LocalDate.parse(date), GuidelineRenderer.Format.HTML);
            assertEquals(List.of(), StrictHtml.problems(html));
            String md = new GuidelineRenderer().markdown(G.asOf(LocalDate.parse(date)));
            assertEquals(words(md.substring(0, md.indexOf("## " + EncodingNotes.HEADING))),
                    words(FaithfulRenderingTest.shownText(html)));
            assertTrue(html.contains("<ol type=\"1\" class=\"criteria\" data-logic=\"all\""), html);
        }
    }

    @Test
    void sectionsPrintAfterThePositionStatementInTheOtherTemplates() {
        String md = new GuidelineRenderer().markdown(Snippets.valid(Snippets.MINIMAL.replace("    billingCoding {", """
                    section('Coverage criteria') {
                        paragraph 'Also required:'
                        allOf {
                            fact 'instructed', text: 'Instructed in use'
                        }
                    }
                    billingCoding {""")));
        int statement = md.indexOf("Implanted fiducial markers");
        int section = md.indexOf("## Coverage criteria");
        int billing = md.indexOf("BILLING/CODING INFORMATION");
        assertTrue(statement > 0 && statement < section && section < billing, md);
        assertTrue(md.contains("Also required:\n\nInstructed in use"), md);
        assertTrue(md.contains("Decision: every criterion of the position statement and of the sections"), md);
    }
}
