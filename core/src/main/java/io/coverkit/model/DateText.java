package io.coverkit.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date as coverkit's users write it, {@code yyyy-MM-dd}, and why a text is not one. Requests,
 * command-line options and policy files all read dates through this, so a text written in the
 * right form but naming no day (month 13, June 31, February 29 of 2025) is told so, rather than
 * told to use the form it already uses.
 *
 * <p>Dates are read only from {@link #EARLIEST} through {@link #LATEST}: every date coverkit meets
 * in a guideline or a request lies there, and the bound keeps every date plus or minus a span (at
 * most {@value TimeSpan#MAX_YEARS} years) a real day and every table keyed by date small.
 */
public final class DateText {

    /** The form a date is written in. */
    public static final String FORM = "yyyy-MM-dd";

    /** The earliest date coverkit reads. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The latest date coverkit reads. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** The range dates are read in, as messages state it. */
    public static final String RANGE = "1900-01-01 to 2199-12-31";

    private DateText() {}

    /** The date {@code text} names, or null when it is not one (see {@link #problem}). */
    public static LocalDate parse(String text) {
        if (!hasForm(text)) {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year)) || !inRange(year)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Why {@code text} is not a date, as the rest of a message that begins with the text: such as
     * {@code is not a date: June has 30 days}; null when it is a date.
     */
    public static String problem(String text) {
        if (!hasForm(text)) {
            return "is not a date; write " + FORM;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (month < 1 || month > 12) {
            return "is not a date: there is no month " + text.substring(5, 7) + " (months run 01 to 12)";
        }
        if (day < 1) {
            return "is not a date: there is no day 00 (days start at 01)";
        }
        Month m = Month.of(month);
        boolean leap = Year.isLeap(year);
        if (day <= m.length(leap)) {
            return inRange(year) ? null : "is outside the dates coverkit reads: " + RANGE;
        }
        String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (m == Month.FEBRUARY && day == 29) {
            return "is not a date: " + text.substring(0, 4) + " is not a leap year, so February has 28 days";
        }
        return "is not a date: " + name + " has " + m.length(leap) + " days"
                + (m == Month.FEBRUARY ? " in " + text.substring(0, 4) : "");
    }

    private static boolean inRange(int year) {
        return year >= EARLIEST.getYear() && year <= LATEST.getYear();
    }

    // Four digits, a hyphen, two digits, a hyphen, two digits: ASCII digits only.
    private static boolean hasForm(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
