package io.coverkit.dsl;

/**
 * Marks which characters of a policy file are code and which sit inside strings or comments, so
 * that the gate counts only brackets that nest code.
 *
 * <p>It follows Groovy's lexical rules for the forms a vocabulary file may use: {@code '...'},
 * {@code "..."}, {@code '''...'''}, {@code """..."""} (with their escapes and the rule that
 * {@code ''''} ends a triple-quoted string with a quote), {@code //} and block comments.
 * Where Groovy's reading depends on more than that (a {@code /} outside a comment may begin a
 * slashy string, {@code $} in a double-quoted string opens code, {@code #} may begin a script
 * header, an unclosed string or an unknown escape makes Groovy recover in ways of its own), the
 * lexer stops and says so: from {@link #certainUntil()} on, the gate must treat every opening
 * bracket as code. A mistake here would let deep nesting reach the parser, so when in doubt it
 * gives up rather than guesses.
 */
final class Lexer {
    private static final int UNSURE = -1;

    private final boolean[] inCode;
    private final int certainUntil;

    Lexer(String text) {
        inCode = new boolean[text.length()];
        certainUntil = scan(text);
    }

    /** True when the character at {@code offset} is known to be outside strings and comments. */
    boolean isCode(int offset) {
        return offset < certainUntil && inCode[offset];
    }

    /**
     * The offset from which the lexer cannot tell code from text; the text's length when it can
     * throughout.
     */
    int certainUntil() {
        return certainUntil;
    }

    private int scan(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (text.startsWith("'''", i) || text.startsWith("\"\"\"", i)) {
                end = tripleQuoted(text, i);
            } else if (c == '\'' || c == '"') {
                end = quoted(text, i);
            } else if (text.startsWith("//", i)) {
                end = lineEnd(text, i);
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? UNSURE : close + 2;
            } else if (c == '/' || c == '#') {
                end = UNSURE; // a slashy string or division; a script header or a stray character
            } else {
                inCode[i] = true;
                end = i + 1;
            }
            if (end == UNSURE) {
                return i;
            }
            i = end;
        }
        return n;
    }

    /** The end of a one-line string opened at {@code start}, or UNSURE. */
    private static int quoted(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r' || (c == '$' && quote == '"')) {
                return UNSURE;
            } else if (c == '\\') {
                i = escape(text, i);
                if (i == UNSURE) {
                    return UNSURE;
                }
            } else {
                i++;
            }
        }
        return UNSURE;
    }

    /** The end of a triple-quoted string opened at {@code start}, or UNSURE. */
    private static int tripleQuoted(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 3;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && quote == '"') {
                return UNSURE;
            } else if (c == '\\') {
                i = escape(text, i);
                if (i == UNSURE) {
                    return UNSURE;
                }
            } else if (c == quote && closesTriple(text, i, quote)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return UNSURE;
    }

    // Groovy's rule (GroovyLexer.g4, TsqStringCharacter): a quote is text unless two quotes follow
    // it, except that a run of four or five quotes keeps its first ones as text.
    private static boolean closesTriple(String text, int i, char quote) {
        boolean content = at(text, i + 1) != quote
                || at(text, i + 2) != quote
                || (at(text, i + 3) == quote && (at(text, i + 4) != quote || at(text, i + 5) != quote));
        return !content;
    }

    /** The offset after the escape sequence at {@code i}, or UNSURE when Groovy would not accept it. */
    private static int escape(String text, int i) {
        char e = at(text, i + 1);
        if ("btnfrs\"'\\$".indexOf(e) >= 0) {
            return i + 2;
        }
        if (e >= '0' && e <= '7') {
            return i + 2; // the octal digits after the first are ordinary text
        }
        if (e == 'u') {
            for (int k = i + 2; k < i + 6; k++) {
                if (Character.digit(at(text, k), 16) < 0) {
                    return UNSURE;
                }
            }
            return i + 6;
        }
        if (e == '\r') {
            return at(text, i + 2) == '\n' ? i + 3 : i + 2;
        }
        if (e == '\n') {
            return i + 2;
        }
        return UNSURE;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static char at(String text, int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }
}
