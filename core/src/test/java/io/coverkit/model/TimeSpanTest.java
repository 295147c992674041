package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanTest {

    private static final TimeSpan SIX_MONTHS = new TimeSpan(6, TimeSpan.Unit.MONTHS);

    @ParameterizedTest
    @CsvSource({
        "2026-08-31, 2026-02-28",  // no 31st of February: the month's last day
        "2024-08-31, 2024-02-29",  // leap year
        "2026-08-30, 2026-02-28",
        "2026-08-28, 2026-02-28",
        "2026-06-01, 2025-12-01",  // across a year
        "2026-12-31, 2026-06-30",
        "2026-03-31, 2025-09-30",
    })
    void sixMonthsBefore(LocalDate date, LocalDate expected) {
        assertEquals(expected, SIX_MONTHS.before(date));
    }

    @Test
    void otherUnits() {
        LocalDate dos = LocalDate.of(2026, 3, 1);
        assertEquals(LocalDate.of(2026, 2, 28), new TimeSpan(1, TimeSpan.Unit.DAYS).before(dos));
        assertEquals(LocalDate.of(2026, 2, 15), new TimeSpan(2, TimeSpan.Unit.WEEKS).before(dos));
        assertEquals(LocalDate.of(2025, 3, 1), new TimeSpan(1, TimeSpan.Unit.YEARS).before(dos));
        assertEquals(LocalDate.of(2023, 2, 28), new TimeSpan(1, TimeSpan.Unit.YEARS).before(LocalDate.of(2024, 2, 29)));
        assertEquals(dos, new TimeSpan(0, TimeSpan.Unit.MONTHS).before(dos));
    }

    @Test
    void describe() {
        assertEquals("6 months", SIX_MONTHS.describe());
        assertEquals("1 day", new TimeSpan(1, TimeSpan.Unit.DAYS).describe());
        assertEquals("2 weeks", new TimeSpan(2, TimeSpan.Unit.WEEKS).describe());
        assertEquals("1 year", new TimeSpan(1, TimeSpan.Unit.YEARS).describe());
    }

    @Test
    void invariants() {
        assertThrows(IllegalArgumentException.class, () -> new TimeSpan(-1, TimeSpan.Unit.DAYS));
        assertThrows(IllegalArgumentException.class, () -> new TimeSpan(1, null));
        assertEquals(SIX_MONTHS, new TimeSpan(6, TimeSpan.Unit.MONTHS));
        assertNotEquals(SIX_MONTHS, new TimeSpan(26, TimeSpan.Unit.WEEKS));
    }

    @Test
    void equalSpansAreEqualAndHashAlike() {
        TimeSpan six = new TimeSpan(6, TimeSpan.Unit.MONTHS);
        assertEquals(six, new TimeSpan(6, TimeSpan.Unit.MONTHS));
        assertEquals(six.hashCode(), new TimeSpan(6, TimeSpan.Unit.MONTHS).hashCode());
        assertNotEquals(six, new TimeSpan(6, TimeSpan.Unit.WEEKS));
        assertNotEquals(six, new TimeSpan(5, TimeSpan.Unit.MONTHS));
        assertNotEquals(six, "6 months");
    }
}
