package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gate's lexer tells code from text the way Groovy does, and says when it cannot. */
class LexerTest {

    /** The characters of {@code text} the lexer calls code, the others as {@code _}. */
    private static String code(String text) {
        Lexer lexer = new Lexer(text);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            s.append(lexer.isCode(i) ? text.charAt(i) : '_');
        }
        return s.toString();
    }

    private static void certain(String text, String expected) {
        assertEquals(expected, code(text), text);
        assertEquals(text.length(), new Lexer(text).certainUntil(), text);
    }

    private static void unsureFrom(String text, int offset) {
        Lexer lexer = new Lexer(text);
        assertEquals(offset, lexer.certainUntil(), text);
        for (int i = offset; i < text.length(); i++) {
            assertFalse(lexer.isCode(i), "nothing is code once the lexer is unsure: " + text);
        }
    }

    @Test
    void quotedStrings() {
        certain("a('x(')", "a(____)");
        certain("a(\"x(\")", "a(____)");
        certain("a 'x\\'(' b", "a ______ b");
        certain("a 'x\\u0028' (", "a _________ (");
        certain("a \"it's\" (", "a ______ (");
        certain("a '\"' (", "a ___ (");
    }

    @Test
    void tripleQuotedStringsSpanLines() {
        certain("a '''x\n(''' b", "a _________ b");
        certain("a \"\"\"x\n(\"\"\" b", "a _________ b");
    }

    @Test
    void tripleQuotedStringsEndAsGroovyEndsThem() {
        certain("a '''x''''b", "a ________b");     // four quotes: a quote, then the end
        certain("a '''x'''''b", "a _________b");   // five quotes: two quotes, then the end
        certain("a '''x\\''''b", "a _________b");  // an escaped quote, then the end
        certain("a ''''''b", "a ______b");          // an empty triple-quoted string
    }

    @Test
    void comments() {
        certain("a // (\nb(", "a ____\nb(");
        certain("a /* ( */ b(", "a _______ b(");
        certain("a /* (\n( */ b(", "a _________ b(");
        certain("a // '''\nb(", "a ______\nb(");
    }

    @Test
    void lineContinuationInsideAString() {
        certain("a 'x\\\ny\\\r\nz' (", "a __________ (");
    }

    @Test
    void formsItCannotFollowStopIt() {
        unsureFrom("a / b", 2);          // division or a slashy string
        unsureFrom("a(/x/)", 2);
        unsureFrom("a($/x/$)", 3);       // a dollar-slashy string
        unsureFrom("#!shebang\na(", 0);  // a script header
        unsureFrom("a \"${b}\"", 2);     // code inside a string
        unsureFrom("a \"$b\"", 2);
        unsureFrom("a \"\"\"${x}\"\"\"", 2);
        unsureFrom("a '''x", 2);         // never closed
        unsureFrom("a 'x\nb'", 2);       // a one-line string across a line
        unsureFrom("a 'x", 2);
        unsureFrom("a /* x", 2);
        unsureFrom("a '\\q'", 2);        // an escape Groovy does not know
        unsureFrom("a '\\u00'", 2);
        unsureFrom("a '\\", 2);
    }

    @Test
    void emptyText() {
        assertEquals(0, new Lexer("").certainUntil());
        assertTrue(code("").isEmpty());
    }
}
