package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
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

    // The regular expressions ClauseId was first written with; the hand-written code must agree.
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static String deriveByExpressions(String text) {
        String slug = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() <= 80 ? slug : slug.substring(0, 80).replaceAll("-+$", "");
    }

    @Test
    void isValidAcceptsExactlyWhatTheExpressionMatches() {
        Random random = new Random(11);
        int valid = 0;
        for (int i = 0; i < 200_000; i++) {
            String id = random(random, "ab09-A_ ", 1 + random.nextInt(random.nextInt(10) == 0 ? 90 : 8));
            boolean expected = id.length() <= 80 && ID.matcher(id).matches();
            assertEquals(expected, ClauseId.isValid(id), () -> "`" + id + "`");
            valid += expected ? 1 : 0;
        }
        assertTrue(valid > 1000, "valid ids among the inputs: " + valid);
    }

    @Test
    void deriveGivesWhatTheExpressionsGave() {
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            String text = random(random, "aZ9 -(),.\u00e9\u0130\n", random.nextInt(random.nextInt(10) == 0 ? 120 : 20));
            assertEquals(deriveByExpressions(text), ClauseId.derive(text), () -> "`" + text + "`");
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
