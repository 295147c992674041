package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.MINIMAL;
import static io.coverkit.dsl.Snippets.assertExactly;
import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.inserting;
import static io.coverkit.dsl.Snippets.only;
import static io.coverkit.dsl.Snippets.read;
import static io.coverkit.dsl.Snippets.removing;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Severity;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Guideline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vocabulary reader's diagnostics: each mistake an analyst can make is reported with its own
 * code at the line and column where it was written, in plain words, and never stops the others.
 */
class ReaderDiagnosticsTest {

    @Test
    void theMinimalPolicyIsValid() {
        Guideline g = Snippets.valid(MINIMAL);
        assertEquals("01-00000-00", g.id());
        assertEquals(1, g.at().line());
        assertEquals(1, g.at().column());
    }

    @Nested
    class Keywords {
        @Test
        void unknownKeywordSuggestsTheClosest() {
            Diagnostic d = only(read(replacing(6, "            indicaton 'Implanted fiducial markers'")),
                    at(DiagnosticCode.R001, 6, 13));
            assertEquals("unknown keyword `indicaton`", d.message());
            assertEquals("did you mean `indication`?", d.help());
            assertEquals(Severity.ERROR, d.severity());
            assertEquals(Snippets.FILE, d.at().file());
        }

        @Test
        void unknownKeywordFarFromAnyListsWhatIsAllowed() {
            Diagnostic d = only(read(inserting(2, "    frobnicate 'x'")), at(DiagnosticCode.R001, 2, 5));
            assertTrue(d.help().startsWith("allowed here: "), d.help());
            assertTrue(d.help().contains("`title`") && d.help().contains("`positionStatement`"), d.help());
        }

        @Test
        void misspeltGuidelineAtTheTop() {
            PolicyReader.Result result = read(MINIMAL.replace("guideline('01-00000-00')", "guidline('01-00000-00')"));
            Diagnostic d = result.diagnostics().get(0);
            assertEquals(DiagnosticCode.R001, d.code());
            assertEquals("did you mean `guideline`?", d.help());
        }

        @Test
        void keywordInTheWrongBlockSaysWhereItBelongs() {
            Diagnostic d = only(read(inserting(7, "            code '77387'")), at(DiagnosticCode.R002, 7, 13));
            assertEquals("`code` is not allowed in a criteria block such as `anyOf` or `allOf`", d.message());
            assertEquals("it belongs in `codes`", d.help());
        }

        @Test
        void guidelineKeywordAtTheTopOfTheFile() {
            Diagnostic d = only(read(MINIMAL + "title 'Outside'\n"), at(DiagnosticCode.R002, 24, 1));
            assertEquals("it belongs in a `guideline` block", d.help());
        }

        @Test
        void keywordGivenTwiceWhereOnceIsAllowed() {
            Diagnostic d = only(read(inserting(3, "    title 'Again'")), at(DiagnosticCode.R007, 3, 5));
            assertEquals("`title` may appear only once in a `guideline` block", d.message());
        }

        @Test
        void optionalKeywordGivenTwice() {
            only(read(inserting(2, "    reviewed '2020-01-01'", "    reviewed '2020-02-01'")), at(DiagnosticCode.R007, 3, 5));
        }

        @Test
        void missingRequiredKeywordIsReportedAtItsBlock() {
            Diagnostic d = only(read(removing(3)), at(DiagnosticCode.R008, 1, 26));
            assertEquals("a `guideline` block needs `originalEffectiveDate`", d.message());
            assertEquals("add `originalEffectiveDate date`", d.help());
        }

        @Test
        void emptyFileNeedsAGuideline() {
            Diagnostic d = only(read(""), at(DiagnosticCode.R008, 1, 1));
            assertEquals("the top of the file needs `guideline`", d.message());
            only(read("// nothing but a comment\n"), at(DiagnosticCode.R008, 1, 1));
        }

        @Test
        void aKeywordThatIsWrittenButWrongIsNotAlsoMissing() {
            // title is present but broken: one diagnostic for what is wrong, none for "needs `title`"
            only(read(replacing(2, "    title 42")), at(DiagnosticCode.R004, 2, 11));
        }
    }

