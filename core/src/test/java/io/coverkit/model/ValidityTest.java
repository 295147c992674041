package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A clause is in force from the revision that added it (inclusive) to the one that deleted it (exclusive). */
class ValidityTest {

    static final LocalDate ADDED = LocalDate.of(2015, 1, 1);
    static final LocalDate DELETED = LocalDate.of(2026, 1, 1);

    @Test
    void isInForceFromTheDayItWasAddedInclusive() {
        Validity v = new Validity(ADDED, DELETED);

        assertFalse(v.inForceOn(ADDED.minusDays(1)), "not yet in force the day before it was added");
        assertTrue(v.inForceOn(ADDED), "in force on the day it was added");
        assertTrue(v.inForceOn(ADDED.plusDays(1)));
    }

    @Test
    void isNoLongerInForceOnTheDayItWasDeletedExclusive() {
        Validity v = new Validity(ADDED, DELETED);

        assertTrue(v.inForceOn(DELETED.minusDays(1)), "still in force the day before it was deleted");
        assertFalse(v.inForceOn(DELETED), "out of force on the day it was deleted");
        assertFalse(v.inForceOn(DELETED.plusYears(5)));
    }

    @Test
    void anOpenStartMeansSinceTheBeginning() {
        Validity v = new Validity(null, DELETED);

        assertTrue(v.inForceOn(LocalDate.of(1900, 1, 1)));
        assertTrue(v.inForceOn(DELETED.minusDays(1)));
        assertFalse(v.inForceOn(DELETED));
        assertFalse(v.isAlways());
    }

    @Test
    void anOpenEndMeansStillInForce() {
        Validity v = new Validity(ADDED, null);

        assertFalse(v.inForceOn(ADDED.minusDays(1)));
        assertTrue(v.inForceOn(ADDED));
        assertTrue(v.inForceOn(LocalDate.of(2999, 12, 31)));
        assertFalse(v.isAlways());
    }

    @Test
    void alwaysIsInForceOnEveryDate() {
        assertTrue(Validity.ALWAYS.isAlways());
        assertEquals(new Validity(null, null), Validity.ALWAYS);
        assertTrue(Validity.ALWAYS.inForceOn(LocalDate.MIN));
        assertTrue(Validity.ALWAYS.inForceOn(LocalDate.MAX));
    }

    @Test
    void aOneDayValidityIsInForceOnExactlyOneDay() {
        Validity v = new Validity(ADDED, ADDED.plusDays(1));

        assertFalse(v.inForceOn(ADDED.minusDays(1)));
        assertTrue(v.inForceOn(ADDED));
        assertFalse(v.inForceOn(ADDED.plusDays(1)));
    }

    @Test
    void deletedOnTheDayItWasAddedIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Validity(ADDED, ADDED));
        assertTrue(e.getMessage().contains("deleted after it was added"), e.getMessage());
    }

    @Test
    void deletedBeforeItWasAddedIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Validity(DELETED, ADDED));
        assertTrue(e.getMessage().contains(DELETED.toString()) && e.getMessage().contains(ADDED.toString()), e.getMessage());
    }

    @Test
    void anUnknownPeriodCoversOnlyTheDatesBeforeItsEnd() {
        UnknownPeriod u = new UnknownPeriod(Section.POSITION_STATEMENT, LocalDate.of(2023, 5, 15), null, SourceRef.UNKNOWN);

        assertTrue(u.covers(LocalDate.of(2023, 5, 14)));
        assertFalse(u.covers(LocalDate.of(2023, 5, 15)), "the content is known from the end date on");
        assertEquals("", u.reason());
    }
}
