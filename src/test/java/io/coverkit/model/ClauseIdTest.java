package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseIdTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Implanted fiducial markers | implanted-fiducial-markers",
        "Bony anatomy fails to delineate tumor location | bony-anatomy-fails-to-delineate-tumor-location",
        "During radiation therapy (e.g., IMRT, SBRT) | during-radiation-therapy",
        "Target volume located near or within critical structures and/or in tissue | target-volume-located-near-or-within-critical-structures-and-or-in-tissue",
        "  Leading and trailing punctuation!  | leading-and-trailing-punctuation",
        "FEP | fep",
        "MEDICARE_ADVANTAGE | medicare-advantage",
        "Café ünïcode | caf-n-code",
    })
    void derive(String text, String id) {
        assertEquals(id, ClauseId.derive(text));
        assertTrue(ClauseId.isValid(id));
    }

    @Test
    void derivedIdsAreAtMost80CharactersAndNeverEndInAHyphen() {
        String text = "Volume of interest that must be covered with narrow margins to adequately protect immediately adjacent structures.";
        String id = ClauseId.derive(text);
        assertTrue(id.length() <= 80, id);
        assertFalse(id.endsWith("-"), id);
        assertTrue(ClauseId.isValid(id), id);
        assertTrue("volume-of-interest-that-must-be-covered-with-narrow-margins-to-adequately-protect".startsWith(id), id);
    }

    @Test
    void textWithoutLettersDerivesNoValidId() {
        assertFalse(ClauseId.isValid(ClauseId.derive("(see below)")));
        assertFalse(ClauseId.isValid(ClauseId.derive("...")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "implanted-fiducial-markers", "04-77260-19", "loinc-28626-0", "x1-2y"})
    void valid(String id) {
        assertTrue(ClauseId.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Implanted", "a--b", "-a", "a-", "a b", "a_b", "a.b", "é"})
    void invalid(String id) {
        assertFalse(ClauseId.isValid(id));
    }

    @Test
    void invalidNullAndTooLong() {
        assertFalse(ClauseId.isValid(null));
        assertTrue(ClauseId.isValid("a".repeat(80)));
        assertFalse(ClauseId.isValid("a".repeat(81)));
    }

    @Test
    void qualified() {
        assertEquals("04-77260-19/indication/implanted-fiducial-markers",
                ClauseId.qualified("04-77260-19", "indication", "implanted-fiducial-markers"));
    }
}
