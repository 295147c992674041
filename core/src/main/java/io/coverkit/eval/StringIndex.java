package io.coverkit.eval;

import io.coverkit.request.SharedCodes;
import java.util.List;
import java.util.Map;

/**
 * A fixed map from strings to small ints (a code's or an indication's number), laid out for the
 * lookups every decision makes: keys, their hashes and their values in three flat arrays probed
 * linearly, so a lookup reads one slot of each and compares characters only when the hashes agree.
 *
 * <p>A decision is bound by memory, not arithmetic: a {@code HashMap} reaches a key through its
 * table, a node and the key (and a value through a boxed {@code Integer}), where this reaches it
 * through the arrays alone, which stay in cache across decisions. Its keys are the
 * {@link SharedCodes} instances, so a request read from JSON names the very same strings.
 */
final class StringIndex {

    /** Returned for a string that is not a key. */
    static final int ABSENT = -1;

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    /** The index of {@code keys}, each mapped to its position in the list; the keys are distinct. */
    static StringIndex numbering(List<String> keys) {
        StringIndex index = new StringIndex(keys.size());
        for (int v = 0; v < keys.size(); v++) {
            index.put(keys.get(v), v);
        }
        return index;
    }

    /**
     * The index of {@code keys}, each mapped to its position, keeping the keys' own instances: for
     * ids a request does not read as shared codes (drug ids). Putting them into {@link SharedCodes}
     * would only take slots from codes: {@code fosamax-plus-d} took the slot of IGRT's
     * {@code 77387}, which requests then no longer shared.
     */
    static StringIndex numberingUnshared(List<String> keys) {
        StringIndex index = new StringIndex(keys.size());
        for (int v = 0; v < keys.size(); v++) {
            index.put(keys.get(v), v, false);
        }
        return index;
    }

    /** The index of a map's entries. */
    static StringIndex of(Map<String, Integer> entries) {
        StringIndex index = new StringIndex(entries.size());
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            index.put(e.getKey(), e.getValue());
        }
        return index;
    }

    private StringIndex(int size) {
        // At most half full, so a probe for an absent key ends soon at an empty slot.
        int capacity = Integer.highestOneBit(Math.max(2, size * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    private void put(String given, int value) {
        put(given, value, true);
    }

    private void put(String given, int value, boolean share) {
        // The shared instance, which requests read from JSON carry too: comparisons end on identity.
        String key = share ? SharedCodes.share(given) : given;
        int h = key.hashCode();
        int slot = spread(h) & mask;
        while (keys[slot] != null) {
            if (keys[slot].equals(key)) {
                throw new IllegalArgumentException("duplicate key " + key);
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = h;
        values[slot] = value;
    }

    /** The number mapped to {@code key}, or {@link #ABSENT}. */
    int get(String key) {
        int h = key.hashCode();
        int slot = spread(h) & mask;
        String k;
        while ((k = keys[slot]) != null) {
            if (hashes[slot] == h && k.equals(key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    // Codes often differ only in their last characters, so their hashes share the low bits: the
    // high bits are folded in, as HashMap does.
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
