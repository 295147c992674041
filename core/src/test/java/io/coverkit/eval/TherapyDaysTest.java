package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How therapy days are counted: both ends inclusive, nothing from the date of service on, overlaps once. */
class TherapyDaysTest {

    private static final LocalDate DOS = LocalDate.of(2026, 6, 1);

    private static Therapy therapy(String start, String end) {
        return new Therapy("drug-a", "", LocalDate.parse(start), end == null ? null : LocalDate.parse(end), Therapy.Outcome.COMPLETED);
    }

    @Test
    void aTherapyCountsItsFirstAndLastDays() {
        assertEquals(1, TherapyDays.days(therapy("2026-01-01", "2026-01-01"), DOS));
        assertEquals(90, TherapyDays.days(therapy("2026-01-01", "2026-03-31"), DOS));
    }

    @Test
    void daysFromTheDateOfServiceOnDoNotCount() {
        assertEquals(31, TherapyDays.days(therapy("2026-05-01", null), DOS), "ongoing: through 2026-05-31");
        assertEquals(31, TherapyDays.days(therapy("2026-05-01", "2026-12-31"), DOS), "ending later: through 2026-05-31");
        assertEquals(0, TherapyDays.days(therapy("2026-06-01", null), DOS), "starting on the date of service");
    }

    @Test
    void overlappingTherapiesCountADayOnce() {
        List<Therapy> both = List.of(therapy("2026-01-01", "2026-01-31"), therapy("2026-01-20", "2026-02-10"));
        assertEquals(41, TherapyDays.totalDays(both, DOS, null));
        List<Therapy> nested = List.of(therapy("2026-01-01", "2026-03-31"), therapy("2026-02-01", "2026-02-10"));
        assertEquals(90, TherapyDays.totalDays(nested, DOS, null));
        List<Therapy> apart = List.of(therapy("2026-03-01", "2026-03-10"), therapy("2026-01-01", "2026-01-10"));
        assertEquals(20, TherapyDays.totalDays(apart, DOS, null), "in any order");
    }

    @Test
    void aPeriodCountsOnlyItsOwnDays() {
        List<Therapy> year = List.of(therapy("2025-01-01", "2025-12-31"));
        assertEquals(365, TherapyDays.totalDays(year, DOS, null));
        assertEquals(214, TherapyDays.totalDays(year, DOS, LocalDate.of(2025, 6, 1)), "from 2025-06-01 to 2025-12-31");
    }
}
