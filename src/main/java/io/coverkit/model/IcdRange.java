package io.coverkit.model;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM code or an inclusive range of codes, such as {@code M80.00XA} through {@code M81.8}.
 *
 * <p>Codes are ordered as the classification orders them: without the dot, character by character,
 * digits before letters. A range includes every code below its last code in the hierarchy, so
 * {@code M80.0} through {@code M81.8} includes {@code M81.8} and {@code M81.80}. A single code
 * likewise includes the codes below it ({@code M81} includes {@code M81.0}).
 */
public record IcdRange(String first, String last, SourceRef at) implements Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    public IcdRange {
        if (!isCode(first) || !isCode(last)) {
            throw new IllegalArgumentException("not ICD-10-CM codes: " + first + ", " + last);
        }
        if (compare(first, last) > 0) {
            throw new IllegalArgumentException("a range must not end before it starts: " + first + " through " + last);
        }
    }

    /** True when {@code code} is written as an ICD-10-CM code: a letter, two characters, and an optional dotted extension. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
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
