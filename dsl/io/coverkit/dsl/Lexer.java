package io.coverkit.dsl;

/**
 * Marks which characters of a policy file are code and which sit inside strings or comments, so
 * that the gate counts only brackets that nest code. Deliberately simple: it knows Groovy's quote
 * forms and comment forms, which is all a vocabulary file may use.
 */
final class Lexer {
    private final boolean[] inCode;

    Lexer(String text) {
        inCode = new boolean[text.length()];
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("'''", i) || text.startsWith("\"\"\"", i)) {
                i = skipPast(text, i + 3, text.substring(i, i + 3));
            } else if (text.charAt(i) == '\'' || text.charAt(i) == '"') {
                i = skipQuoted(text, i + 1, text.charAt(i));
            } else if (text.startsWith("//", i)) {
                i = skipPast(text, i + 2, "\n");
            } else if (text.startsWith("/*", i)) {
                i = skipPast(text, i + 2, "*/");
            } else {
                inCode[i] = true;
                i++;
            }
        }
    }

    /** True when the character at {@code offset} is outside strings and comments. */
    boolean isCode(int offset) {
        return inCode[offset];
    }

    private static int skipPast(String text, int from, String end) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static int skipQuoted(String text, int from, char quote) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
