package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.FILE;
import static io.coverkit.dsl.Snippets.MINIMAL;
import static io.coverkit.dsl.Snippets.assertExactly;
import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.inserting;
import static io.coverkit.dsl.Snippets.only;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-parse gate refuses hostile bytes before Groovy's parser sees them. */
class PreParseGateTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private static PolicyReader.Result read(PreParseGate.Limits limits, String text) {
        return new PolicyReader(limits).read(FILE, text);
    }

    private static PolicyReader.Result read(byte[] bytes) {
        return new PolicyReader().read(FILE, bytes);
    }

    @Test
    void defaultLimitsAdmitTheMinimalPolicy() {
        Snippets.valid(MINIMAL);
    }

    @Test
    void fileOverTheSizeLimit() {
        PreParseGate.Limits limits = new PreParseGate.Limits(100, 1000, 40);
        Diagnostic d = only(read(limits, "// " + "x".repeat(98)), at(DiagnosticCode.G001, 1, 1));
        assertEquals("file is 101 bytes; a policy file may have at most 100", d.message());
        // exactly at the limit passes the gate (and then fails later for having no guideline)
        only(read(limits, "// " + "x".repeat(97)), at(DiagnosticCode.R008, 1, 1));
    }

    @Test
    void sizeIsCountedInBytes() {
        PreParseGate.Limits limits = new PreParseGate.Limits(10, 1000, 40);
        only(read(limits, "// ééééé"), at(DiagnosticCode.G001, 1, 1)); // 8 characters, 13 bytes
    }

    @Test
    void lineOverTheLengthLimit() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 80, 40);
        String comment = "    // " + "x".repeat(74); // 81 characters
        Diagnostic d = only(read(limits, inserting(2, comment)), at(DiagnosticCode.G002, 2, 81));
        assertEquals("line is 81 characters long; at most 80 are allowed", d.message());
        Snippets.valid(inserting(2, comment.substring(1))); // 80 characters are fine
        assertTrue(read(limits, inserting(2, comment.substring(1))).diagnostics().isEmpty());
    }

    @Test
    void everyLongLineIsReportedIncludingTheLast() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 10, 40);
        assertExactly(read(limits, "// short\n// far too long\n// ok\n// also much too long"),
                at(DiagnosticCode.G002, 2, 11), at(DiagnosticCode.G002, 4, 11));
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        byte[] bytes = replacing(2, "    title 'Tést ?uideline'").getBytes(StandardCharsets.UTF_8);
        int question = new String(bytes, StandardCharsets.UTF_8).indexOf('?') + 1; // é takes two bytes
        bytes[question] = (byte) 0xFF;
        Diagnostic d = only(read(bytes), at(DiagnosticCode.G003, 2, 17));
        assertEquals("file is not valid UTF-8", d.message());
        assertEquals("save the file as UTF-8", d.help());
    }

    @Test
    void invalidUtf8Forms() {
        // a lone continuation byte, an overlong slash, a surrogate, a sequence cut off at the end
        for (byte[] bad : new byte[][] {
            {'a', '\n', 'b', (byte) 0x80},
            {'a', '\n', 'b', (byte) 0xC0, (byte) 0xAF},
            {'a', '\n', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {'a', '\n', 'b', (byte) 0xE2, (byte) 0x80},
        }) {
            only(read(bad), at(DiagnosticCode.G003, 2, 2));
        }
    }

    @Test
    void latin1FileIsNotUtf8() {
        byte[] bytes = replacing(2, "    title 'Tést'").getBytes(StandardCharsets.ISO_8859_1);
        only(read(bytes), at(DiagnosticCode.G003, 2, 13));
    }

    @Test
    void controlCharacterAndBidiOverrideAreReportedWhereTheyAre() {
        String text = replacing(2, "    title 'Test\u0007guideline'")
                .replace("'Implanted fiducial markers'", "'Implanted \u202Efiducial markers'");
        PolicyReader.Result result = read(text.getBytes(StandardCharsets.UTF_8));
        assertExactly(result, at(DiagnosticCode.G004, 2, 16), at(DiagnosticCode.G004, 6, 35));
        assertEquals("forbidden character U+0007", result.diagnostics().get(0).message());
        assertEquals("forbidden character U+202E", result.diagnostics().get(1).message());
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\u001B', '\u007F', '\u0085', '\u202A', '\u202D', '\u2066', '\u2069', '\u200E', '\u200F',
        '\u061C', '\uFEFF'})
    void forbiddenCharacters(char c) {
        Diagnostic d = only(read(replacing(2, "    title 'Test" + c + "'").getBytes(StandardCharsets.UTF_8)),
                at(DiagnosticCode.G004, 2, 16));
        assertEquals(String.format("forbidden character U+%04X", (int) c), d.message());
    }

    @Test
    void forbiddenCharactersInCommentsToo() {
        only(read(inserting(2, "    // \u202E hidden").getBytes(StandardCharsets.UTF_8)), at(DiagnosticCode.G004, 2, 8));
    }

    @Test
    void tabsLineBreaksAndALeadingByteOrderMarkAreAllowed() {
        Snippets.valid(MINIMAL.replace("    title", "\ttitle"));
        Snippets.valid(MINIMAL.replace("\n", "\r\n"));
        Snippets.valid("\uFEFF" + MINIMAL);
        Snippets.valid(MINIMAL.replace("Test guideline", "Test guideline — ünïcode ✓ 𝄞"));
    }

    @Test
    void nestingDeeperThanTheLimit() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 20_000, 3);
        assertTrue(read(limits, MINIMAL).diagnostics().isEmpty(), "the minimal policy nests three deep");
        Diagnostic d = only(read(limits, inserting(7, "            anyOf { indication 'x' }")), at(DiagnosticCode.G005, 7, 19));
        assertEquals("brackets are nested 4 deep; at most 3 are allowed", d.message());
    }

    @Test
    void nestingIsReportedOnce() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 20_000, 2);
        assertExactly(read(limits, "a { b { c { } }\nd { e { f { } } }\n"), at(DiagnosticCode.G005, 1, 11));
    }

    @Test
    void bracketsInsideStringsAndCommentsAreNotCounted() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 20_000, 3);
        String text = replacing(2, "    title 'Test (((( [[[[ {{{{ guideline'")
                .replace("        exception 'FEP'", String.join("\n",
                        "        exception 'FEP', heading: \"FEP [[[[[[\", text: '''Follow {{{{{{",
                        "            FEP ((((( guidelines.'''",
                        "        // {{{{{{{{{{{{",
                        "        /* [[[[[[[[[[[[",
                        "           (((((((((((( */"));
        PolicyReader.Result result = read(limits, text);
        assertEquals(java.util.List.of(), Snippets.render(result.diagnostics()));
    }

    @Test
    void closingBracketsInsideStringsDoNotHideDepth() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 20_000, 3);
        String text = replacing(2, "    title 'Test ))))}}}}]]]] guideline' // ))))")
                .replace("            indication 'Implanted fiducial markers'",
                        "            indication 'Implanted fiducial markers'\n            anyOf { indication 'x' }");
        only(read(limits, text), at(DiagnosticCode.G005, 7, 19));
    }

    @Test
    void fiveHundredNestedClosuresAreStoppedBeforeTheParser() {
        String text = "guideline('01-00000-00') " + "{ ".repeat(500) + "} ".repeat(500);
        PolicyReader.Result result = assertTimeoutPreemptively(QUICKLY, () -> read(text.getBytes(StandardCharsets.UTF_8)));
        Diagnostic d = only(result, at(DiagnosticCode.G005, 1, 106));
        assertEquals("brackets are nested 41 deep; at most 40 are allowed", d.message());
    }

    @Test
    void fiveHundredNestedClosuresOnTheirOwnLines() {
        StringBuilder text = new StringBuilder("guideline('01-00000-00') {\n");
        for (int i = 1; i < 500; i++) {
            text.append("  ".repeat(Math.min(i, 100))).append("description {\n");
        }
        text.append("}\n".repeat(500));
        PolicyReader.Result result = assertTimeoutPreemptively(QUICKLY, () -> read(text.toString().getBytes(StandardCharsets.UTF_8)));
        only(result, at(DiagnosticCode.G005, 41, 93));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a(", "[", "a { b([", "a({ "})
    void deepNestingOfEveryBracketKind(String open) {
        String close = new StringBuilder(open.replaceAll("[^(\\[{]", ""))
                .reverse().toString().replace('(', ')').replace('[', ']').replace('{', '}');
        String text = open.repeat(500) + close.repeat(500);
        PolicyReader.Result result = assertTimeoutPreemptively(QUICKLY, () -> read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(DiagnosticCode.G005, result.diagnostics().get(0).code());
        assertEquals(1, result.diagnostics().size());
    }

    /**
     * Text the gate cannot tell from code must not let deep nesting past it: each of these once
     * hid the brackets that follow from the gate, while Groovy's parser saw them as code.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "x(/'''/)\n%s\ny(/'''/)\n",          // a slashy string holding three quotes
        "x($/'''/$)\n%s\ny($/'''/$)\n",      // a dollar-slashy string
        "#!'''\n%s\n//'''\n",                // a script header line
        "x '''a'''' %s\n",                   // four quotes end a triple-quoted string with a quote
        "x '''a\\'''' %s\n",                 // an escaped quote before the closing three
        "x '''a'\n%s\n",                     // a triple quote that never closes is two strings
        "x \"${'\"'}'''\"\n%s\ny('''')\n",   // a quote inside ${...}
        "x 'a\n%s\n",                        // a string left open at the end of its line
        "x '\\q' %s\n",                      // an escape Groovy does not know
        "x 1 / 2 /* %s\n",                   // division, then a comment never closed
    })
    void textTheGateCannotReadDoesNotHideDeepNesting(String template) {
        String deep = "guideline('a') " + "{ ".repeat(500) + "} ".repeat(500);
        String text = String.format(template.replace("%s", "%1$s"), deep);
        PolicyReader.Result result = assertTimeoutPreemptively(QUICKLY, () -> read(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.G005),
                () -> "expected G005, got " + Snippets.render(result.diagnostics()));
    }

    @Test
    void afterTextItCannotReadTheGateCountsEveryOpeningBracketAndSaysWhere() {
        PreParseGate.Limits limits = new PreParseGate.Limits(1 << 20, 20_000, 3);
        // from the slash on, closing brackets no longer count: the fourth opening one is on line 9
        String text = replacing(2, "    title /Test guideline/");
        Diagnostic d = only(read(limits, text), at(DiagnosticCode.G005, 9, 19));
        assertEquals("brackets may be nested 4 deep; at most 3 are allowed", d.message());
        assertTrue(d.help().startsWith("from line 2, column 11 (`/`)"), d.help());
    }

    @Test
    void aLeadingByteOrderMarkTakesNoColumn() {
        only(read(("\uFEFF" + replacing(1, "guideline('01-00000-00') { // \u0007")).getBytes(StandardCharsets.UTF_8)),
                at(DiagnosticCode.G004, 1, 31));
        only(read(("\uFEFF" + replacing(1, "guideline('IGRT') {")).getBytes(StandardCharsets.UTF_8)),
                at(DiagnosticCode.V006, 1, 11));
    }

    @Test
    void gateAloneReturnsTheTextWithoutAByteOrderMark() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> text = new PreParseGate(PreParseGate.Limits.DEFAULT)
                .admit(FILE, "\uFEFFtitle 'x'".getBytes(StandardCharsets.UTF_8), diagnostics);
        assertEquals(Optional.of("title 'x'"), text);
        assertTrue(diagnostics.sorted().isEmpty());
    }

    @Test
    void gateReturnsNothingWhenItReportsAnError() {
        Diagnostics diagnostics = new Diagnostics();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a {{{{ }}}}".getBytes(StandardCharsets.UTF_8));
        Optional<String> text = new PreParseGate(new PreParseGate.Limits(100, 100, 2))
                .admit(FILE, bytes.toByteArray(), diagnostics);
        assertTrue(text.isEmpty());
        assertTrue(diagnostics.hasErrors());
    }
}
