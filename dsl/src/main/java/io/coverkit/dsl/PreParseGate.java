package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first layer of defence, in plain Java, before Groovy's parser sees a byte: size, strict
 * UTF-8, forbidden characters, line length and bracket nesting. Each bound exists because the
 * parser behind it would otherwise spend unbounded time or stack on hostile input.
 */
public final class PreParseGate {

    /** Bounds the gate enforces. */
    public record Limits(int maxBytes, int maxLineLength, int maxNesting, int maxLines) {
        /**
         * Generous for real guidelines (the longest published paragraph is about 2,500 characters;
         * the IGRT policy has 140 lines). The line bound exists because Groovy's parser slows
         * sharply with many statements: tens of thousands take minutes inside the byte bound.
         */
        public static final Limits DEFAULT = new Limits(1 << 20, 20_000, 40, 10_000);

        /** Limits with the default line bound. */
        public Limits(int maxBytes, int maxLineLength, int maxNesting) {
            this(maxBytes, maxLineLength, maxNesting, 10_000);
        }
    }

    private final Limits limits;

    /** A gate with the given bounds. */
    public PreParseGate(Limits limits) {
        this.limits = limits;
    }

    /**
     * Checks the bytes of {@code file}; returns the decoded text when they pass, and records every
     * problem in {@code diagnostics}.
     */
    public Optional<String> admit(String file, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > limits.maxBytes()) {
            diagnostics.error(DiagnosticCode.G001, new SourceRef(file, 1, 1),
                    "file is " + bytes.length + " bytes; a policy file may have at most " + limits.maxBytes());
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // The lenient decoder marks every malformed sequence with U+FFFD, so text without one is
        // what the strict decoder gives; only text with one needs the strict decoder's verdict.
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                diagnostics.error(DiagnosticCode.G003, firstBadByte(file, bytes), "file is not valid UTF-8",
                        "save the file as UTF-8");
                return Optional.empty();
            }
        }
        long lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        if (lines > limits.maxLines()) {
            diagnostics.error(DiagnosticCode.G001, new SourceRef(file, limits.maxLines() + 1, 1),
                    "file has " + lines + " lines; a policy file may have at most " + limits.maxLines());
            return Optional.empty();
        }
        Diagnostics found = new Diagnostics();
        scan(file, text, found);
        diagnostics.addAll(found.sorted());
        if (found.hasErrors()) {
            return Optional.empty();
        }
        // The gate tolerates a leading byte order mark; Groovy's parser does not, so it stops here.
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static SourceRef firstBadByte(String file, byte[] bytes) {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        return position(file, out.toString(), out.length());
    }

    private static SourceRef position(String file, String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceRef(file, line, column);
    }

    private void scan(String file, String text, Diagnostics diagnostics) {
        Lexer lexer = new Lexer(text);
        int line = 1;
        int column = 1;
        int lineStart = 0;
        int depth = 0;
        boolean depthReported = false;
        int chain = 0;
        boolean chainReported = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                // Most of a file: never forbidden, never a bracket, dot or line end, and part of a
                // member name, so it neither extends nor ends a chain.
                column++;
                continue;
            }
            if (i == 0 && c == '\uFEFF') {
                continue; // a leading byte order mark is invisible in editors: it takes no column
            }
            if (isForbidden(c, i)) {
                diagnostics.error(DiagnosticCode.G004, new SourceRef(file, line, column),
                        String.format("forbidden character U+%04X", (int) c),
                        "policy files may hold printable text, tabs and line breaks only");
            }
            boolean code = lexer.isCode(i);
            // A chain of member accesses (`.x.x.x...`) nests the syntax tree without a single
            // bracket; readers of that tree recurse once per link, so its length is bounded too.
            if (code && c == '.') {
                chain++;
                if (chain > MAX_CHAIN && !chainReported) {
                    diagnostics.error(DiagnosticCode.G005, new SourceRef(file, line, column),
                            "member accesses are chained " + chain + " deep; at most " + MAX_CHAIN + " are allowed");
                    chainReported = true;
                }
            } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
                chain = 0;
            }
            // INVARIANT: depth never falls below the nesting Groovy's parser would see. Where the
            // lexer cannot tell text from code, every opening bracket counts and none closes.
            boolean sure = i < lexer.certainUntil();
            if ((code || !sure) && (c == '(' || c == '[' || c == '{')) {
                depth++;
                if (depth > limits.maxNesting() && !depthReported) {
                    reportDepth(file, text, lexer, depth, sure, new SourceRef(file, line, column), diagnostics);
                    depthReported = true;
                }
            } else if (code && (c == ')' || c == ']' || c == '}')) {
                depth = Math.max(0, depth - 1);
            }
            if (c == '\n') {
                checkLineLength(file, line, i - lineStart, diagnostics);
                line++;
                column = 1;
                lineStart = i + 1;
            } else {
                column++;
            }
        }
        checkLineLength(file, line, text.length() - lineStart, diagnostics);
        checkShape(file, text, lexer, depthReported || chainReported, diagnostics);
    }

    /**
     * What the parser can nest without brackets, and how much work a file can ask of every later
     * stage: each statement and token costs the parser, the reader and the diagnostics a little,
     * so a megabyte of {@code a;} would cost minutes and gigabytes without these bounds.
     */
    private static void checkShape(String file, String text, Lexer lexer, boolean nestingReported, Diagnostics diagnostics) {
        ExpressionBound shape = ExpressionBound.count(text, lexer, MAX_TERMS, MAX_TERMS_IN_BRACKETS);
        // Brackets nested too deep also make long expressions; one message for one problem.
        if (shape.terms() != null && !nestingReported) {
            long limit = shape.terms().limit();
            diagnostics.error(DiagnosticCode.G008, position(file, text, shape.terms().offset()),
                    "an expression " + (shape.terms().inBrackets() ? "in brackets " : "") + "runs to more than " + limit
                            + " terms here without a comma or line break; at most " + limit + " are allowed",
                    "a chain of words, operators or type arguments this long nests the syntax too deeply; split it");
        }
        if (shape.statements() > MAX_STATEMENTS) {
            diagnostics.error(DiagnosticCode.G001, new SourceRef(file, 1, 1),
                    "file has " + shape.statements() + " statements; a policy file may have at most " + MAX_STATEMENTS);
        }
        if (shape.tokens() > MAX_TOKENS) {
            diagnostics.error(DiagnosticCode.G001, new SourceRef(file, 1, 1),
                    "file has " + shape.tokens() + " words, strings and symbols; a policy file may have at most " + MAX_TOKENS);
        }
    }

    /**
     * The most terms the expressions open at one point may hold together. The longest clause of
     * the bundled policies holds a few dozen; Groovy's recursive visitors stay far inside a
     * thread's stack at this depth.
     */
    static final int MAX_TERMS = 400;

    /**
     * The most terms one expression inside round or square brackets may hold: a policy writes a
     * value or two there; a long command chain inside parentheses costs Groovy's parser seconds
     * and gigabytes, which the total bound alone allows.
     */
    static final int MAX_TERMS_IN_BRACKETS = 40;

    /** The most statements (line breaks and semicolons outside strings and comments) a file may hold. */
    static final int MAX_STATEMENTS = 10_000;

    /** The most tokens a file may hold; the bundled policies hold a few thousand. */
    static final int MAX_TOKENS = 50_000;

    private void reportDepth(
            String file, String text, Lexer lexer, int depth, boolean sure, SourceRef at, Diagnostics diagnostics) {
        if (sure) {
            diagnostics.error(DiagnosticCode.G005, at,
                    "brackets are nested " + depth + " deep; at most " + limits.maxNesting() + " are allowed");
            return;
        }
        SourceRef from = position(file, text, lexer.certainUntil());
        diagnostics.error(DiagnosticCode.G005, at,
                "brackets may be nested " + depth + " deep; at most " + limits.maxNesting() + " are allowed",
                "from line " + from.line() + ", column " + from.column() + " (`" + text.charAt(lexer.certainUntil())
                        + "`) the text cannot be told from code, so every opening bracket counts; write text in"
                        + " single quotes and close every string and comment");
    }

    private void checkLineLength(String file, int line, int length, Diagnostics diagnostics) {
        if (length > limits.maxLineLength()) {
            diagnostics.error(DiagnosticCode.G002, new SourceRef(file, line, limits.maxLineLength() + 1),
                    "line is " + length + " characters long; at most " + limits.maxLineLength() + " are allowed");
        }
    }

    /** The longest chain of member accesses a file may write. */
    static final int MAX_CHAIN = 100;

    static boolean isForbidden(char c, int offset) {
        if (c >= ' ' && c < 0x7F) {
            return false; // printable ASCII, checked first because it is nearly every character
        }
        // Noncharacters: Groovy's lexer treats U+FFFF as end of input, so the gate must not see past it.
        if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
            return true;
        }
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        if (c == '\uFEFF') {
            return offset != 0; // a byte order mark is tolerated only as the first character
        }
        return io.coverkit.model.UnsafeCharacters.isControlOrBidi(c);
    }
}