    @Nested
    class NotVocabulary {
        private void rejected(String text, int line, int column, String what) {
            Diagnostic d = only(read(text), at(DiagnosticCode.R003, line, column));
            assertEquals(what + " is not part of the policy vocabulary", d.message());
            assertFalse(d.help().isBlank());
        }

        @Test
        void importStatement() {
            rejected("import java.io.File\n" + MINIMAL, 1, 1, "an import");
            rejected("import java.io.*\n" + MINIMAL, 1, 1, "an import");
            rejected("import static java.lang.Math.max\n" + MINIMAL, 1, 1, "an import");
        }

        @Test
        void packageDeclaration() {
            rejected("package evil\n" + MINIMAL, 1, 1, "a package declaration");
        }

        @Test
        void classDeclaration() {
            rejected(MINIMAL + "class Helper {}\n", 24, 1, "a class declaration `Helper`");
            rejected(MINIMAL + "interface Helper {}\n", 24, 1, "a class declaration `Helper`");
        }

        @Test
        void methodDeclaration() {
            rejected(MINIMAL + "def helper() { 1 }\n", 24, 1, "a method declaration `helper`");
        }

        @Test
        void variableDeclaration() {
            rejected(inserting(2, "    def x = 'T'"), 2, 5, "a variable declaration `x`");
            rejected(inserting(2, "    String x = 'T'"), 2, 5, "a variable declaration `x`");
        }

        @Test
        void assignment() {
            rejected(inserting(2, "    title = 'T'"), 2, 5, "an assignment");
        }

        @Test
        void loops() {
            rejected(inserting(2, "    for (i in [1, 2]) { title 'x' }"), 2, 5, "a loop");
            rejected(inserting(2, "    while (false) { title 'x' }"), 2, 5, "a loop");
        }

        @Test
        void condition() {
            rejected(inserting(2, "    if (true) { title 'x' }"), 2, 5, "a condition");
        }

        @Test
        void returnStatement() {
            rejected(inserting(2, "    return"), 2, 5, "a return");
        }

        @Test
        void interpolatedString() {
            rejected(replacing(2, "    title \"Test ${1}\""), 2, 11, "a string with `${...}` inside");
        }

        @Test
        void plainDoubleQuotedStringIsText() {
            Guideline g = Snippets.valid(replacing(2, "    title \"Test guideline\""));
            assertEquals("Test guideline", g.title());
        }

        @Test
        void callOnAnObject() {
            rejected(inserting(2, "    'ls'.execute()"), 2, 5, "a method call on an object (`.execute`)");
            rejected(replacing(2, "    title 'ls'.execute()"), 2, 11, "a call in this place");
        }

        @Test
        void constructorCall() {
            rejected(inserting(2, "    new File('x')"), 2, 5, "creating an object with `new`");
            rejected(replacing(2, "    title new File('x')"), 2, 11, "creating an object with `new`");
        }

        @Test
        void methodPointer() {
            rejected(inserting(2, "    this.&println"), 2, 5, "a method reference");
        }

        @Test
        void closureWithParameters() {
            rejected(inserting(2, "    description { a -> paragraph 'x' }"), 2, 17, "a block with parameters");
            rejected(MINIMAL.replace("guideline('01-00000-00') {", "guideline('01-00000-00') { it ->"), 1, 26,
                    "a block with parameters");
        }

        @Test
        void lambda() {
            rejected(inserting(2, "    description(() -> 1)"), 2, 17, "a lambda");
        }

        @Test
        void blockWhereAStatementBelongs() {
            rejected(inserting(2, "    { -> title 'x' }"), 2, 5, "a block in this place");
        }

        @Test
        void otherValues() {
            rejected(replacing(2, "    title(['x'])"), 2, 11, "a list");
            rejected(replacing(2, "    title 1..3"), 2, 11, "a range");
            rejected(replacing(2, "    title null"), 2, 11, "`null`");
            rejected(replacing(2, "    title x"), 2, 11, "a name `x`");
            rejected(replacing(2, "    title 'a' + 'b'"), 2, 11, "an expression with `+`");
            rejected(replacing(2, "    title 'a' ?: 'b'"), 2, 11, "a conditional expression");
            rejected(replacing(14, "            requiresDocument loinc: '28626-0' within 6.fortnights"), 14, 54,
                    "a property access `6.fortnights`");
        }

