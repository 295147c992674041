package io.coverkit.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.groovy.parser.antlr4.util.StringUtils;

/**
 * Splits policy text into the tokens Groovy's own lexer would hand its parser, for the small part
 * of Groovy a policy file is written in, or gives up.
 *
 * <p>It reproduces the lexer's rules that decide the syntax tree's shape and positions: newlines
 * are tokens between braces and invisible inside parentheses, a line comment is a newline token, a
 * block comment is a newline token when only blanks follow it on its line and invisible otherwise,
 * and a token ends where Groovy's position code says it does. Everything else it meets (a keyword,
 * a slash that is not a comment, a {@code $} in double quotes, an unknown escape, a character
 * outside ASCII in code, a carriage return, a number Groovy reads as something other than a whole
 * decimal, ...) makes it give up, so that the file goes to Groovy's parser instead. It never
 * guesses: a token it returns is one Groovy's lexer would produce from the same characters.
 */
final class DirectLexer {

    /** What a token is. */
    enum Kind { IDENT, STRING, INT, DECIMAL, TRUE, FALSE, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, COLON, DOT, NL, EOF }

    /**
     * A token: its kind, its text as written, its offsets in the file, and its first and last
     * positions as Groovy computes them (the last column is the one after the token's last character).
     */
    record Token(Kind kind, String text, int start, int end, int line, int column, int lastLine, int lastColumn) {
        /** True when the token follows {@code before} with nothing in between. */
        boolean touches(Token before) {
            return start == before.end;
        }
    }

    /** Thrown, once per file at most, where the text leaves the subset the direct parser reads. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not in the direct parser's subset", null, false, false);
        }
    }

    /** Thrown when the file's processor-time budget ran out while reading it. */
    static final class OutOfTime extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final OutOfTime INSTANCE = new OutOfTime();

