package io.coverkit.dsl;

import java.util.Optional;
import org.codehaus.groovy.ast.expr.ConstantExpression;

/**
 * Number literals as a policy may write them: plain decimal digits only. Groovy also reads
 * {@code 050} (octal, 40), {@code 0x32}, {@code 0b110010}, {@code 5_0}, {@code 50L}, {@code 50G} and
 * {@code 1e2}; a page that says "50" while the policy means 40 decides wrongly, so any of those is
 * a diagnostic. Both parsers keep the literal's text on its node (Groovy's own under the same key
 * the direct parser uses), and that text, not the value, is what is judged.
 */
final class NumberLiteral {

    // The keys under which Groovy's AstBuilder (and DirectParser) keep a number's text as written.
    private static final String INTEGER_TEXT = "_INTEGER_LITERAL_TEXT";
    private static final String FLOATING_POINT_TEXT = "_FLOATING_POINT_LITERAL_TEXT";

    /** How a policy writes a number, for the help line of every number diagnostic. */
    static final String HELP = "write numbers in plain decimal digits, without a leading zero, prefix, underscore or suffix, such as `50`";

    private NumberLiteral() {}

    /** The literal's text as written, when the parser kept it (a folded {@code -5} keeps none). */
    static Optional<String> written(ConstantExpression constant) {
        Object text = constant.getNodeMetaData(INTEGER_TEXT);
        if (text == null) {
            text = constant.getNodeMetaData(FLOATING_POINT_TEXT);
        }
        return Optional.ofNullable(text).map(String::valueOf);
    }

    /** True for {@code 0} or a run of decimal digits without a leading zero. */
    static boolean isPlainDecimal(String text) {
        if (text.isEmpty() || text.length() > 1 && text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a decimal fraction in plain digits: a whole part as {@link #isPlainDecimal} allows, a
     * dot, and at least one digit, such as {@code 0.35} or {@code 1.5}; no exponent, no suffix.
     */
    static boolean isPlainFraction(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot == text.length() - 1 || !isPlainDecimal(text.substring(0, dot))) {
            return false;
        }
        for (int i = dot + 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Why the number written {@code text} is not plain decimal, as a whole message; empty when it is.
     */
    static Optional<String> problem(String text) {
        if (isPlainDecimal(text)) {
            return Optional.empty();
        }
        return Optional.of("`" + text + "` is not a plain decimal number: " + reason(text.toLowerCase(java.util.Locale.ROOT)));
    }

    private static String reason(String t) {
        if (t.startsWith("0x")) {
            return "it is hexadecimal";
        }
        if (t.startsWith("0b")) {
            return "it is binary";
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 && !t.startsWith("0x")) {
            return "it is not a whole number";
        }
        if (t.indexOf('_') >= 0) {
            return "it has underscores";
        }
        char last = t.charAt(t.length() - 1);
        if (last < '0' || last > '9') {
            return "it has a type suffix";
        }
        return "a leading zero makes it octal to Groovy";
    }
}
