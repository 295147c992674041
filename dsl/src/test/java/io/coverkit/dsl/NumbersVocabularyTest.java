package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Criterion;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Revision;
import io.coverkit.model.Validity;
import io.coverkit.validate.GuidelineValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keywords of numbers and versioning (issue 17): decimal and two-sided bounds, units, methods,
 * ratios, unknown intervals, effective dates and dated blocks. Each misuse is reported with its code
 * at the line and column where it was written.
 */
class NumbersVocabularyTest {

    /** A policy whose criteria (lines 6 on) and revision lines are given; two revisions, 2020 and 2022. */
    static String policy(String statementPrefix, String criteria, String history) {
        return """
                guideline('01-00000-00') {
                    title 'Test guideline'
                    originalEffectiveDate '2020-01-01'
                    positionStatement {
                %s        anyOf {
                %s
                        }
                    }
                    billingCoding {
                        codes('CPT') {
                            code '77387'
                        }
                    }
                    updateHistory {
                %s
                    }
                }
                """.formatted(statementPrefix, criteria, history);
    }

    static final String HISTORY = "        revision '2020-01-01', 'New.'\n        revision '2022-01-01', 'Revised.'";

    static String criteria(String... lines) {
        return policy("", String.join("\n", lines), HISTORY);
    }

    /** Every diagnostic of reading and then validating {@code text}, as code@line:col. */
    static List<Snippets.At> diagnostics(String text) {
        PolicyReader.Result result = Snippets.read(text);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        result.guideline().ifPresent(g -> all.addAll(new GuidelineValidator().validate(g)));
        return Snippets.positions(all);
    }

    static Diagnostic first(String text) {
        PolicyReader.Result result = Snippets.read(text);
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        result.guideline().ifPresent(g -> all.addAll(new GuidelineValidator().validate(g)));
        return all.get(0);
    }

    static MemberCriterion.Threshold threshold(Guideline g) {
        return (MemberCriterion.Threshold) g.positionStatement().memberCriteria().get(0).test();
    }

    @Nested
    class Numbers {
        @Test
        void decimalAndTwoSidedBoundsReadExactly() {
            Guideline g = Snippets.validated(criteria("            quantity 'ahi', atLeast: 5, lessThan: 15"));
            MemberCriterion.Threshold t = threshold(g);
            assertEquals(new BigDecimal("5"), t.lower());
            assertTrue(t.lowerInclusive());
            assertEquals(new BigDecimal("15"), t.upper());
            assertEquals(false, t.upperInclusive());
            assertEquals("ahi 5 to under 15", MemberCriteria.describe(t));
            assertEquals("ahi", g.positionStatement().memberCriteria().get(0).id());

            t = threshold(Snippets.validated(criteria("            quantity 'lvef', atMost: 0.35, method: 'echo'")));
            assertEquals(new BigDecimal("0.35"), t.upper());
            assertEquals("echo", t.method());
            assertEquals("lvef by echo at most 0.35", MemberCriteria.describe(t));

            t = threshold(Snippets.validated(criteria("            quantity 'po2', moreThan: 55, atMost: 59, unit: 'mm[Hg]'")));
            assertEquals("po2 over 55 to 59 mm[Hg]", MemberCriteria.describe(t));
            assertEquals("over 55 to 59 mm[Hg]", MemberCriteria.bounds(t));
        }

