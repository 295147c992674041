package io.coverkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Observation;
import io.coverkit.request.Therapy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words scenarios use for dated series: dated observations, a night a record, therapies with a class. */
class RequestBuilderSeriesTest {

    @Test
    void dailyStatesOneObservationADayFromTheFirst() {
        CoverageRequest r = RequestBuilder.request().daily("pap-usage-hours", "2024-02-28", 5, 3.5, 0).build();
        assertEquals(List.of(
                new Observation("pap-usage-hours", new BigDecimal("5"), "", LocalDate.of(2024, 2, 28)),
                new Observation("pap-usage-hours", new BigDecimal("3.5"), "", LocalDate.of(2024, 2, 29)),
                new Observation("pap-usage-hours", new BigDecimal("0"), "", LocalDate.of(2024, 3, 1))), r.observations());
    }

    @Test
    void dailyForRepeatsOneValue() {
        CoverageRequest r = RequestBuilder.request().dailyFor("pap-usage-hours", "2024-01-20", 21, 4).build();
        assertEquals(21, r.observations().size());
        assertEquals(LocalDate.of(2024, 2, 9), r.observations().get(20).date());
        assertEquals(new BigDecimal("4"), r.observations().get(20).value());
    }

    @Test
    void datedObservationsAndTherapiesWithAClass() {
        CoverageRequest r = RequestBuilder.request().observation("lvef", "30", "2024-04-15").observation("pap-usage-hours", "4.5", "h",
                "2024-01-20").therapy("e0601", "pap", "2024-01-20", null, "ONGOING").build();
        assertEquals(new Observation("lvef", new BigDecimal("30"), "", LocalDate.of(2024, 4, 15)), r.observations().get(0));
        assertEquals("h", r.observations().get(1).unit());
        assertEquals(new Therapy("e0601", "pap", LocalDate.of(2024, 1, 20), null, Therapy.Outcome.ONGOING), r.therapies().get(0));
    }
}
