package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.TherapyClass;
import io.coverkit.validate.GuidelineValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The therapy class registry ({@code therapyClass}, {@code member}) and the criteria that name its
 * classes ({@code therapyClass:}, {@code distinct:}): what they build, and every misuse as a
 * diagnostic at its line and column.
 */
class TherapyClassDiagnosticsTest {

    /**
     * A pharmacy policy; line 5 is the first registry line, line 9 the criterion, both replaced by
     * the tests.
     */
    private static String policy(String registry, String criterion) {
        return """
                guideline('01-00000-00') {
                    title 'Test guideline'
                    originalEffectiveDate '2020-01-01'
                    positionStatement {
                %s
                        therapyClass 'phototherapy', text: 'phototherapy', kind: 'procedure'
                        therapyClass 'first-line', text: 'first-line drugs indicated for diagnosis'
                        allOf {
                            %s
                        }
                    }
                    drugList {
                        drug 'Enbrel', status: 'preferred', drugClass: 'systemic-inflammatory'
                        drug 'Cimzia', status: 'non-preferred', drugClass: 'systemic-inflammatory'
                    }
                    updateHistory {
                        revision '2020-01-01', 'New.'
                    }
                }
                """.formatted(registry, criterion);
    }

    private static final String TNF = "        therapyClass('tnf-inhibitors', text: 'TNF inhibitors') { member 'enbrel'; member 'cimzia' }";

    private static List<Snippets.At> validate(String text) {
        Guideline g = Snippets.valid(text);
        return Snippets.positions(new GuidelineValidator().validate(g));
    }

    private static Diagnostic onlyValidation(String text) {
        List<Diagnostic> found = new GuidelineValidator().validate(Snippets.valid(text));
        assertEquals(1, found.size(), () -> String.join("\n", Snippets.render(found)));
        return found.get(0);
    }

    @Test
    void aRegistryIsBuiltApartFromTheDrugList() {
        Guideline g = Snippets.validated(policy(TNF, "tried therapyClass: 'tnf-inhibitors', preferred: true, outcome: 'failure', atLeast: 90.days"));
        List<TherapyClass> classes = g.positionStatement().therapyClasses();
        assertEquals(List.of("tnf-inhibitors", "phototherapy", "first-line"), classes.stream().map(TherapyClass::id).toList());
        assertEquals(List.of("enbrel", "cimzia"), classes.get(0).members());
        assertEquals(TherapyClass.Kind.PROCEDURE, classes.get(1).kind());
        assertEquals(List.of(), classes.get(2).members(), "a class without a block has no members: the request names it");
        assertEquals(2, g.formulary().drugs().size(), "the registry adds nothing to the drug list");
        MemberCriterion tried = g.positionStatement().memberCriteria().get(0);
        assertEquals("tried-preferred-tnf-inhibitors-failure-90-days", tried.id());
        assertEquals("tnf-inhibitors", ((MemberCriterion.Tried) tried.test()).filter().therapyClass());
    }

    @Test
    void distinctCountsDifferentTherapiesAndNamesTheId() {
        Guideline g = Snippets.validated(policy("", "tried therapyClass: 'first-line', distinct: 2, outcome: 'failure', atLeast: 90.days"));
        MemberCriterion tried = g.positionStatement().memberCriteria().get(0);
        assertEquals(2, ((MemberCriterion.Tried) tried.test()).needed());
        assertEquals("tried-first-line-failure-90-days-2-different", tried.id());
    }

    @Test
    void aClassOnlyCriterionNeedsNoDrugList() {
        // a procedure guideline (phototherapy's CPT code) may run step therapy through a registry class
        String text = policy("", "tried therapyClass: 'phototherapy', outcome: 'failure', atLeast: 90.days")
                .replaceAll("(?s)    drugList \\{.*?\\n    \\}\\n", "    billingCoding {\n        codes('CPT') {\n            code '96910'\n        }\n    }\n");
        assertTrue(!text.contains("drugList"));
        Snippets.validated(text);
    }

    @Test
    void anUndeclaredClassIsNamedWithTheDeclaredOnes() {
        Diagnostic d = onlyValidation(policy("", "tried therapyClass: 'phototherapies', atLeast: 90.days"));
        assertEquals(at(DiagnosticCode.C022, 9, 13), at(d.code(), d.at().line(), d.at().column()));
        assertTrue(d.message().contains("no therapy class `phototherapies` is declared"), d.message());
        assertTrue(d.format().contains("first-line, phototherapy"), d.format());
    }

    @Test
    void aClassWithADrugOrADrugListClassIsContradictory() {
        assertEquals(List.of(at(DiagnosticCode.C023, 9, 13)), validate(policy(TNF, "tried therapyClass: 'tnf-inhibitors', drug: 'enbrel'")));
        assertEquals(List.of(at(DiagnosticCode.C023, 9, 13)),
                validate(policy(TNF, "taking therapyClass: 'tnf-inhibitors', drugClass: 'systemic-inflammatory'")));
    }

