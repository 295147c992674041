package io.coverkit.dsl;

/**
 * Counts, in one pass over the text, what Groovy's parser can nest without a single bracket: the
 * terms of the expressions open at each point, and the statements and tokens of the whole file.
 *
 * <p>A command chain ({@code x y x y ...}), an operator chain ({@code 'a' + 1 + 1 ...}), generics
 * ({@code List<List<...>>}) and a prefix chain ({@code !!!!x}) each build a syntax tree one level
 * deeper per term, and every recursive reader of that tree (Groovy's own visitors included) goes
 * one call deeper per level. The depth of such a tree is at most the number of terms of the
 * expressions enclosing a point, so that number is bounded: a term is a word, a number, a string,
 * an operator character or a bracketed group, and an expression ends at a comma, a semicolon, a
 * closing bracket, or a line break where Groovy ends a statement (outside parentheses and square
 * brackets, and not after an operator).
 *
 * <p>INVARIANT: the count never falls below the terms Groovy's parser would put in one expression.
 * Where the {@link Lexer} cannot tell text from code, every character is taken as code and nothing
 * ends an expression, so text there can only make the count larger.
 */
final class ExpressionBound {

    /** Where a bound was first passed, and the bound. */
    record Excess(int offset, long limit, boolean inBrackets) {}

    private final int maxTerms;
    private final int maxTermsInBrackets;
    private Excess terms;
    private long statements = 1;
    private long tokens;

    private ExpressionBound(int maxTerms, int maxTermsInBrackets) {
        this.maxTerms = maxTerms;
        this.maxTermsInBrackets = maxTermsInBrackets;
    }

    /** Counts {@code text}, whose strings and comments {@code lexer} marks. */
    static ExpressionBound count(String text, Lexer lexer, int maxTerms) {
        return count(text, lexer, maxTerms, Integer.MAX_VALUE);
    }

    /**
     * Counts {@code text}, with a second, lower bound on the terms of one expression inside round
     * or square brackets, where Groovy's parser weighs every way a command chain could be read.
     */
    static ExpressionBound count(String text, Lexer lexer, int maxTerms, int maxTermsInBrackets) {
        ExpressionBound bound = new ExpressionBound(maxTerms, maxTermsInBrackets);
        bound.scan(text, lexer);
        return bound;
    }

    /** Where an expression first had more terms than allowed, or null. */
    Excess terms() {
        return terms;
    }

    /** Statements in the file: line breaks and semicolons outside strings and comments, plus one. */
    long statements() {
        return statements;
    }

    /** Tokens in the file: words, numbers, strings, operator characters and brackets. */
    long tokens() {
        return tokens;
    }

    private void scan(String text, Lexer lexer) {
        int certain = lexer.certainUntil();
        // Per open bracket: its kind, and the terms counted at its level; level 0 is the file.
        char[] kinds = new char[16];
        long[] counts = new long[16];
        int level = 0;
        long open = 0; // terms of every open expression, the sum of counts[0..level]
        boolean inWord = false;
        boolean afterOperator = false;
        boolean endPending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sure = i < certain;
            if (sure && !lexer.isCode(i)) {
                // A string is one term; a comment is none.
                if ((c == '\'' || c == '"') && startsString(text, lexer, i)) {
                    if (endPending) {
                        endPending = false;
                        open -= counts[level];
                        counts[level] = 0;
                    }
                    counts[level]++;
                    open++;
                    tokens++;
                    afterOperator = false;
                    check(open, counts[level], kinds[level], i);
                }
                inWord = false;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF') {
                inWord = false;
                continue;
            }
            if (c == '\n') {
                inWord = false;
                if (sure) {
                    statements++;
                    // The statement ends here unless the next line goes on with an operator.
                    endPending = (kinds[level] == '{' || level == 0) && !afterOperator;
                }
                continue;
            }
            boolean wordChar = Character.isLetterOrDigit(c) || c == '_' || c == '$';
            if (endPending) {
                endPending = false;
                if ((wordChar && !continuesLine(text, i)) || c == '(' || c == '[' || c == '{' || c == ')' || c == ']'
                        || c == '}' || c == ',' || c == ';') {
                    open -= counts[level];
                    counts[level] = 0;
                }
            }
            if (wordChar) {
                if (!inWord) {
                    counts[level]++;
                    open++;
                    tokens++;
                    check(open, counts[level], kinds[level], i);
                }
                inWord = true;
                afterOperator = false;
                continue;
            }
            inWord = false;
            tokens++;
            if (sure && (c == ',' || c == ';')) {
                statements += c == ';' ? 1 : 0;
                open -= counts[level];
                counts[level] = 0;
                afterOperator = false;
            } else if (c == '(' || c == '[' || c == '{') {
                counts[level]++; // the group is one term of the expression around it
                open++;
                check(open, counts[level], kinds[level], i);
                if (++level == kinds.length) {
                    kinds = java.util.Arrays.copyOf(kinds, level * 2);
                    counts = java.util.Arrays.copyOf(counts, level * 2);
                }
                kinds[level] = c;
                counts[level] = 0;
                afterOperator = false;
            } else if (sure && (c == ')' || c == ']' || c == '}')) {
                if (level > 0) {
                    open -= counts[level];
                    level--;
                }
                afterOperator = false;
            } else {
                counts[level]++; // an operator character, a dot, or where unsure, any character
                open++;
                check(open, counts[level], kinds[level], i);
                afterOperator = sure;
            }
        }
    }

    /** True when the word at {@code i} is one that Groovy lets continue an expression from the line before. */
    private static boolean continuesLine(String text, int i) {
        for (String word : new String[] {"in", "instanceof", "as"}) {
            if (text.startsWith(word, i) && (i + word.length() >= text.length()
                    || !Character.isLetterOrDigit(text.charAt(i + word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** True when the quote at {@code i}, outside code, opens a string rather than sitting in one. */
    private static boolean startsString(String text, Lexer lexer, int i) {
        return i == 0 || lexer.isCode(i - 1) || (i >= 2 && text.charAt(i - 1) == '/' && text.charAt(i - 2) == '*');
    }

    private void check(long open, long here, char kind, int offset) {
        if (terms != null) {
            return;
        }
        if (open > maxTerms) {
            terms = new Excess(offset, maxTerms, false);
        } else if ((kind == '(' || kind == '[') && here > maxTermsInBrackets) {
            terms = new Excess(offset, maxTermsInBrackets, true);
        }
    }
}
