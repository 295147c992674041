package io.coverkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A scenario's dates are read as a request's are, and a date that names no day is told why in the same words. */
class RequestBuilderTest {

    @Test
    void aScenarioDateThatNamesNoDaySaysWhy() {
        assertEquals("`2026-13-01` is not a date: there is no month 13 (months run 01 to 12)",
                assertThrows(IllegalArgumentException.class, () -> RequestBuilder.request().on("2026-13-01")).getMessage());
        assertEquals("`2026-06-31` is not a date: June has 30 days",
                assertThrows(IllegalArgumentException.class, () -> RequestBuilder.request().document("28626-0", "2026-06-31"))
                        .getMessage());
        assertEquals("`1 June 2026` is not a date; write yyyy-MM-dd",
                assertThrows(IllegalArgumentException.class, () -> RequestBuilder.request().bornOn("1 June 2026")).getMessage());
    }

    @Test
    void aScenarioDateIsReadAsWritten() {
        assertEquals(LocalDate.of(2024, 2, 29), RequestBuilder.request().cpt("77387").on("2024-02-29").build().dateOfService());
    }
}
