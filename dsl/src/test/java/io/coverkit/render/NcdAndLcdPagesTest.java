package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.Snippets;
import io.coverkit.model.Guideline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An NCD laid out as the coverage database's NCD page (the cms-ncd template with sections of its
 * own) and an LCD's coding information printed as its code tables.
 */
class NcdAndLcdPagesTest {

    private static final String NCD_PAGE = """
            guideline('ncd-999.9') {
                template 'cms-ncd'
                documentType 'NATIONAL COVERAGE DETERMINATION (NCD)'
                title 'Test Therapy'
                documentNumber '999.9'
                originalEffectiveDate '2008-03-13'
                section('Tracking Information') {
                    field 'Publication Number', '100-3'
                }
                positionStatement(heading: 'B. Nationally Covered Indications') {
                    paragraph 'Covered when:'
                    allOf {
                        fact 'evaluated', text: 'The beneficiary was evaluated.'
                    }
                }
                section('C. Nationally Non-covered Indications') {
                    paragraph 'Nothing else.'
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                    }
                }
                updateHistory {
                    revision '2008-03-13', 'Version 3.'
                }
            }
            """;

    private static final String LCD_CODES = """
            guideline('l99998') {
                template 'cms-lcd'
                documentType 'LOCAL COVERAGE DETERMINATION (LCD)'
                title 'Test Supplies'
                documentNumber 'L99998'
                originalEffectiveDate '2015-10-01'
                section('Coverage') {
                    allOf {
                        fact 'evaluated', text: 'The beneficiary was evaluated.'
                    }
                }
                billingCoding(heading: 'Coding Information') {
                    paragraph 'Group 1 Codes'
                    codes('HCPCS') {
                        code 'E0424', 'STATIONARY SYSTEM'
                    }
                    paragraph 'Group 2 Codes'
                    codes('HCPCS') {
                        code 'A4615', 'CANNULA, NASAL'
                    }
                    paragraph 'N/A'
                }
                updateHistory {
                    revision '2015-10-01', 'R1.'
                }
            }
            """;

    @Test
    void anNcdWithSectionsPrintsThePageInWrittenOrderWithoutCodesItDoesNotHead() {
        Guideline g = Snippets.valid(NCD_PAGE);
        String md = new GuidelineRenderer().markdown(g);
        String document = md.substring(0, md.indexOf("## " + EncodingNotes.HEADING));
        assertEquals(FaithfulRenderingTest.words("""
                NATIONAL COVERAGE DETERMINATION (NCD)
                Test Therapy
                999.9
                Tracking Information
                Publication Number
                100-3
                B. Nationally Covered Indications
                Covered when:
                The beneficiary was evaluated.
                C. Nationally Non-covered Indications
                Nothing else.
                """), FaithfulRenderingTest.words(document));
        assertFalse(document.contains("Decision Summary"), document);
        assertTrue(md.substring(md.indexOf(EncodingNotes.HEADING)).contains("E0601"), "the codes go to the encoding notes");
    }

    @Test
    void anNcdWithoutSectionsKeepsTheDecisionMemoLayout() {
        // The same NCD without its own sections: the sections' lines are dropped line by line.
        String memo = String.join("\n", NCD_PAGE.lines()
                .filter(l -> !l.contains("Tracking Information") && !l.contains("Publication Number")
                        && !l.contains("C. Nationally Non-covered") && !l.contains("Nothing else."))
                .toList());
        memo = memo.replace("originalEffectiveDate '2008-03-13'\n    }\n", "originalEffectiveDate '2008-03-13'\n")
                .replace("    }\n    }\n    billingCoding", "    }\n    billingCoding");
        Guideline g = Snippets.valid(memo);
        String md = new GuidelineRenderer().markdown(g);
        assertTrue(md.contains("## B. Nationally Covered Indications"), md);
        assertFalse(md.contains("Tracking Information"), md);
    }

    @Test
    void anLcdsHeadedCodingInformationPrintsEachGroupAsACodeTableWhereItIsWritten() {
        Guideline g = Snippets.valid(LCD_CODES);
        String md = new GuidelineRenderer().markdown(g);
        String document = md.substring(0, md.indexOf("## " + EncodingNotes.HEADING));
        List<String> words = FaithfulRenderingTest.words(document.substring(document.indexOf("## Coding Information")));
        assertEquals(FaithfulRenderingTest.words("""
                Coding Information
                Group 1 Codes
                Code Description
                E0424 STATIONARY SYSTEM
                Group 2 Codes
                Code Description
                A4615 CANNULA, NASAL
                N/A
                """), words);
    }

    @Test
    void anLcdWhoseCodesHaveNoHeadingKeepsTheGenericCodeList() {
        Guideline g = Snippets.valid(LCD_CODES.replace("billingCoding(heading: 'Coding Information')", "billingCoding"));
        String md = new GuidelineRenderer().markdown(g);
        assertTrue(md.contains("HCPCS Coding:"), md);
        assertFalse(md.contains("| Code | Description |"), md);
    }
}
