package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each hand-written check accepts exactly what its regular expression matches. */
class FormatsTest {

    // Characters near every boundary the expressions draw: digits, letters of both cases, the
    // separators, and a few that must never pass (space, a Unicode digit, a non-ASCII letter).
    private static final String ALPHABET = "0189AZaz-.:/ \u0661\u00e9";

    /** Every string of up to {@code max} characters over a small alphabet, and random longer ones. */
    private static List<String> candidates(String alphabet, int max) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> level = List.of("");
        for (int length = 1; length <= max; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            all.addAll(next);
            level = next;
        }
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            all.add(s.toString());
        }
        return all;
    }

    private static void agree(String regex, Predicate<String> check, List<String> inputs) {
        Pattern pattern = Pattern.compile(regex);
        int matched = 0;
        for (String s : inputs) {
            boolean expected = pattern.matcher(s).matches();
            assertEquals(expected, check.test(s), () -> "`" + s + "` against " + regex);
            matched += expected ? 1 : 0;
        }
        // the inputs must reach both answers, or the comparison proves nothing
        assertTrue(matched > 0 && matched < inputs.size(), regex + " matched " + matched + " of " + inputs.size());
    }

    @Test
    void procedureCodes() {
        agree(Formats.PROCEDURE_CODE, Formats::isProcedureCode, withExamples(candidates("09AZa-", 5),
                "77387", "G6001", "0197T", "7738", "773877", "g6001"));
    }

    @Test
    void placesOfService() {
        agree(Formats.PLACE_OF_SERVICE, Formats::isPlaceOfService, withExamples(candidates("09a", 3), "12", "1", "123", "1a"));
    }

    @Test
    void loincCodes() {
        agree(Formats.LOINC, Formats::isLoinc, withExamples(candidates("09-a", 6),
                "28626-0", "1234567-8", "12345678-9", "-1", "1-", "1--2", "18741-9"));
    }

    @Test
    void icd10Codes() {
        agree(Formats.ICD10, Formats::isIcd10, withExamples(candidates("0A.a", 6),
                "C61", "C61.", "C61.1", "C61.1234", "C61.12345", "C611234", "C6112345", "Z87.891", "C6..1"));
    }

    @Test
    void factNames() {
        agree(Formats.FACT, Formats::isFactName, withExamples(candidates("0a-A", 6),
                "asymptomatic", "smoked-30-pack-years", "-a", "a-", "a--b", "A"));
    }

    @Test
    void aDateIsReadExactlyWhenItHasTheShapeAndLocalDateParseReadsItWithinTheRange() {
        Pattern shape = Pattern.compile(Formats.DATE);
        Random random = new Random(29);
        List<String> inputs = candidates("09-", 4);
        for (int i = 0; i < 100_000; i++) {
            char[] text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)).toCharArray();
            if (random.nextInt(4) == 0) {
                text[random.nextInt(text.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            inputs.add(new String(text));
        }
        int days = 0;
        for (String s : inputs) {
            LocalDate expected = shape.matcher(s).matches() ? inRange(parsed(s)) : null;
            assertEquals(expected, Formats.date(s), () -> "`" + s + "`");
            days += expected == null ? 0 : 1;
        }
        assertTrue(days > 1000, "real days among the inputs: " + days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-01", "2024-02-29", "1900-01-01", "2199-12-31", "2026-12-31"})
    void aRealDayIsTheDayLocalDateParseReads(String text) {
        assertEquals(LocalDate.parse(text), Formats.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-06-00", "2026-6-1",
            "+2026-06-01", "2026/06/01", "", "2026-06-01x", "\u0662026-06-01", "0000-01-01", "1899-12-31", "2200-01-01",
            "9999-12-31"})
    void anythingElseIsNoDate(String text) {
        assertNull(Formats.date(text));
    }

    /** The date when it is within the range dates are read in (1900-01-01 to 2199-12-31), else null. */
    private static LocalDate inRange(LocalDate date) {
        return date == null || date.getYear() < 1900 || date.getYear() > 2199 ? null : date;
    }

    private static LocalDate parsed(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> withExamples(List<String> generated, String... examples) {
        List<String> all = new ArrayList<>(generated);
        all.addAll(List.of(examples));
        return all;
    }
}
