package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index decisions look codes and indications up in: every key found, nothing else. */
class StringIndexTest {

    @Test
    void everyKeyIsFoundAtItsPosition() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            codes.add(String.format("%05d", 77000 + i));
        }
        StringIndex index = StringIndex.numbering(codes);
        for (int i = 0; i < codes.size(); i++) {
            // A fresh string, as a request read from JSON carries, never the key itself.
            assertEquals(i, index.get(new String(codes.get(i))));
        }
        assertEquals(StringIndex.ABSENT, index.get("76999"));
        assertEquals(StringIndex.ABSENT, index.get("77300x"));
        assertEquals(StringIndex.ABSENT, index.get(""));
    }

    @Test
    void keysWithTheSameHashAreToldApart() {
        // "Aa" and "BB" have the same hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB".
        StringIndex index = StringIndex.numbering(List.of("Aa", "AaAa", "BBBB"));
        assertEquals(0, index.get("Aa"));
        assertEquals(1, index.get("AaAa"));
        assertEquals(2, index.get("BBBB"));
        assertEquals(StringIndex.ABSENT, index.get("BB"));
        assertEquals(StringIndex.ABSENT, index.get("AaBB"));
        assertEquals(StringIndex.ABSENT, index.get("BBAa"));
    }

    @Test
    void aMapsEntriesKeepTheirValues() {
        Map<String, Integer> bits = new LinkedHashMap<>();
        bits.put("internal-motion", 5);
        bits.put("dose-escalation", 0);
        StringIndex index = StringIndex.of(bits);
        assertEquals(5, index.get("internal-motion"));
        assertEquals(0, index.get("dose-escalation"));
        assertEquals(StringIndex.ABSENT, StringIndex.of(Map.of()).get("internal-motion"));
    }

    @Test
    void aKeyListedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StringIndex.numbering(List.of("77387", "77014", "77387")));
    }
}