        @Test
        void aBoundKeepsTheDigitsAsWritten() {
            MemberCriterion.Threshold t = threshold(Snippets.validated(criteria("            quantity 'ahi', atLeast: 1.50")));
            assertEquals("1.50", t.lower().toPlainString());
            assertEquals(2, t.lower().scale(), "a BigDecimal from the literal's text, never through a double");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            // two lower bounds, two upper bounds, none at all
            "quantity 'ahi', atLeast: 5, moreThan: 4 | R006 | 6 | 51",
            "quantity 'ahi', atMost: 5, lessThan: 4 | R006 | 6 | 50",
            "quantity 'ahi', unit: '%' | R006 | 6 | 13",
            // bounds that admit nothing
            "quantity 'ahi', atLeast: 15, lessThan: 5 | C043 | 6 | 13",
            "quantity 'ahi', atLeast: 5, lessThan: 5 | C043 | 6 | 13",
            "quantity 'ahi', moreThan: 5, atMost: 5 | C043 | 6 | 13",
            // numbers that are not plain decimal, or out of range
            "quantity 'ahi', atLeast: 1e2 | V005 | 6 | 38",
            "quantity 'ahi', atLeast: 1.5d | V005 | 6 | 38",
            "quantity 'ahi', atLeast: 01.5 | V005 | 6 | 38",
            "quantity 'ahi', atLeast: 0.1234567 | V005 | 6 | 38",
            "quantity 'ahi', atLeast: 1000000000 | V005 | 6 | 38",
            "quantity 'ahi', atLeast: '15' | R004 | 6 | 38",
            // a decimal where a whole number is expected
            "age min: 50.5 | V005 | 6 | 22",
            // units and methods
            "quantity 'spo2', atMost: 88, unit: 'percent' | V005 | 6 | 48",
            "quantity 'po2', atMost: 55, unit: 'mm Hg' | V005 | 6 | 47",
            "quantity 'lvef', atMost: 35, method: 'Echo' | V003 | 6 | 50",
            "quantity 'lvef', atMost: 35, methd: 'echo' | R005 | 6 | 42",
        })
        void misuseIsReportedWhereItIsWritten(String line, DiagnosticCode code, int row, int column) {
            assertEquals(List.of(at(code, row, column)), diagnostics(criteria("            " + line)));
        }

        @Test
        void aUnitSpeltAnotherWayNamesTheUcumSpelling() {
            assertEquals("write it as `unit: '%'`", first(criteria("            quantity 'spo2', atMost: 88, unit: 'percent'")).help());
            assertEquals("write it as `unit: 'mm[Hg]'`", first(criteria("            quantity 'po2', atMost: 55, unit: 'mm Hg'")).help());
        }

        @Test
        void oneQuantityIsStatedInOneUnit() {
            String text = criteria("            quantity 'spo2', atMost: 88, unit: '%'",
                    "            quantity 'spo2', atMost: 0.88, unit: '1', id: 'spo2-fraction'");
            assertEquals(List.of(at(DiagnosticCode.C040, 7, 13)), diagnostics(text));
            assertEquals("quantity `spo2` is in `1` here but in `%` at line 6", first(text).message());
            assertEquals(List.of(at(DiagnosticCode.C040, 7, 13)), diagnostics(criteria("            quantity 'spo2', atMost: 88, unit: '%'",
                    "            quantity 'spo2', atMost: 90, id: 'spo2-90'")));
        }

        @Test
        void aRatioIsDerivedWithOver() {
            String text = policy("        derive 'fev1-fvc', from: 'fev1', over: 'fvc'\n",
                    "            quantity 'fev1-fvc', lessThan: 0.7", HISTORY);
            Guideline g = Snippets.validated(text);
            assertTrue(g.positionStatement().derived().get(0).ratio());
            assertEquals("fev1 over fvc", g.positionStatement().derived().get(0).describe());
        }

