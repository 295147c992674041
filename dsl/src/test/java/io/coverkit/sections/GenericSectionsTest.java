package io.coverkit.sections;

import static io.coverkit.dsl.Snippets.assertExactly;
import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.dsl.Snippets;
import io.coverkit.eval.CompiledGuideline;
import io.coverkit.model.AllOf;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generic sections ({@code section('heading') { ... }}): criteria may live in any section, and the
 * decision requires every section's criteria together with the position statement's, the position
 * statement's first, then each section's in written order; a section deleted by a revision drops
 * out of the decision with its criteria.
 */
class GenericSectionsTest {

    /** A position statement plus two sections with criteria, one nested, one dated. Line numbers matter. */
    static final String POLICY = """
            guideline('01-00000-00') {
                title 'Test guideline'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        fact 'symptomatic', text: 'Symptomatic'
                    }
                }
                section('Coverage Indications, Limitations, and/or Medical Necessity') {
                    paragraph 'For any item to be covered, all of the following:'
                    section('INITIAL COVERAGE:') {
                        allOf {
                            fact 'evaluated', text: 'Evaluated in person'
                        }
                    }
                    anyOf {
                        fact 'instructed', text: 'Instructed in use'
                        fact 'caregiver-instructed', text: 'Caregiver instructed in use'
                    }
                }
                section('Retired criteria', deleted: '2024-01-01') {
                    allOf {
                        fact 'old-rule', text: 'An old rule'
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                    revision '2024-01-01', 'Deleted the retired criteria.'
                }
            }
            """;

    private static final CompiledGuideline COMPILED = new GuidelineCompiler().compile(Snippets.valid(POLICY));

    private static CoverageRequestBuilder request(String date) {
        return CoverageRequest.builder(LocalDate.parse(date), LineOfBusiness.COMMERCIAL).hcpcs("E0601");
    }

    @Test
    void theDecisionJoinsThePositionStatementAndEverySectionInWrittenOrder() {
        Guideline g = Snippets.valid(POLICY);
        AllOf joined = (AllOf) g.decision().criteria();
        assertEquals(List.of(5, 9, 22), joined.criteria().stream().map(c -> c.at().line()).toList(),
                "the position statement's block, then each section's, in written order");
        assertEquals(List.of(12, 16), ((AllOf) joined.criteria().get(1)).criteria().stream().map(c -> c.at().line()).toList(),
                "within a section: the sub-section's block where it is written, then the section's own");
        assertEquals(2, g.asOf(LocalDate.parse("2024-01-01")).decision().criteria() instanceof AllOf all
                ? all.criteria().size() : -1, "the deleted section leaves the decision");
        assertEquals(g.asOf(LocalDate.parse("2024-01-01")).decision(), g.decisionOn(LocalDate.parse("2024-01-01")));
    }

    @ParameterizedTest(name = "{0}: statement {1}, evaluated {2}, instructed {3}, old rule {4} -> {5}")
    @CsvSource({
        "2024-06-01, true, true, true, , MEETS_MEDICAL_NECESSITY",
        "2024-06-01, false, true, true, , NOT_MEDICALLY_NECESSARY",
        "2024-06-01, true, false, true, , NOT_MEDICALLY_NECESSARY",
        "2024-06-01, true, true, false, , NOT_MEDICALLY_NECESSARY",
        "2024-06-01, true, true, , , NEEDS_MORE_INFORMATION",
        "2023-06-01, true, true, true, true, MEETS_MEDICAL_NECESSITY",
        "2023-06-01, true, true, true, false, NOT_MEDICALLY_NECESSARY",
        "2023-06-01, true, true, true, , NEEDS_MORE_INFORMATION",
    })
    void everyCriterionOfEverySectionMustHold(String date, Boolean statement, Boolean evaluated, Boolean instructed,
            Boolean oldRule, Outcome expected) {
        CoverageRequestBuilder r = request(date);
        if (statement != null) {
            r.fact("symptomatic", statement);
        }
        if (evaluated != null) {
            r.fact("evaluated", evaluated);
        }
        if (instructed != null) {
            r.fact("instructed", instructed).fact("caregiver-instructed", false);
        }
        if (oldRule != null) {
            r.fact("old-rule", oldRule);
        }
        CoverageRequest request = r.build();
        assertEquals(expected, COMPILED.decide(request).outcome());
        assertEquals(expected, COMPILED.outcome(request), "the outcome-only path agrees");
    }

