package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates written yyyy-MM-dd: exactly the days of the calendar are read, and every other text is told why not. */
class DateTextTest {

    @Test
    void everyDayOfTheCalendarIsReadAndEveryOtherMonthAndDayIsToldWhy() {
        for (int year : List.of(1900, 1999, 2000, 2024, 2025, 2100)) {
            for (int month = 0; month <= 19; month++) {
                for (int day = 0; day <= 39; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    LocalDate expected = day(year, month, day);
                    assertEquals(expected, DateText.parse(text), text);
                    String problem = DateText.problem(text);
                    if (expected == null) {
                        assertNotNull(problem, text);
                        assertTrue(problem.startsWith("is not a date: "), text + " " + problem);
                    } else {
                        assertNull(problem, text);
                    }
                }
            }
        }
    }

    @Test
    void eachKindOfProblemIsNamed() {
        assertEquals("is not a date: there is no month 13 (months run 01 to 12)", DateText.problem("2026-13-01"));
        assertEquals("is not a date: there is no month 00 (months run 01 to 12)", DateText.problem("2026-00-01"));
        assertEquals("is not a date: there is no day 00 (days start at 01)", DateText.problem("2026-05-00"));
        assertEquals("is not a date: April has 30 days", DateText.problem("2026-04-31"));
        assertEquals("is not a date: December has 31 days", DateText.problem("2026-12-32"));
        assertEquals("is not a date: 1900 is not a leap year, so February has 28 days", DateText.problem("1900-02-29"));
        assertEquals("is not a date: February has 29 days in 2000", DateText.problem("2000-02-30"));
        assertEquals("is not a date: February has 28 days in 2026", DateText.problem("2026-02-30"));
    }

    @Test
    void datesAreReadFrom1900Through2199AndOthersAreToldTheRange() {
        assertEquals(LocalDate.of(1900, 1, 1), DateText.parse("1900-01-01"));
        assertEquals(LocalDate.of(2199, 12, 31), DateText.parse("2199-12-31"));
        assertEquals(DateText.EARLIEST, DateText.parse("1900-01-01"));
        assertEquals(DateText.LATEST, DateText.parse("2199-12-31"));
        for (String text : List.of("1899-12-31", "0000-01-01", "0001-01-01", "2200-01-01", "9999-12-31", "5800-01-01")) {
            assertNull(DateText.parse(text), text);
            assertEquals("is outside the dates coverkit reads: 1900-01-01 to 2199-12-31", DateText.problem(text), text);
        }
        // A day the calendar lacks is told so first, whatever its year.
        assertEquals("is not a date: there is no month 13 (months run 01 to 12)", DateText.problem("9999-13-01"));
    }

    @Test
    void anythingNotWrittenYyyyMmDdIsToldTheForm() {
        for (String text : List.of("", "2026-6-1", "06/01/2026", "2026-06-01T00:00", "+10000-01-01", "2026-0a-01", "2026\u221206-01",
                "\u0662\u0660\u0662\u0666-06-01")) {
            assertNull(DateText.parse(text), text);
            assertEquals("is not a date; write yyyy-MM-dd", DateText.problem(text), text);
        }
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
