package io.coverkit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Did you mean" offers the name a typing slip most likely came from, and nothing when no name is near. */
class NearestNameTest {

    private static final List<String> TOP = List.of("guideline", "dateOfService", "member", "procedures", "diagnoses",
            "indications", "documents", "extensions", "facts", "observations", "events");

    @Test
    void aSlipOfOneOrTwoKeysFindsTheNameMeant() {
        assertEquals("indications", NearestName.of("indication", TOP), "a missing letter");
        assertEquals("dateOfService", NearestName.of("dateOfservice", TOP), "case");
        assertEquals("dateOfService", NearestName.of("date_of_service", TOP), "case and two separators");
        assertEquals("documents", NearestName.of("docuemnts", TOP), "two letters swapped");
        assertEquals("guideline", NearestName.of("guidline", TOP), "a dropped letter");
        assertEquals("asymptomatic", NearestName.of("asymptomatc", List.of("asymptomatic", "current-smoker")));
    }

    @Test
    void nothingIsOfferedWhenNoNameIsNear() {
        assertNull(NearestName.of("priority", TOP));
        assertNull(NearestName.of("x", TOP));
        assertNull(NearestName.of("claimNumber", TOP));
        assertNull(NearestName.of("indications", TOP), "a known name is not a slip");
        assertEquals("", NearestName.hint("priority", TOP));
    }

    @Test
    void theHintDoesNotDependOnTheOrderOfTheNames() {
        // "ab" is one edit from both; the alphabetically first is offered whatever the order
        assertEquals("aab", NearestName.of("ab", List.of("abb", "aab")));
        assertEquals("aab", NearestName.of("ab", Set.of("abb", "aab")));
        assertEquals("; did you mean `aab`?", NearestName.hint("ab", List.of("abb", "aab")));
    }
}