    @Test
    void aSectionsFindingsNameTheSectionTheyAreWrittenIn() {
        var d = COMPILED.decide(request("2024-06-01").fact("symptomatic", true).fact("evaluated", true)
                .fact("instructed", true).build());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome());
        Finding evaluated = d.findings().stream().filter(f -> f.ref().equals("evaluated")).findFirst().orElseThrow();
        assertEquals("INITIAL COVERAGE:", evaluated.section());
        Finding instructed = d.findings().stream().filter(f -> f.ref().equals("instructed")).findFirst().orElseThrow();
        assertEquals("Coverage Indications, Limitations, and/or Medical Necessity", instructed.section());
        Finding statement = d.findings().stream().filter(f -> f.ref().equals("symptomatic")).findFirst().orElseThrow();
        assertEquals("POSITION STATEMENT", statement.section());
        assertTrue(d.findings().stream().noneMatch(f -> f.kind() == FindingKind.NO_INDICATION_MET), d.findings().toString());
    }

    @Test
    void withoutAPositionStatementTheSectionsDecideAlone() {
        String noStatement = POLICY.replace("""
                    positionStatement {
                        allOf {
                            fact 'symptomatic', text: 'Symptomatic'
                        }
                    }
                """, "");
        CompiledGuideline compiled = new GuidelineCompiler().compile(Snippets.validated(noStatement));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, compiled.decide(request("2024-06-01").fact("evaluated", true)
                .fact("instructed", true).build()).outcome());
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, compiled.decide(request("2024-06-01").fact("evaluated", false)
                .fact("instructed", true).build()).outcome());
    }

    @Test
    void theDiffNamesTheSectionAndItsCriteria() {
        Guideline g = Snippets.valid(POLICY);
        String text = new io.coverkit.diff.DiffReport().text(new io.coverkit.diff.GuidelineDiff()
                .between(g, LocalDate.parse("2023-06-01"), LocalDate.parse("2024-06-01")));
        assertTrue(text.contains("position statement: changed"), text);
        assertTrue(text.contains("- section Retired criteria"), text);
        assertTrue(text.contains("- criterion old-rule: fact old-rule: An old rule"), text);
        String reworded = new io.coverkit.diff.DiffReport().text(new io.coverkit.diff.GuidelineDiff().between(
                Snippets.valid(POLICY.replace("paragraph 'For any item to be covered, all of the following:'",
                        "paragraph 'For any item to be covered, all of the following:', deleted: '2024-01-01'\n"
                                + "        paragraph 'For any item to be covered, each of the following:', added: '2024-01-01'")),
                LocalDate.parse("2023-06-01"), LocalDate.parse("2024-06-01")));
        assertTrue(reworded.contains("~ Coverage Indications, Limitations, and/or Medical Necessity paragraph 1: "
                + "For any item to be covered, [-all-] {+each+} of the following:"), reworded);
    }

    @Test
    void aSectionWithProseOnlyDecidesNothing() {
        String prose = Snippets.MINIMAL.replace("    billingCoding {", """
                    section('Summary of Evidence') {
                        paragraph 'N/A'
                    }
                    billingCoding {""");
        Guideline g = Snippets.valid(prose);
        assertEquals(Snippets.valid(Snippets.MINIMAL).positionStatement().criteria(), g.decision().criteria());
        assertEquals(1, g.sections().size());
    }

    @Test
    void aGuidelineWithoutCriteriaAnywhereIsAnErrorAtItsStart() {
        String none = Snippets.MINIMAL.replace("""
                    positionStatement {
                        anyOf {
                            indication 'Implanted fiducial markers'
                        }
                    }
                """, """
                    section('Summary of Evidence') {
                        paragraph 'N/A'
                    }
                """);
        var result = read(none);
        assertExactly(result, at(DiagnosticCode.R008, 1, 1));
        assertEquals("a `guideline` needs criteria: a `positionStatement`, or a `section` holding `allOf` or `anyOf`",
                result.diagnostics().get(0).message());
    }

    private static String inSection(String... lines) {
        return Snippets.inserting(9, concat("    section('Document Information') {", lines, "    }"));
    }

    private static String[] concat(String first, String[] middle, String last) {
        String[] all = new String[middle.length + 2];
        all[0] = first;
        System.arraycopy(middle, 0, all, 1, middle.length);
        all[all.length - 1] = last;
        return all;
    }

    @Test
    void aFieldWithoutAValueMustBeOneTheTemplateSupplies() {
        var result = read(inSection("        field 'Notice Period Start Date'"));
        assertExactly(result, at(DiagnosticCode.R006, 10, 9));
        assertEquals("`field 'Notice Period Start Date'` needs its value", result.diagnostics().get(0).message());
        assertTrue(result.diagnostics().get(0).help().contains("LCD ID, LCD Title, Original Effective Date, Revision Effective Date"),
                result.diagnostics().get(0).help());
        Snippets.valid(inSection("        field 'LCD ID'", "        field 'Notice Period Start Date', '06/24/2021'"));
    }

    @Test
    void misusedSectionKeywordsAreReportedWhereWritten() {
        assertExactly(read(inSection("        section { paragraph 'x' }")), at(DiagnosticCode.R006, 10, 9));
        assertExactly(read(inSection("        section(42) { paragraph 'x' }")), at(DiagnosticCode.R004, 10, 17));
        assertExactly(read(inSection("        section('Heading')")), at(DiagnosticCode.R006, 10, 9));
        assertExactly(read(inSection("        indication 'Not here'")), at(DiagnosticCode.R002, 10, 9));
        assertExactly(read(inSection("        allOf { }")), at(DiagnosticCode.R008, 10, 15));
        assertExactly(read(inSection("        table { row 'a', 'b', 'c', 'd', 'e', 'f', 'g' }")), at(DiagnosticCode.R004, 10, 51));
        assertExactly(read(inSection("        table { columns 'a'\n columns 'b'\n row 'x' }")), at(DiagnosticCode.R007, 11, 2));
        assertExactly(read(inSection("        section('X', deleted: '2019-01-01', added: '2020-01-01') { paragraph 'x' }")),
                at(DiagnosticCode.V005, 10, 31));
    }
}