        @Test
        void computedArgumentName() {
            rejected(replacing(18, "        exception 'FEP', (\"te\" + \"xt\"): 'x'"), 18, 26, "a computed argument name");
        }
    }

    @Nested
    class Arguments {
        @Test
        void blockForAKeywordThatTakesNone() {
            Diagnostic d = only(read(inserting(2, "    disclaimer('Notice') { paragraph 'x' }")), at(DiagnosticCode.R004, 2, 26));
            assertEquals("`disclaimer` takes no block", d.message());
            assertEquals("write it as `disclaimer text`", d.help());
        }

        @Test
        void missingBlockForAKeywordWrittenAlone() {
            Diagnostic d = only(read(inserting(2, "    reimbursement")), at(DiagnosticCode.R006, 2, 5));
            assertEquals("`reimbursement` needs a block `{ ... }`", d.message());
        }

        @Test
        void missingBlockForAKeywordCalledWithParentheses() {
            only(read(inserting(2, "    description()")), at(DiagnosticCode.R006, 2, 5));
        }

        @Test
        void missingBlockForARequiredSection() {
            String text = MINIMAL.replace("    updateHistory {\n        revision '2020-01-01', 'New.'\n    }\n", "    updateHistory\n");
            Diagnostic d = only(read(text), at(DiagnosticCode.R006, 20, 5));
            assertEquals("`updateHistory` needs a block `{ ... }`", d.message());
        }

        @Test
        void blockMustComeLast() {
            PolicyReader.Result result = read(inserting(2, "    description({ paragraph 'x' }, 'y')"));
            assertEquals(at(DiagnosticCode.R004, 2, 17), Snippets.positions(result.diagnostics()).get(0));
            assertEquals("the block of `description` must come last", result.diagnostics().get(0).message());
        }

        @Test
        void numberWhereTextIsExpected() {
            Diagnostic d = only(read(replacing(2, "    title 42")), at(DiagnosticCode.R004, 2, 11));
            assertEquals("`title` of `title` must be text in quotes", d.message());
            only(read(replacing(2, "    title true")), at(DiagnosticCode.R004, 2, 11));
        }

        @Test
        void textWhereASpanOrBooleanIsExpected() {
            Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-0' within '6 months'")),
                    at(DiagnosticCode.R004, 14, 54));
            assertEquals("`within` of `requiresDocument` must be a time span such as `6.months`, at most 200 years", d.message());
            only(read(replacing(14, "            requiresDocument loinc: '28626-0' within 6")), at(DiagnosticCode.R004, 14, 54));
            only(read(replacing(18, "        stepTherapyExemption 'x', applies: 'no'")), at(DiagnosticCode.R004, 18, 44));
        }

        @Test
        void numberWhereADateIsExpected() {
            only(read(inserting(2, "    reviewed 20200101")), at(DiagnosticCode.R004, 2, 14));
        }

