package io.coverkit.json;

import java.time.LocalDate;

/**
 * The formats of a request's codes, names and dates, checked character by character. Each check
 * matches exactly its expression below ({@code FormatsTest} holds them to it, and the request
 * schema states the same expressions); they are written out because a command decides one request
 * in a fresh JVM, where compiling the expressions and parsing a date through
 * {@code DateTimeFormatter} cost more than reading the rest of the request.
 */
final class Formats {

    /** A CPT or HCPCS code; the request schema states the same expressions. */
    static final String PROCEDURE_CODE = "[0-9A-Z][0-9]{3}[0-9A-Z]";

    /** A CMS place-of-service code. */
    static final String PLACE_OF_SERVICE = "[0-9]{2}";

    /** A LOINC code with its check digit. */
    static final String LOINC = "[0-9]{1,7}-[0-9]";

    /** An ICD-10-CM code, with or without its dot. */
    static final String ICD10 = "[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?";

    /** A fact's name: lower-case words or numbers joined by single hyphens. */
    static final String FACT = "[a-z0-9]+(-[a-z0-9]+)*";

    /** A date's shape, {@code yyyy-MM-dd}. */
    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private Formats() {}

    /** {@code [0-9A-Z][0-9]{3}[0-9A-Z]}: a CPT or HCPCS code. */
    static boolean isProcedureCode(String s) {
        return s.length() == 5 && (digit(s.charAt(0)) || upper(s.charAt(0))) && digits(s, 1, 4)
                && (digit(s.charAt(4)) || upper(s.charAt(4)));
    }

    /** {@code [0-9]{2}}: a CMS place-of-service code, such as {@code 12} (home). */
    static boolean isPlaceOfService(String s) {
        return s.length() == 2 && digits(s, 0, 2);
    }

    /** {@code [0-9]{1,7}-[0-9]}: a LOINC code with its check digit. */
    static boolean isLoinc(String s) {
        int dash = s.length() - 2;
        return dash >= 1 && dash <= 7 && s.charAt(dash) == '-' && digits(s, 0, dash) && digit(s.charAt(dash + 1));
    }

    /** {@code [A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?}: an ICD-10-CM code, with or without its dot. */
    static boolean isIcd10(String s) {
        if (s.length() < 3 || !upper(s.charAt(0)) || !digit(s.charAt(1)) || !(digit(s.charAt(2)) || upper(s.charAt(2)))) {
            return false;
        }
        int rest = s.length() > 3 && s.charAt(3) == '.' ? 4 : 3;
        int extension = s.length() - rest;
        if (rest == 4 && extension == 0) {
            return false;
        }
        for (int i = rest; i < s.length(); i++) {
            if (!digit(s.charAt(i)) && !upper(s.charAt(i))) {
                return false;
            }
        }
        return extension <= 4;
    }

    /** {@code [a-z0-9]+(-[a-z0-9]+)*}: lower-case words or numbers joined by single hyphens. */
    static boolean isFactName(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' ? s.charAt(i - 1) == '-' : !digit(c) && (c < 'a' || c > 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The date {@code s} names when it is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} and a real day of the
     * ISO calendar (what {@code LocalDate.parse} accepts of that shape), else null.
     */
    static LocalDate date(String s) {
        return io.coverkit.model.DateText.parse(s);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
