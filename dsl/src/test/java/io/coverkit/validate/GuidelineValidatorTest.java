package io.coverkit.validate;

import static io.coverkit.dsl.Snippets.MINIMAL;
import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.inserting;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Severity;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.Snippets;
import io.coverkit.dsl.Snippets.At;
import io.coverkit.model.Guideline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator checks what no single clause can, at the clause that is wrong. */
class GuidelineValidatorTest {

    private final GuidelineValidator validator = new GuidelineValidator();

    private List<Diagnostic> validate(String text) {
        return validator.validate(Snippets.valid(text));
    }

    private List<Diagnostic> validate(String file, String text) {
        PolicyReader.Result result = new PolicyReader().read(file, text);
        assertEquals(List.of(), Snippets.render(result.diagnostics()));
        return validator.validate(result.guideline().orElseThrow());
    }

    private static Diagnostic only(List<Diagnostic> diagnostics, At expected) {
        assertEquals(List.of(expected), Snippets.positions(diagnostics), () -> String.join("\n", Snippets.render(diagnostics)));
        return diagnostics.get(0);
    }

    @Test
    void theMinimalPolicyIsClean() {
        assertEquals(List.of(), validate(MINIMAL));
    }

    @Test
    void duplicateIndicationId() {
        Diagnostic d = only(validate(inserting(7, "            indication 'Implanted fiducial markers'")),
                at(DiagnosticCode.C001, 7, 13));
        assertEquals("indication `implanted-fiducial-markers` is given twice", d.message());
        assertTrue(d.help().startsWith("the first is at line 6;"), d.help());
        assertEquals(Severity.ERROR, d.severity());
    }

    @Test
    void duplicateIndicationIdGivenExplicitly() {
        only(validate(inserting(7, "            indication 'Fiducials', id: 'implanted-fiducial-markers'")),
                at(DiagnosticCode.C001, 7, 13));
    }

    @Test
    void duplicateIndicationIdAcrossNestedBlocks() {
        only(validate(inserting(7, "            allOf {", "                indication 'Implanted fiducial markers'", "            }")),
                at(DiagnosticCode.C001, 8, 17));
    }

    @Test
    void duplicateDocumentRequirementAndProgramException() {
        only(validate(inserting(15, "            requiresDocument loinc: '28626-0' within 3.months")), at(DiagnosticCode.C001, 15, 13));
        Diagnostic d = only(validate(inserting(19, "        exception 'FEP', id: 'federal'")), at(DiagnosticCode.C001, 19, 9));
        assertEquals("program exception for line of business `FEP` is given twice", d.message());
    }

    @Test
    void revisionOutOfOrder() {
        Diagnostic d = only(validate(inserting(22, "        revision '2022-01-01', 'B.'", "        revision '2021-01-01', 'C.'")),
                at(DiagnosticCode.C002, 23, 9));
        assertEquals("revision 2021-01-01 comes after 2022-01-01; the update history lists each date once, oldest first",
                d.message());
    }

    @Test
    void revisionDateRepeated() {
        only(validate(inserting(22, "        revision '2020-01-01', 'Again.'")), at(DiagnosticCode.C002, 22, 9));
    }

    @Test
    void revisedDateDisagreesWithTheNewestRevision() {
        Diagnostic d = only(validate(inserting(4, "    revised '2021-06-01'")), at(DiagnosticCode.C003, 22, 9));
        assertEquals("the newest revision is dated 2020-01-01 but the guideline says it was revised 2021-06-01", d.message());
        assertEquals(List.of(), validate(inserting(4, "    revised '2020-01-01'")));
    }

    @Test
    void revisedDateIsCheckedAgainstTheNewestNotTheLastWritten() {
        // written out of order: C002 for the order, and the newest (2022) is the one `revised` must match
        List<Diagnostic> d = validate(inserting(4, "    revised '2022-01-01'")
                .replace("        revision '2020-01-01', 'New.'\n",
                        "        revision '2020-01-01', 'New.'\n        revision '2022-01-01', 'B.'\n        revision '2021-01-01', 'C.'\n"));
        assertEquals(List.of(at(DiagnosticCode.C002, 24, 9)), Snippets.positions(d));
    }

    @Test
    void originalEffectiveDateDisagreesWithTheFirstRevision() {
        Diagnostic d = only(validate(replacing(3, "    originalEffectiveDate '2019-01-01'")), at(DiagnosticCode.C003, 21, 9));
        assertEquals("the first revision is dated 2020-01-01 but the original effective date is 2019-01-01", d.message());
    }

    @Test
    void committeeApprovalDisagreesWithTheReviewDate() {
        Diagnostic d = only(validate(inserting(4, "    reviewed '2021-01-01'", "    committeeApproval 'Approved.', date: '2021-02-01'")),
                at(DiagnosticCode.C003, 5, 5));
        assertEquals(Severity.WARNING, d.severity());
    }

    @Test
    void requirementWindowDisagreesWithItsModifier() {
        String text = replacing(14, String.join("\n",
                "            timeFrameModifier '18805-2', within: 6.months, narrative: 'Six months or fewer.'",
                "            requiresDocument loinc: '28626-0', timeFrame: '18805-2' within 3.months"));
        Diagnostic d = only(validate(text), at(DiagnosticCode.C004, 15, 13));
        assertEquals("document `28626-0` is required within 3 months but its modifier `18805-2` means 6 months", d.message());
    }

