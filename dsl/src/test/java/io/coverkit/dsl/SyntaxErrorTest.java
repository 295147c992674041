package io.coverkit.dsl;

import static io.coverkit.dsl.Snippets.MINIMAL;
import static io.coverkit.dsl.Snippets.at;
import static io.coverkit.dsl.Snippets.inserting;
import static io.coverkit.dsl.Snippets.only;
import static io.coverkit.dsl.Snippets.read;
import static io.coverkit.dsl.Snippets.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Syntax errors are P001 at the line of the mistake, in plain words, without the parser's internals. */
class SyntaxErrorTest {

    // Java or Groovy type names, packages and parser vocabulary an analyst should never see.
    private static final Pattern INTERNALS = Pattern.compile(
            "org\\.|java\\.|groovy\\.|antlr|Exception|Error\\b|Token|Expression|Statement|AST|@ line|[A-Z][a-z]+[A-Z][a-z]+");

    private static Diagnostic syntaxError(String text, int line, int column) {
        Diagnostic d = only(read(text), at(DiagnosticCode.P001, line, column));
        assertPlain(d);
        return d;
    }

    static void assertPlain(Diagnostic d) {
        assertFalse(INTERNALS.matcher(d.message()).find(), "internals in: " + d.message());
        assertFalse(INTERNALS.matcher(d.help()).find(), "internals in: " + d.help());
        assertFalse(d.message().contains("\n") || d.message().contains("\\n"), "one line: " + d.message());
        assertTrue(Character.isLowerCase(d.message().charAt(0)), d.message());
        assertFalse(d.message().endsWith("."), d.message());
        assertTrue(d.message().length() < 120, d.message());
    }

    @Test
    void strayClosingParenthesis() {
        Diagnostic d = syntaxError(replacing(2, "    title 'Test guideline')"), 2, 27);
        assertTrue(d.message().startsWith("unexpected input: `"), d.message());
        assertTrue(d.message().endsWith("title 'Test guideline')`"), "the excerpt ends where the problem is: " + d.message());
    }

    @Test
    void unterminatedString() {
        Diagnostic d = syntaxError(replacing(2, "    title 'Test guideline"), 2, 11);
        assertEquals("unexpected character: `'`", d.message());
    }

    @Test
    void missingClosingBraceIsReportedAtTheEndOfTheFile() {
        String text = String.join("\n", MINIMAL.lines().limit(22).toList()) + "\n";
        syntaxError(text, 23, 1);
    }

    @Test
    void extraClosingBrace() {
        syntaxError(MINIMAL + "}\n", 24, 1);
    }

    @Test
    void trailingComma() {
        syntaxError(replacing(6, "            indication 'Implanted fiducial markers',"), 7, 9);
    }

    @Test
    void modifierWhereAKeywordBelongs() {
        Diagnostic d = syntaxError(inserting(2, "    static title 'x'"), 2, 5);
        assertEquals("unexpected input: `static`", d.message());
    }

    @Test
    void repeatedNamedArgument() {
        Diagnostic d = syntaxError(replacing(18, "        exception 'FEP', text: 'a', text: 'b'"), 18, 37);
        assertEquals("duplicated named parameter `text` found", d.message());
    }

    @Test
    void aFileWithASyntaxErrorYieldsNoGuidelineAndNothingElse() {
        PolicyReader.Result result = read(replacing(2, "    title 'Test guideline')"));
        assertTrue(result.guideline().isEmpty());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.code() == DiagnosticCode.P001));
    }

    @Test
    void plainDropsThePositionAndFlattensTheExcerpt() {
        assertEquals("unexpected input: `a { b`", SyntaxParser.plain("Unexpected input: 'a {\\n b' @ line 3, column 4."));
        assertEquals("unexpected character: `'`", SyntaxParser.plain("Unexpected character: '\\''"));
        String longExcerpt = "x".repeat(100);
        String shortened = SyntaxParser.plain("Unexpected input: '" + longExcerpt + "end'");
        assertTrue(shortened.startsWith("unexpected input: `...") && shortened.endsWith("end`"), shortened);
        assertTrue(shortened.length() < 70, shortened);
        assertEquals("syntax error", SyntaxParser.plain(null));
        assertEquals("syntax error", SyntaxParser.plain("   "));
        assertEquals("something `odd` happened", SyntaxParser.plain("Something 'odd'\nhappened."));
    }

    @Test
    void everySyntaxErrorOfSeveralFilesIsPlain() {
        for (String text : List.of("guideline('a') {", "guideline('a') { title 'x' ) }", "def x = 1; x.",
                "guideline(\"a\") { title \"\"\"abc }", "@", "guideline('a') { title 1abc2.3.4 }")) {
            PolicyReader.Result result = read(text);
            assertFalse(result.diagnostics().isEmpty(), text);
            for (Diagnostic d : result.diagnostics()) {
                if (d.code() == DiagnosticCode.P001) {
                    assertPlain(d);
                    assertEquals(1, d.at().line(), text);
                }
            }
        }
    }
}