        private OutOfTime() {
            super("the file's processor time ran out", null, false, false);
        }
    }

    // How many characters are read between two looks at the time budget: a look costs about a
    // microsecond, a few thousand characters a few microseconds.
    private static final int CHECK_EVERY = 4096;

    // Every word Groovy 5's lexer makes a keyword or a literal of, whether or not the grammar lets it
    // stand as a name somewhere: the primitive types are fragments of one token, `true`, `false`
    // and `null` are literals. A policy needs none of them as a name, so any of them means give up.
    private static final Set<String> RESERVED = Set.of(
            "as", "def", "in", "trait", "threadsafe", "var", "abstract", "assert", "break", "yield", "case", "catch",
            "class", "const", "continue", "default", "do", "else", "enum", "extends", "final", "finally", "for", "if",
            "goto", "implements", "import", "instanceof", "interface", "native", "new", "package", "permits",
            "private", "protected", "public", "record", "return", "sealed", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "null",
            "boolean", "char", "byte", "short", "int", "long", "float", "double");

    private final String text;
    private final BooleanSupplier outOfTime;
    private final List<Token> tokens = new ArrayList<>();
    // The open brackets, innermost last: '(' hides newlines and comments, '{' does not.
    private final StringBuilder open = new StringBuilder();
    private int i;
    private int line = 1;
    private int column = 1;

    private DirectLexer(String text, BooleanSupplier outOfTime) {
        this.text = text;
        this.outOfTime = outOfTime;
    }

    /**
     * The tokens of {@code text}, ending with {@link Kind#EOF}; throws {@link GiveUp}, or
     * {@link OutOfTime} once {@code outOfTime} says so.
     */
    static List<Token> tokens(String text, BooleanSupplier outOfTime) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (k % (16 * CHECK_EVERY) == 0 && outOfTime.getAsBoolean()) {
                throw OutOfTime.INSTANCE;
            }
            // Groovy counts columns in code points and token lengths in chars, and reads a carriage
            // return differently in each kind of token: text with either is left to it, as is text
            // the gate would stop (U+FFFF, say, ends a comment for Groovy's lexer) and a byte order mark.
            if (c == '\r' || c == '\uFEFF' || Character.isSurrogate(c) || PreParseGate.isForbidden(c, k)) {
                throw GiveUp.INSTANCE;
            }
        }
        DirectLexer lexer = new DirectLexer(text, outOfTime);
        lexer.scan();
        return lexer.tokens;
    }

    /** The value Groovy gives a string literal written as {@code raw}, quotes included. */
    static String stringValue(String raw) {
        int quotes = raw.startsWith("'''") || raw.startsWith("\"\"\"") ? 3 : 1;
        // Groovy's own routines, called as its syntax tree builder calls them: the escapes mean
        // exactly what they mean to Groovy, including its quirks.
        return StringUtils.replaceEscapes(StringUtils.trimQuotations(raw, quotes), StringUtils.NONE_SLASHY);
    }

    private void scan() {
        int n = text.length();
        int check = CHECK_EVERY;
        while (i < n) {
            if (i >= check) {
                if (outOfTime.getAsBoolean()) {
                    throw OutOfTime.INSTANCE;
                }
                check = i + CHECK_EVERY;
            }
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                column++;
            } else if (c == '\n') {
                newline(i + 1);
            } else if (c == '/' && at(i + 1) == '/') {
                lineComment();
            } else if (c == '/' && at(i + 1) == '*') {
                blockComment();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (c >= '0' && c <= '9') {
                number();
            } else if (c >= 'a' && c <= 'z') {
                word();
            } else {
                punctuation(c);
            }
        }
        if (open.length() > 0) {
            throw GiveUp.INSTANCE;
        }
        tokens.add(new Token(Kind.EOF, "", n, n, line, column, line, column));
    }

    private void punctuation(char c) {
        Kind kind = switch (c) {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case '.' -> Kind.DOT;
            default -> throw GiveUp.INSTANCE;
        };
        if (c == '(' || c == '{') {
            open.append(c);
        } else if (c == ')' || c == '}') {
            int last = open.length() - 1;
            if (last < 0 || open.charAt(last) != (c == ')' ? '(' : '{')) {
                throw GiveUp.INSTANCE;
            }
            open.setLength(last);
        }
        emit(kind, i + 1);
    }

    private boolean insideParentheses() {
        return open.length() > 0 && open.charAt(open.length() - 1) == '(';
    }

    private void newline(int to) {
        if (!insideParentheses()) {
            emit(Kind.NL, to);
        } else {
            advance(to);
        }
    }

    private void lineComment() {
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        newline(end);
    }

    private void blockComment() {
        if (at(i + 2) == '*') {
            throw GiveUp.INSTANCE; // a doc comment: Groovy may attach it to what follows
        }
        int close = text.indexOf("*/", i + 2);
        if (close < 0) {
            throw GiveUp.INSTANCE;
        }
        int end = close + 2;
        // Groovy's rule: the comment stands for a newline unless code follows it on its last line
        // or it sits inside parentheses, where it is ignored like a blank.
        if (insideParentheses() || !onlyBlanksUntilLineEnd(end)) {
            advance(end);
        } else {
            emit(Kind.NL, end);
        }
    }

    private boolean onlyBlanksUntilLineEnd(int from) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    private void string(char quote) {
        boolean triple = at(i + 1) == quote && at(i + 2) == quote;
        int k = triple ? i + 3 : i + 1;
        while (true) {
            char c = at(k);
            if (k >= text.length() || (c == '$' && quote == '"')) {
                throw GiveUp.INSTANCE;
            }
            if (c == '\\') {
                k = escape(k);
            } else if (c == quote) {
                break;
            } else if (c == '\n' && !triple) {
                throw GiveUp.INSTANCE;
            } else {
                k++;
            }
        }
        if (triple) {
            // Groovy lets a quote stand in a triple-quoted string in ways that depend on the quotes
            // around it; a closing run of exactly three is the one case taken here.
            if (at(k + 1) != quote || at(k + 2) != quote || at(k + 3) == quote) {
                throw GiveUp.INSTANCE;
            }
            k += 3;
        } else {
            k++;
        }
        emit(Kind.STRING, k);
    }

    /** The offset after the escape sequence at {@code k}; gives up on one Groovy's lexer rejects. */
    private int escape(int k) {
        char e = at(k + 1);
        if (e != 0 && "btnfrs\"'\\$\n".indexOf(e) >= 0) {
            return k + 2;
        }
        if (e >= '0' && e <= '7') {
            return k + 2; // any further octal digits are ordinary characters to the lexer
        }
        if (e == 'u') {
            for (int h = k + 2; h < k + 6; h++) {
                if (Character.digit(at(h), 16) < 0 || at(h) > 'f') {
                    throw GiveUp.INSTANCE;
                }
            }
            return k + 6;
        }
        throw GiveUp.INSTANCE;
    }

    private void number() {
        int k = i;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        char next = at(k);
        boolean leadingZero = text.charAt(i) == '0' && k - i > 1;
        // A suffix, an underscore, a letter, `$` or non-ASCII right after the digits, or a digit
        // after a dot, makes some other kind of number (or an error) in Groovy.
        if (leadingZero || k - i > 19 || isNamePart(next)) {
            throw GiveUp.INSTANCE;
        }
        if (next == '.' && Character.isDigit(at(k + 1))) {
            decimal(k + 1);
            return;
        }
        emit(Kind.INT, k);
    }

    /**
     * A decimal fraction such as {@code 0.35}, its fraction digits starting at {@code k}. An exponent,
     * a suffix, a letter or a second dot after the digits makes it something else to Groovy.
     */
    private void decimal(int k) {
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k++;
        }
        if (k - i > 40 || isNamePart(at(k)) || at(k) == '.') {
            throw GiveUp.INSTANCE;
        }
        emit(Kind.DECIMAL, k);
    }

    private void word() {
        int k = i;
        while (k < text.length() && isAsciiNamePart(text.charAt(k))) {
            k++;
        }
        if (isNamePart(at(k))) {
            throw GiveUp.INSTANCE; // `$` or a letter beyond ASCII continues the name for Groovy
        }
        String word = text.substring(i, k);
        if (RESERVED.contains(word)) {
            throw GiveUp.INSTANCE;
        }
        emit(word.equals("true") ? Kind.TRUE : word.equals("false") ? Kind.FALSE : Kind.IDENT, k);
    }

    private static boolean isAsciiNamePart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isAsciiNamePart(c) || c == '$' || c >= 0x80;
    }

    /** Adds the token that runs from the current offset to {@code end}, and moves past it. */
    private void emit(Kind kind, int end) {
        String raw = text.substring(i, end);
        int lastNewline = raw.lastIndexOf('\n');
        if (lastNewline < 0) {
            // Groovy's PositionConfigureUtils.endPosition for a token on one line.
            tokens.add(new Token(kind, raw, i, end, line, column, line, column + raw.length()));
            column += end - i;
            i = end;
            return;
        }
        int newlines = 0;
        for (int k = 0; k <= lastNewline; k++) {
            if (raw.charAt(k) == '\n') {
                newlines++;
            }
        }
        // ... and for one over several lines (a triple-quoted string, a block comment, a newline).
        tokens.add(new Token(kind, raw, i, end, line, column, line + newlines, raw.length() - lastNewline));
        advance(end);
    }

    /** Moves to {@code end}, counting lines and columns as Groovy's lexer does. */
    private void advance(int end) {
        for (; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private char at(int k) {
        return k < text.length() ? text.charAt(k) : 0;
    }
}