    @Test
    void requirementWindowAgreeingWithItsModifier() {
        String text = replacing(14, String.join("\n",
                "            timeFrameModifier '18805-2', within: 6.months, narrative: 'Six months or fewer.'",
                "            requiresDocument loinc: '28626-0', timeFrame: '18805-2' within 6.months"));
        assertEquals(List.of(), validate(text));
    }

    @Test
    void undeclaredModifier() {
        Diagnostic d = only(validate(replacing(14, "            requiresDocument loinc: '28626-0', timeFrame: '18805-2' within 6.months")),
                at(DiagnosticCode.C005, 14, 13));
        assertEquals("time frame modifier `18805-2` is not declared", d.message());
        assertTrue(d.help().startsWith("declare it with `timeFrameModifier '18805-2'"), d.help());
    }

    @Test
    void duplicateCode() {
        Diagnostic d = only(validate(inserting(12, "            code '77387'")), at(DiagnosticCode.C006, 12, 13));
        assertEquals("code `CPT 77387` is given twice", d.message());
    }

    @Test
    void aCodeMustMatchItsSystemsFormat() {
        only(validate(inserting(13, "        codes('HCPCS') {", "            code '77387'", "        }")), at(DiagnosticCode.C016, 14, 13));
        only(validate(MINIMAL.replace("code '77387'", "code 'G6001'")), at(DiagnosticCode.C016, 11, 13));
        assertEquals(List.of(), validate(MINIMAL.replace("code '77387'", "code '0197T'")), "category III codes end in T");
    }

    @Test
    void theSameIndicationTextUnderTwoIdsIsReported() {
        only(validate(inserting(7, "            indication 'Implanted fiducial markers', id: 'markers'")), at(DiagnosticCode.C017, 7, 13));
    }

    @Test
    void aClauseMayBeRewordedByDeletingItAndAddingItAgainOnOneRevisionDate() {
        String reworded = inserting(7, "            indication 'Implanted fiducial markers.', id: 'implanted-fiducial-markers', added: '2026-05-15'")
                .replace("            indication 'Implanted fiducial markers'\n",
                        "            indication 'Implanted fiducial markers', deleted: '2026-05-15'\n");
        assertTrue(validate(reworded).stream().noneMatch(d -> d.code() == DiagnosticCode.C001), validate(reworded).toString());
    }

    @Test
    void noCodes() {
        only(validate(MINIMAL.replace("            code '77387'\n", "")), at(DiagnosticCode.C007, 9, 5));
    }

    @Test
    void tooManyIndications() {
        // the minimal policy has one indication already
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < GuidelineValidator.MAX_INDICATIONS; i++) {
            lines.add("            indication 'Indication number " + i + "'");
        }
        assertEquals(List.of(), validate(inserting(7, lines.toArray(String[]::new))), "64 indications are allowed");
        lines.add("            indication 'One too many'");
        Diagnostic d = only(validate(inserting(7, lines.toArray(String[]::new))), at(DiagnosticCode.C010, 4, 5));
        assertEquals("the position statement has 65 indications; at most 64 are supported", d.message());
    }

    @Test
    void fileNamedDifferentlyFromTheGuideline() {
        Diagnostic d = only(validate("policies/other-name.groovy", MINIMAL), at(DiagnosticCode.C009, 1, 1));
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("guideline `01-00000-00` is in file `other-name.groovy`; name the file after the guideline", d.message());
        assertEquals("policies/other-name.groovy", d.at().file());
    }

    @Test
    void fileNameMustMatchWholly() {
        only(validate("01-00000-000.groovy", MINIMAL), at(DiagnosticCode.C009, 1, 1));
        only(validate("01-00000-00-draft.groovy", MINIMAL), at(DiagnosticCode.C009, 1, 1));
        assertEquals(List.of(), validate("some/dir/01-00000-00.groovy", MINIMAL));
        assertEquals(List.of(), validate("<string>", MINIMAL), "only policy files are named after guidelines");
    }

    @Test
    void everyProblemIsReportedSortedByLocation() {
        String text = replacing(3, "    originalEffectiveDate '2019-01-01'")
                .replace("            code '77387'\n", "            code '77387'\n            code '77387'\n")
                .replace("            indication 'Implanted fiducial markers'\n",
                        "            indication 'Implanted fiducial markers'\n            indication 'Implanted fiducial markers'\n");
        List<Diagnostic> d = validator.validate(new PolicyReader().read("misnamed.groovy", text).guideline().orElseThrow());
        assertEquals(List.of(at(DiagnosticCode.C009, 1, 1), at(DiagnosticCode.C001, 7, 13), at(DiagnosticCode.C006, 13, 13),
                at(DiagnosticCode.C003, 23, 9)), Snippets.positions(d));
    }

    @Test
    void validatesAModelBuiltInCode() {
        Guideline g = Snippets.valid(MINIMAL);
        Guideline moved = new Guideline(g.id(), g.title(), g.originalEffectiveDate(), g.reviewed(), g.revised(), g.disclaimer(),
                g.description(), g.positionStatement(), g.billing(), g.reimbursement(), g.programExceptions(), g.definitions(),
                g.relatedGuidelines(), g.other(), g.references(), g.committeeApproval(), g.revisions(), g.unknownPeriods(), g.corrections(),
                g.formulary(), g.authorization(), g.sections(), g.layout(), g.sourceDigest(),
                io.coverkit.model.SourceRef.UNKNOWN);
        assertEquals(List.of(), validator.validate(moved));
    }
}
