package io.coverkit.model;

import java.io.Serializable;
import java.util.Locale;

/**
 * An ICD-10-CM code or an inclusive range of codes, such as {@code M80.00XA} through {@code M81.8}.
 *
 * <p>Codes are ordered as the classification orders them: without the dot, character by character,
 * digits before letters. A range includes every code below its last code in the hierarchy, so
 * {@code M80.0} through {@code M81.8} includes {@code M81.8} and {@code M81.80}. A single code
 * likewise includes the codes below it ({@code M81} includes {@code M81.0}).
 *
 * @param reading why the analyst chose this code or range where the published text does not name
 *     it, or empty
 */
public record IcdRange(String first, String last, SourceRef at, String reading) implements Serializable {

    /** A code or range without a reading of its own. */
    public IcdRange(String first, String last, SourceRef at) {
        this(first, last, at, "");
    }

    public IcdRange {
        reading = reading == null ? "" : reading;
        if (!isCode(first) || !isCode(last)) {
            throw new IllegalArgumentException("not ICD-10-CM codes: " + first + ", " + last);
        }
        if (compare(first, last) > 0) {
            throw new IllegalArgumentException("a range must not end before it starts: " + first + " through " + last);
        }
    }

    /**
     * True when {@code code} is written as an ICD-10-CM code: a letter, two characters, and an
     * optional dotted extension, {@code [A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?}. Written out rather
     * than as a regular expression, which a command's fresh JVM would compile for every model it
     * reads ({@code IcdRangeTest} holds the code to the expression).
     */
    public static boolean isCode(String code) {
        if (code == null || code.length() < 3 || code.length() == 4 || code.length() > 8) {
            return false;
        }
        if (!upper(code.charAt(0)) || !digit(code.charAt(1)) || !(digit(code.charAt(2)) || upper(code.charAt(2)))) {
            return false;
        }
        if (code.length() > 3 && code.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < code.length(); i++) {
            if (!digit(code.charAt(i)) && !upper(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Classification order of two codes, ignoring the dot and case. */
    public static int compare(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private static String key(String code) {
        // ASCII orders digits before capital letters, as the classification does.
        return code.replace(".", "").toUpperCase(Locale.ROOT);
    }

    /** True when {@code code} falls in the range or below one of its ends in the hierarchy. */
    public boolean contains(String code) {
        String k = key(code);
        return k.compareTo(key(first)) >= 0 && (k.compareTo(key(last)) <= 0 || k.startsWith(key(last)));
    }

    /** True for a single code rather than a range. */
    public boolean isSingle() {
        return first.equals(last);
    }

    /** The entry as written: {@code M81.0} or {@code M80.00XA-M81.8}. */
    public String describe() {
        return isSingle() ? first : first + "-" + last;
    }
}
