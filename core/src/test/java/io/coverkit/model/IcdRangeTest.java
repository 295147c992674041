package io.coverkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ICD-10-CM codes and ranges in classification order. */
class IcdRangeTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        "M80, M80.0",       // a category before its subcodes
        "M80.0, M80.00XA",
        "M80.08XS, M80.8",  // digits before letters, character by character without the dot
        "M80.8, M81",
        "M81.0, M81.6",
        "C7A, C7B",         // a letter in the third place
        "C79.9, C7A.0",     // digits before letters in the third place
        "Z99.89, Z9A"
    })
    void codesSortAsTheClassificationDoes(String lower, String higher) {
        assertTrue(IcdRange.compare(lower, higher) < 0);
        assertTrue(IcdRange.compare(higher, lower) > 0);
    }

    @Test
    void aRangeIncludesBothEndsAndEveryCodeBelowItsLastCode() {
        IcdRange range = new IcdRange("M80.00XA", "M81.8", SourceRef.UNKNOWN);
        assertTrue(range.contains("M80.00XA"));
        assertTrue(range.contains("M80.851D"));
        assertTrue(range.contains("M81.0"));
        assertTrue(range.contains("M81.8"));
        assertTrue(range.contains("M81.80"), "below the last code in the hierarchy");
        assertFalse(range.contains("M80.0"), "the category sorts before its first code");
        assertFalse(range.contains("M82"));
        assertFalse(range.contains("M79.9"));
    }

    @Test
    void aSingleCodeIncludesTheCodesBelowIt() {
        IcdRange category = new IcdRange("M81", "M81", SourceRef.UNKNOWN);
        assertTrue(category.isSingle());
        assertTrue(category.contains("M81.0"));
        assertTrue(category.contains("m81.0"), "case does not matter");
        assertFalse(category.contains("M82.0"));
        assertFalse(category.contains("M8"), "a shorter code is above M81, not below it");
    }

    @Test
    void malformedOrBackwardRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IcdRange("M81", "M80", SourceRef.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> new IcdRange("81.0", "81.0", SourceRef.UNKNOWN));
        assertFalse(IcdRange.isCode("M8"));
        assertFalse(IcdRange.isCode("M81."));
        assertTrue(IcdRange.isCode("M80.00XA"));
    }

    @Test
    void isCodeAcceptsExactlyWhatTheExpressionMatches() {
        Pattern code = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
        Random random = new Random(7);
        String alphabet = "M80Z.a ";
        int codes = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(10);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            boolean expected = code.matcher(text).matches();
            assertEquals(expected, IcdRange.isCode(text), () -> "`" + text + "`");
            codes += expected ? 1 : 0;
        }
        assertTrue(codes > 100, "codes among the inputs: " + codes);
        assertFalse(IcdRange.isCode(null));
    }
}