    @Test
    void aProcedureClassAdmitsNoDrugListFilter() {
        Diagnostic d = onlyValidation(policy("", "tried therapyClass: 'phototherapy', preferred: true"));
        assertEquals(DiagnosticCode.C023, d.code());
        assertEquals(9, d.at().line());
        assertTrue(d.message().contains("holds procedure therapies"), d.message());
    }

    @Test
    void distinctWithTotalOrOneDrugIsContradictory() {
        assertEquals(List.of(at(DiagnosticCode.C023, 9, 13)),
                validate(policy("", "tried therapyClass: 'first-line', distinct: 2, total: true, atLeast: 90.days")));
        assertEquals(List.of(at(DiagnosticCode.C023, 9, 13)), validate(policy("", "tried drug: 'enbrel', distinct: 2")));
    }

    @Test
    void distinctBelowTwoIsAValueErrorAtItsColumn() {
        Snippets.assertExactly(Snippets.read(policy("", "tried therapyClass: 'first-line', distinct: 1")), at(DiagnosticCode.V005, 9, 57));
    }

    @Test
    void anUnknownKindIsAValueErrorAtItsColumn() {
        Snippets.assertExactly(Snippets.read(policy("        therapyClass 'laser', text: 'laser', kind: 'laser'", "taking therapyClass: 'laser'")),
                at(DiagnosticCode.V005, 5, 52));
    }

    @Test
    void aClassDeclaredTwiceOrAMemberListedTwiceIsADuplicate() {
        Snippets.assertExactly(Snippets.read(policy("        therapyClass 'phototherapy', text: 'again'", "taking therapyClass: 'phototherapy'")),
                at(DiagnosticCode.C001, 6, 9));
        Snippets.assertExactly(Snippets.read(policy("        therapyClass('tnf', text: 'TNF') { member 'enbrel'; member 'enbrel' }",
                "taking therapyClass: 'tnf'")), at(DiagnosticCode.C001, 5, 61));
    }

    @Test
    void aClassThatHoldsNoDrugsListsNoMembers() {
        Snippets.assertExactly(Snippets.read(policy("        therapyClass('light', text: 'light', kind: 'device') { member 'lamp' }",
                "taking therapyClass: 'light'")), at(DiagnosticCode.C023, 5, 64));
    }

    @Test
    void aRegistryClassMayNotTakeTheNameOfADrugListClass() {
        Diagnostic d = onlyValidation(policy("        therapyClass 'systemic-inflammatory', text: 'x'", "taking therapyClass: 'systemic-inflammatory'"));
        assertEquals(at(DiagnosticCode.C023, 5, 9), at(d.code(), d.at().line(), d.at().column()));
    }

    @Test
    void scopesNameAStatusAClassOrADiagnosisListThatExists() {
        Guideline g = Snippets.validated(policy(TNF + "\n        diagnosisCodes('colitis') { icd10 'K51' }",
                "forStatus('non-preferred') { forClass('tnf-inhibitors') { forDiagnosis('colitis') { taking therapyClass: 'phototherapy' } } }"));
        assertEquals(1, g.positionStatement().memberCriteria().size());
        Diagnostic unknownClass = onlyValidation(policy("", "forClass('tnf') { taking therapyClass: 'phototherapy' }"));
        assertEquals(at(DiagnosticCode.C022, 9, 13), at(unknownClass.code(), unknownClass.at().line(), unknownClass.at().column()));
        assertTrue(unknownClass.format().contains("no therapy class `tnf` is declared"), unknownClass.format());
        Diagnostic unknownList = onlyValidation(policy("", "forDiagnosis('colitis') { taking therapyClass: 'phototherapy' }"));
        assertTrue(unknownList.message().contains("no diagnosis list `colitis` is declared"), unknownList.message());
        Snippets.assertExactly(Snippets.read(policy("", "forStatus('preferred-only') { taking therapyClass: 'phototherapy' }")),
                at(DiagnosticCode.V005, 9, 23));
        Snippets.assertExactly(Snippets.read(policy("", "forDiagnosis('colitis')")), at(DiagnosticCode.R006, 9, 13));
    }

    @Test
    void forStatusNeedsADrugList() {
        String text = policy("", "forStatus('preferred') { tried therapyClass: 'phototherapy', atLeast: 90.days }")
                .replaceAll("(?s)    drugList \\{.*?\\n    \\}\\n", "    billingCoding {\n        codes('CPT') {\n            code '96910'\n        }\n    }\n");
        Diagnostic d = onlyValidation(text);
        assertEquals(DiagnosticCode.C022, d.code());
        assertTrue(d.message().contains("`forStatus` needs a `drugList`"), d.message());
    }

    @Test
    void aMemberOutsideAClassIsNotAllowedThere() {
        PolicyReader.Result result = Snippets.read(policy("        member 'enbrel'", "taking therapyClass: 'phototherapy'"));
        assertEquals(List.of(DiagnosticCode.R002), result.diagnostics().stream().map(Diagnostic::code).toList(),
                () -> String.join("\n", Snippets.render(result.diagnostics())));
    }
}