        @Test
        void unknownNamedArgumentSuggestsTheClosest() {
            Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-0', nmae: 'x' within 6.months")),
                    at(DiagnosticCode.R005, 14, 48));
            assertEquals("`requiresDocument` has no argument `nmae`", d.message());
            assertEquals("did you mean `name`?", d.help());
        }

        @Test
        void namedArgumentOnAKeywordThatTakesNone() {
            Diagnostic d = read(replacing(2, "    title text: 'x'")).diagnostics().stream()
                    .filter(x -> x.code() == DiagnosticCode.R005).findFirst().orElseThrow();
            assertEquals(2, d.at().line());
            assertEquals(11, d.at().column());
            assertEquals("it takes no named arguments", d.help());
        }

        @Test
        void wrongChainedWord() {
            Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-0' inside 6.months")),
                    at(DiagnosticCode.R004, 14, 47));
            assertEquals("`requiresDocument` cannot be followed by `inside`", d.message());
        }

        @Test
        void argumentGivenTwiceAsNamedAndChained() {
            Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-0', within: 3.months within 6.months")),
                    at(DiagnosticCode.R004, 14, 72));
            assertEquals("argument `within` is given twice", d.message());
        }

        @Test
        void argumentGivenTwiceByName() {
            // Groovy's parser itself refuses a repeated name, before the reader sees it
            Diagnostic d = only(read(replacing(18, "        exception 'FEP', text: 'a', text: 'b'")), at(DiagnosticCode.P001, 18, 37));
            assertTrue(d.message().contains("`text`"), d.message());
        }

        @Test
        void argumentGivenTwiceInTwoMaps() {
            Diagnostic d = only(read(replacing(18, "        exception('FEP', [text: 'a'], [text: 'b'])")), at(DiagnosticCode.R004, 18, 40));
            assertEquals("argument `text` is given twice", d.message());
        }

        @Test
        void tooManyPositionalArguments() {
            Diagnostic d = only(read(replacing(21, "        revision '2020-01-01', 'New.', 'extra'")), at(DiagnosticCode.R004, 21, 40));
            assertEquals("`revision` takes at most 2 unnamed arguments", d.message());
            assertEquals("write it as `revision date, text, [effective: ...], [number: ...]`", d.help());
            only(read(inserting(2, "    description('x') { paragraph 'y' }")), at(DiagnosticCode.R004, 2, 17));
        }

        @Test
        void missingRequiredPositionalArgument() {
            Diagnostic d = only(read(replacing(18, "        exception heading: 'x'")), at(DiagnosticCode.R006, 18, 9));
            assertTrue(d.message().startsWith("`exception` needs its lineOfBusiness"), d.message());
            only(read(MINIMAL.replace("guideline('01-00000-00') {", "guideline {")), at(DiagnosticCode.R006, 1, 1));
        }

        @Test
        void missingRequiredNamedArgument() {
            Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-0'")), at(DiagnosticCode.R006, 14, 13));
            assertEquals("`requiresDocument` needs `within`: a time span such as `6.months`, at most 200 years", d.message());
        }

        @Test
        void anUnreadableArgumentIsNotAlsoMissing() {
            // the interpolated string is the one problem; it must not shift into "needs its title"
            only(read(replacing(2, "    title \"T ${x}\"")), at(DiagnosticCode.R003, 2, 11));
            only(read(replacing(21, "        revision \"${d}\", 'New.'")), at(DiagnosticCode.R003, 21, 18));
            only(read(replacing(14, "            requiresDocument loinc: \"${x}\" within 6.months")), at(DiagnosticCode.R003, 14, 37));
        }
    }

    @Nested
    class Values {
        @Test
        void badDate() {
            Diagnostic d = only(read(replacing(3, "    originalEffectiveDate '2020-02-30'")), at(DiagnosticCode.V001, 3, 27));
            assertEquals("`2020-02-30` is not a date: February has 29 days in 2020", d.message());
            assertEquals("`02/15/10` is not a date; write yyyy-MM-dd",
                    only(read(replacing(3, "    originalEffectiveDate '02/15/10'")), at(DiagnosticCode.V001, 3, 27)).message());
            only(read(replacing(21, "        revision '2020-1-1', 'New.'")), at(DiagnosticCode.V001, 21, 18));
            assertEquals("`2026-13-01` is not a date: there is no month 13 (months run 01 to 12)",
                    only(read(replacing(21, "        revision '2026-13-01', 'New.'")), at(DiagnosticCode.V001, 21, 18)).message());
            assertEquals("`2025-02-29` is not a date: 2025 is not a leap year, so February has 28 days",
                    only(read(replacing(3, "    originalEffectiveDate '2025-02-29'")), at(DiagnosticCode.V001, 3, 27)).message());
        }

        @Test
        void badProcedureCode() {
            Diagnostic d = only(read(replacing(11, "            code '7738'")), at(DiagnosticCode.V002, 11, 18));
            assertEquals("`7738` is not a procedure code", d.message());
            only(read(replacing(11, "            code '77387a'")), at(DiagnosticCode.V002, 11, 18));
            only(read(replacing(11, "            code 'g6001'")), at(DiagnosticCode.V002, 11, 18));
            Snippets.valid(replacing(11, "            code 'G6001'"));
            Snippets.valid(replacing(11, "            code '0197T'"));
        }

        @Test
        void badCodeSystem() {
            Diagnostic d = only(read(replacing(10, "        codes('ICD') {")), at(DiagnosticCode.V002, 10, 15));
            assertEquals("`ICD` is not a procedure code system", d.message());
        }

        @Test
        void badLoincCheckDigit() {
            Diagnostic d = only(read(replacing(14, "            requiresDocument loinc: '28626-1' within 6.months")),
                    at(DiagnosticCode.V002, 14, 37));
            assertEquals("`28626-1` is not a valid LOINC code", d.message());
            only(read(replacing(14, "            requiresDocument loinc: '28626' within 6.months")), at(DiagnosticCode.V002, 14, 37));
        }

        @Test
        void badTimeFrameModifierLoinc() {
            only(read(replacing(14, "            requiresDocument loinc: '28626-0', timeFrame: '18805-3' within 6.months")),
                    at(DiagnosticCode.V002, 14, 59));
        }

        @Test
        void badId() {
            Diagnostic d = only(read(replacing(6, "            indication 'Implanted fiducial markers', id: 'Fiducial_Markers'")),
                    at(DiagnosticCode.V003, 6, 58));
            assertEquals("`Fiducial_Markers` is not a valid id", d.message());
            only(read(replacing(1, "guideline('IGRT') {")), at(DiagnosticCode.V006, 1, 11));
            only(read(replacing(1, "guideline('../etc') {")), at(DiagnosticCode.V006, 1, 11));
            only(read(replacing(18, "        exception 'FEP', id: 'fep-'")), at(DiagnosticCode.V003, 18, 30));
        }

        @Test
        void idThatCannotBeDerived() {
            Diagnostic d = only(read(replacing(6, "            indication '(see below)'")), at(DiagnosticCode.V003, 6, 13));
            assertEquals("cannot derive an id from this indication's text", d.message());
            assertEquals("give it one with `id: '...'`", d.help());
        }

        @Test
        void unknownLineOfBusiness() {
            Diagnostic d = only(read(replacing(18, "        exception 'FEDERAL'")), at(DiagnosticCode.V004, 18, 19));
            assertEquals("`FEDERAL` is not a line of business", d.message());
            only(read(replacing(18, "        exception 'fep'")), at(DiagnosticCode.V004, 18, 19));
        }

        @Test
        void badFollowAndEmptyText() {
            only(read(replacing(18, "        exception 'FEP', follow: 'other'")), at(DiagnosticCode.V005, 18, 34));
            only(read(replacing(2, "    title '   '")), at(DiagnosticCode.V005, 2, 11));
        }
    }

    @Nested
    class Criteria {
        @Test
        void twoCriteriaBlocksInThePositionStatement() {
            PolicyReader.Result result = read(inserting(8, "        anyOf {", "            indication 'Other'", "        }"));
            assertExactly(result, at(DiagnosticCode.R008, 4, 5), at(DiagnosticCode.R007, 8, 9));
            assertEquals("`positionStatement` needs exactly one `anyOf` or `allOf`, found 2", result.diagnostics().get(0).message());
        }

        @Test
        void anyOfAndAllOfSideBySide() {
            PolicyReader.Result result = read(inserting(8, "        allOf {", "            indication 'Other'", "        }"));
            assertExactly(result, at(DiagnosticCode.R008, 4, 5));
        }

        @Test
        void noCriteriaBlockInThePositionStatement() {
            String text = MINIMAL.replace("        anyOf {\n            indication 'Implanted fiducial markers'\n        }\n",
                    "        paragraph 'None.'\n");
            Diagnostic d = only(read(text), at(DiagnosticCode.R008, 4, 5));
            assertEquals("`positionStatement` needs exactly one `anyOf` or `allOf`, found 0", d.message());
        }

        @Test
        void emptyAnyOf() {
            String text = MINIMAL.replace("            indication 'Implanted fiducial markers'\n", "");
            Diagnostic d = only(read(text), at(DiagnosticCode.R008, 5, 15));
            assertEquals("`anyOf` needs at least one criterion", d.message());
        }

        @Test
        void anyOfWhoseOnlyIndicationIsMisspelt() {
            // the reader drops the bad call; the model must not then be built from an empty anyOf
            only(read(replacing(6, "            indicaton 'Implanted fiducial markers'")), at(DiagnosticCode.R001, 6, 13));
        }

        @Test
        void nestedCriteria() {
            String text = MINIMAL.replace("        anyOf {\n            indication 'Implanted fiducial markers'\n        }\n", """
                            allOf {
                                indication 'Implanted fiducial markers'
                                anyOf {
                                    indication 'Dose escalation', id: 'dose-escalation'
                                    indication 'Internal motion'
                                }
                            }
                    """);
            Guideline g = Snippets.valid(text);
            AllOf all = (AllOf) g.positionStatement().criteria();
            assertEquals(2, all.criteria().size());
            assertTrue(all.criteria().get(1) instanceof AnyOf);
            assertEquals(List.of("implanted-fiducial-markers", "dose-escalation", "internal-motion"),
                    g.positionStatement().indications().stream().map(i -> i.id()).toList());
        }

        @Test
        void emptyNestedBlock() {
            String text = MINIMAL.replace("            indication 'Implanted fiducial markers'\n",
                    "            indication 'Implanted fiducial markers'\n            allOf {\n            }\n");
            only(read(text), at(DiagnosticCode.R008, 7, 19));
        }
    }

    @Nested
    class ManyErrors {
        @Test
        void everyErrorIsReportedSortedByLine() {
            List<String> lines = new ArrayList<>(MINIMAL.lines().toList());
            // written bottom-up on purpose: the order found must not matter
            lines.set(20, "        revision '2020-01-01', 'New.', 'extra'");
            lines.set(17, "        exception 'FEDERAL'");
            lines.set(13, "            requiresDocument loinc: '28626-1', nmae: 'x' within 6.months");
            lines.set(10, "            code '7738'");
            lines.set(5, "            indicaton 'Implanted fiducial markers'");
            lines.set(2, "    originalEffectiveDate '2020-02-30'");
            lines.add(1, "    def x = 1");
            PolicyReader.Result result = read(String.join("\n", lines) + "\n");
            assertExactly(result,
                    at(DiagnosticCode.R003, 2, 5),
                    at(DiagnosticCode.V001, 4, 27),
                    at(DiagnosticCode.R001, 7, 13),
                    at(DiagnosticCode.V002, 12, 18),
                    at(DiagnosticCode.V002, 15, 37),
                    at(DiagnosticCode.R005, 15, 48),
                    at(DiagnosticCode.V004, 19, 19),
                    at(DiagnosticCode.R004, 22, 40));
        }

        @Test
        void errorsOnOneLineAreSortedByColumn() {
            PolicyReader.Result result = read(replacing(14, "            requiresDocument loinc: '28626-1', id: 'X' within '6'"));
            assertExactly(result,
                    at(DiagnosticCode.V002, 14, 37),
                    at(DiagnosticCode.V003, 14, 52),
                    at(DiagnosticCode.R004, 14, 63));
        }

        @Test
        void everyMessageIsInTheHouseStyle() {
            List<String> lines = new ArrayList<>(MINIMAL.lines().toList());
            lines.set(5, "            indicaton 'Implanted fiducial markers'");
            lines.set(10, "            code '7738'");
            lines.add(1, "    new File('x')");
            for (Diagnostic d : read(String.join("\n", lines)).diagnostics()) {
                assertTrue(Character.isLowerCase(d.message().charAt(0)) || d.message().charAt(0) == '`', d.message());
                assertFalse(d.message().endsWith("."), d.message());
                assertFalse(d.message().contains("org.codehaus") || d.message().contains("Expression"), d.message());
                assertTrue(d.format().startsWith(Snippets.FILE + ":" + d.at().line() + ":" + d.at().column() + ": error["),
                        d.format());
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    reviewed '2020-01-01'",
        "    revised '2020-01-01'",
        "    disclaimer 'Notice.'",
        "    description { paragraph 'Text.' }",
        "    reimbursement { paragraph 'Text.' }",
        "    definitions { paragraph 'None applicable.' }",
        "    relatedGuidelines { paragraph 'None applicable.' }",
        "    other { paragraph 'Names:'; otherName 'IGRT' }",
        "    references { reference 'A citation.' }",
        "    committeeApproval 'Approved.', date: '2020-01-01'",
    })
    void everyOptionalSectionReads(String line) {
        Snippets.valid(inserting(4, line));
    }
}
