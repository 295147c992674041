package io.coverkit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The shared instances of a compiled guideline's codes: a reader gets them, and never adds to them. */
class SharedCodesTest {

    /** A string equal to {@code text} that is not the same instance (a literal would be interned). */
    private static String copy(String text) {
        return new String(text.toCharArray());
    }

    @Test
    void aReaderGetsTheInstanceTheCompilerShared() {
        String compiled = copy("shared-codes-test-77387");
        assertSame(compiled, SharedCodes.share(compiled));
        String read = copy("shared-codes-test-77387");
        assertSame(compiled, SharedCodes.of(read));
        assertSame(compiled, SharedCodes.share(copy("shared-codes-test-77387")), "a second compile gets the same instance");
    }

    @Test
    void aReaderNeverAddsToTheTable() {
        String read = copy("shared-codes-test-only-read");
        assertSame(read, SharedCodes.of(read));
        String again = copy("shared-codes-test-only-read");
        assertSame(again, SharedCodes.of(again), "reading did not make the first copy the shared one");
        assertNotSame(read, again);
    }

    @Test
    void aCodeThatLostItsSlotIsOnlyNoLongerShared() {
        // "Aa" and "BB" have the same hash, so they take the same slot.
        String first = SharedCodes.share(copy("Aa"));
        String second = SharedCodes.share(copy("BB"));
        assertEquals("BB", SharedCodes.of(copy("BB")));
        assertSame(second, SharedCodes.of(copy("BB")));
        String lost = copy("Aa");
        assertSame(lost, SharedCodes.of(lost), "equal, but no longer the shared instance");
        assertNotSame(first, SharedCodes.of(lost));
    }

    @Test
    void longTextAndNullPassThrough() {
        String text = copy("x".repeat(65));
        assertSame(text, SharedCodes.share(text));
        assertNotSame(text, SharedCodes.of(copy(text)));
        assertNull(SharedCodes.of(null));
        assertNull(SharedCodes.share(null));
    }
}