        @Test
        void deriveTakesTimesOrOverNotBothNorNeither() {
            assertEquals(List.of(at(DiagnosticCode.R006, 5, 9)), diagnostics(policy(
                    "        derive 'x', from: 'a', over: 'b', times: 'c'\n", "            quantity 'x', lessThan: 1", HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.R006, 5, 9)), diagnostics(policy(
                    "        derive 'x', from: 'a'\n", "            quantity 'x', lessThan: 1", HISTORY)));
        }
    }

    @Nested
    class Versioning {
        @Test
        void anIntervalInTheMiddleOfTheHistoryIsUnknown() {
            String history = HISTORY + "\n        revision '2024-01-01', 'Again.'";
            Guideline g = Snippets.validated(policy("        unknown from: '2022-01-01', to: '2024-01-01', reason: 'that version is not stored'\n",
                    "            quantity 'ahi', atLeast: 15", history));
            assertEquals(1, g.unknownPeriods().size());
            assertTrue(g.unknownOn("POSITION STATEMENT", LocalDate.parse("2020-06-01")).isEmpty());
            assertTrue(g.unknownOn("POSITION STATEMENT", LocalDate.parse("2022-01-01")).isPresent());
            assertTrue(g.unknownOn("POSITION STATEMENT", LocalDate.parse("2023-12-31")).isPresent());
            assertTrue(g.unknownOn("POSITION STATEMENT", LocalDate.parse("2024-01-01")).isEmpty());
            assertEquals("from 2022-01-01 to 2024-01-01", g.unknownPeriods().get(0).describe());
        }

        @Test
        void unknownWithoutFromRunsFromTheStart() {
            Guideline g = Snippets.validated(policy("        unknown to: '2022-01-01', reason: 'not stored'\n",
                    "            quantity 'ahi', atLeast: 15", HISTORY));
            assertTrue(g.unknownOn("POSITION STATEMENT", LocalDate.parse("2020-01-01")).isPresent());
            assertNull(g.unknownPeriods().get(0).from());
        }

        @Test
        void unknownMisuse() {
            String c = "            quantity 'ahi', atLeast: 15";
            assertEquals(List.of(at(DiagnosticCode.C042, 5, 41)),
                    diagnostics(policy("        unknown from: '2022-01-01', to: '2020-01-01', reason: 'x'\n", c, HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.R006, 5, 9)),
                    diagnostics(policy("        unknown from: '2020-01-01', reason: 'x'\n", c, HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.R006, 5, 9)),
                    diagnostics(policy("        unknown to: '2022-01-01'\n", c, HISTORY)));
            // both ends are dates of the history (or the original effective date)
            assertEquals(List.of(at(DiagnosticCode.C011, 5, 9)),
                    diagnostics(policy("        unknown from: '2021-01-01', to: '2022-01-01', reason: 'x'\n", c, HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.C011, 5, 9)),
                    diagnostics(policy("        unknown to: '2021-01-01', reason: 'x'\n", c, HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.V001, 5, 23)),
                    diagnostics(policy("        unknown from: '2021-13-01', to: '2022-01-01', reason: 'x'\n", c, HISTORY)));
        }

        @Test
        void aRevisionTakesEffectOnItsEffectiveDate() {
            String history = "        revision '2020-01-01', 'New.'\n"
                    + "        revision '2022-03-01', 'R2: revision effective date 01/01/2022', effective: '2022-01-01', number: 'R2'";
            Guideline g = Snippets.validated(policy("", "            quantity 'ahi', atLeast: 15, deleted: '2022-01-01'\n"
                    + "            quantity 'ahi', atLeast: 10, id: 'ahi-10', added: '2022-01-01'", history));
            Revision r2 = g.revisions().get(1);
            assertEquals(LocalDate.parse("2022-01-01"), r2.effective());
            assertEquals(LocalDate.parse("2022-03-01"), r2.date());
            assertEquals("R2", r2.number());
            assertEquals(r2, g.revisionOn(LocalDate.parse("2022-01-01")).orElseThrow());
            assertEquals("ahi-10", g.asOf(LocalDate.parse("2022-01-01")).positionStatement().memberCriteria().get(0).id());
        }

        @Test
        void revisionsMayShareADateWhenEachHasItsNumber() {
            String c = "            quantity 'ahi', atLeast: 15";
            Snippets.validated(policy("", c, HISTORY + "\n        revision '2022-01-01', 'R10.', number: 'R10'")
                    .replace("'Revised.'", "'R9.', number: 'R9'"));
            assertEquals(List.of(at(DiagnosticCode.C002, 17, 9)),
                    diagnostics(policy("", c, HISTORY + "\n        revision '2022-01-01', 'R10.', number: 'R10'")));
            assertEquals(List.of(at(DiagnosticCode.C002, 17, 9)), diagnostics(policy("", c, HISTORY
                    .replace("'Revised.'", "'R9.', number: 'R9'") + "\n        revision '2022-01-01', 'R10.', number: 'R9'")));
            assertEquals(List.of(at(DiagnosticCode.V001, 16, 55)), diagnostics(policy("", c,
                    HISTORY.replace("'Revised.'", "'Revised.', effective: '2022-02-30'"))));
        }

        @Test
        void aDatedBlockDatesEveryClauseInside() {
            Guideline g = Snippets.validated(criteria(
                    "            allOf(deleted: '2022-01-01') {",
                    "                paragraph 'Old criteria:'",
                    "                quantity 'ahi', atLeast: 15",
                    "                fact 'sleepy'",
                    "            }",
                    "            none(added: '2022-01-01') {",
                    "                fact 'central-apnea'",
                    "            }"));
            List<MemberCriterion> members = g.positionStatement().memberCriteria();
            assertEquals(new Validity(null, LocalDate.parse("2022-01-01")), members.get(0).validity());
            assertEquals(new Validity(null, LocalDate.parse("2022-01-01")), members.get(1).validity());
            assertEquals(new Validity(LocalDate.parse("2022-01-01"), null), members.get(2).validity());
            assertEquals(new Validity(null, LocalDate.parse("2022-01-01")), g.positionStatement().paragraphs().get(0).validity());
            // as of each revision, the other block is gone
            Criterion before = g.asOf(LocalDate.parse("2021-01-01")).positionStatement().criteria();
            Criterion after = g.asOf(LocalDate.parse("2022-01-01")).positionStatement().criteria();
            assertEquals(1, ((AnyOf) before).criteria().size());
            assertTrue(((AnyOf) before).criteria().get(0) instanceof AllOf);
            assertEquals(1, ((AnyOf) after).criteria().size());
            assertEquals(List.of("central-apnea"), g.asOf(LocalDate.parse("2022-01-01")).positionStatement().memberCriteria()
                    .stream().map(MemberCriterion::id).toList());
            assertTrue(g.asOf(LocalDate.parse("2021-01-01")).positionStatement().memberCriteria().stream()
                    .noneMatch(m -> m.id().equals("central-apnea")));
        }

        @Test
        void aClauseInsideADatedBlockNarrowsItsDatesButNeverWidensThem() {
            String history = HISTORY + "\n        revision '2024-01-01', 'Again.'";
            Guideline g = Snippets.validated(policy("", String.join("\n",
                    "            anyOf(added: '2022-01-01') {",
                    "                quantity 'ahi', atLeast: 15, deleted: '2024-01-01'",
                    "                fact 'sleepy'",
                    "            }"), history));
            assertEquals(new Validity(LocalDate.parse("2022-01-01"), LocalDate.parse("2024-01-01")),
                    g.positionStatement().memberCriteria().get(0).validity());
            assertEquals(List.of(at(DiagnosticCode.C041, 7, 53)), diagnostics(criteria(
                    "            allOf(added: '2022-01-01') {",
                    "                quantity 'ahi', atLeast: 15, added: '2020-01-01'",
                    "            }")));
            assertEquals(List.of(at(DiagnosticCode.C041, 7, 55)), diagnostics(policy("", String.join("\n",
                    "            allOf(deleted: '2022-01-01') {",
                    "                quantity 'ahi', atLeast: 15, deleted: '2024-01-01'",
                    "            }"), history)));
            assertEquals(List.of(at(DiagnosticCode.C041, 7, 53)), diagnostics(criteria(
                    "            allOf(deleted: '2022-01-01') {",
                    "                quantity 'ahi', atLeast: 15, added: '2022-01-01'",
                    "            }")));
            // block dates are checked like any clause's: a revision date, and deleted after added
            assertEquals(List.of(at(DiagnosticCode.C011, 7, 17)), diagnostics(criteria(
                    "            allOf(added: '2021-01-01') {",
                    "                quantity 'ahi', atLeast: 15",
                    "            }")));
            assertEquals(List.of(at(DiagnosticCode.V001, 6, 26)), diagnostics(criteria(
                    "            allOf(added: '2021-02-30') {",
                    "                quantity 'ahi', atLeast: 15",
                    "            }")));
            assertEquals(List.of(at(DiagnosticCode.R005, 6, 19)), diagnostics(criteria(
                    "            allOf(removed: '2022-01-01') {",
                    "                quantity 'ahi', atLeast: 15",
                    "            }")));
        }
    }

    @Nested
    class ClosedWorld {
        @Test
        void aGuidelineDeclaresFieldsCompleteAndACriterionHowItReadsAnUnstatedFact() {
            Guideline g = Snippets.validated(policy("        closedWorld 'diagnoses', reading: 'the diagnoses on a claim are the record'\n",
                    "            fact 'central-apnea', unstated: 'absent'\n            since 'stroke', within: 1.year, unstated: 'unknown'",
                    HISTORY));
            assertEquals("diagnoses", g.positionStatement().closedWorld().get(0).field());
            assertEquals("the diagnoses on a claim are the record", g.positionStatement().closedWorld().get(0).reading());
            assertEquals(MemberCriterion.ABSENT, g.positionStatement().memberCriteria().get(0).unstated());
            assertEquals(MemberCriterion.UNKNOWN, g.positionStatement().memberCriteria().get(1).unstated());
        }

        @Test
        void misuse() {
            String c = "            fact 'central-apnea'";
            assertEquals(List.of(at(DiagnosticCode.V005, 5, 21)), diagnostics(policy("        closedWorld 'vitals'\n", c, HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.C001, 6, 9)),
                    diagnostics(policy("        closedWorld 'diagnoses'\n        closedWorld 'diagnoses'\n", c, HISTORY)));
            assertEquals(List.of(at(DiagnosticCode.R002, 6, 13)), diagnostics(criteria("            closedWorld 'diagnoses'")));
            assertEquals(List.of(at(DiagnosticCode.V005, 6, 45)), diagnostics(criteria("            fact 'central-apnea', unstated: 'false'")));
            assertEquals(List.of(at(DiagnosticCode.R005, 6, 42)), diagnostics(criteria("            quantity 'ahi', atLeast: 15, unstated: 'absent'")));
            assertEquals(List.of(at(DiagnosticCode.R004, 6, 45)), diagnostics(criteria("            fact 'central-apnea', unstated: false")));
        }
    }

    @Nested
    class LinesOfBusiness {
        static String declaring(String... lines) {
            return criteria("            fact 'sleepy'").replace("    originalEffectiveDate '2020-01-01'\n",
                    "    originalEffectiveDate '2020-01-01'\n" + String.join("\n", lines) + "\n");
        }

        @Test
        void aGuidelineDeclaresTheLinesItAppliesTo() {
            Guideline g = Snippets.validated(declaring("    lineOfBusiness 'MEDICARE', text: 'Medicare Part A and Part B'",
                    "    lineOfBusiness 'ohio-medicaid-managed-care', kind: 'MEDICAID'"));
            assertEquals(List.of("MEDICARE", "ohio-medicaid-managed-care (MEDICAID)"),
                    g.programExceptions().lines().stream().map(io.coverkit.model.PlanLine::describe).toList());
            assertEquals(2, g.asOf(LocalDate.parse("2022-01-01")).programExceptions().lines().size());
        }

        @Test
        void misuse() {
            assertEquals(List.of(at(DiagnosticCode.R006, 4, 5)), diagnostics(declaring("    lineOfBusiness 'ohio-medicaid-managed-care'")));
            assertEquals(List.of(at(DiagnosticCode.R004, 4, 38)), diagnostics(declaring("    lineOfBusiness 'MEDICARE', kind: 'MEDICAID'")));
            assertEquals(List.of(at(DiagnosticCode.V004, 4, 20)), diagnostics(declaring("    lineOfBusiness 'Medicare'")));
            assertEquals(List.of(at(DiagnosticCode.V004, 4, 36)), diagnostics(declaring("    lineOfBusiness 'oh-mcp', kind: 'MEDICAL'")));
            assertEquals(List.of(at(DiagnosticCode.C001, 5, 5)), diagnostics(declaring("    lineOfBusiness 'MEDICARE'",
                    "    lineOfBusiness 'MEDICARE'")));
            assertEquals(List.of(at(DiagnosticCode.R002, 6, 13)), diagnostics(criteria("            lineOfBusiness 'MEDICARE'")));
        }
    }

    @Nested
    class Readings {
        @Test
        void codesAndDiagnosisCodesCarryTheirReading() {
            String text = policy("        diagnosisCodes('osa') {\n            icd10 'G47.33', reading: 'the text names the condition, not its code'\n        }\n",
                    "            diagnosis 'osa'", HISTORY)
                    .replace("codes('CPT') {", "codes('CPT', reading: 'the codes that bill the device') {")
                    .replace("code '77387'", "code '77387', reading: 'named by the policy article'");
            Guideline g = Snippets.validated(text);
            assertEquals("the text names the condition, not its code",
                    g.positionStatement().diagnosisLists().get(0).codes().get(0).reading());
            assertEquals("the codes that bill the device", g.billing().codeLists().get(0).reading());
            assertEquals("named by the policy article", g.billing().codes().get(0).reading());
            assertEquals("the codes that bill the device", g.asOf(LocalDate.parse("2022-01-01")).billing().codeLists().get(0).reading());
        }
    }
}
