package io.coverkit.request;

/**
 * The one instance of each code a compiled guideline looks up (code systems, procedure codes,
 * LOINC codes, indication ids), which a request read from JSON then carries in place of its own
 * equal copy.
 *
 * <p>Deciding a request is bound by memory: much of its time went to the first touch of the
 * request's code strings, each a {@code String} and its bytes, and to comparing them with the
 * guideline's. Read as the guideline's own instances, those strings stay in the processor's cache
 * from one request to the next, and a comparison ends on identity. Only the compiler adds to the
 * table; reading a request only looks in it, so input can neither grow it nor push a guideline's
 * codes out. The table has a fixed size and each slot holds the last code put there: a code that
 * lost its slot to another is only no longer shared. Threads race on the slots harmlessly, since a
 * {@code String} is immutable and safely published and every string read from a slot is checked
 * to be equal before it is used.
 */
public final class SharedCodes {

    private static final int SLOTS = 1 << 13;
    // Longer strings are text, not codes.
    private static final int MAX_LENGTH = 64;
    private static final String[] TABLE = new String[SLOTS];

    private SharedCodes() {}

    /** The shared instance equal to {@code code}, which becomes the shared one if there was none; for compilers. */
    public static String share(String code) {
        if (code == null || code.length() > MAX_LENGTH) {
            return code;
        }
        int slot = slot(code.hashCode());
        String shared = TABLE[slot];
        if (shared != null && shared.equals(code)) {
            return shared;
        }
        TABLE[slot] = code;
        return code;
    }

    /** The shared instance equal to {@code text}, or {@code text} itself when no compiled guideline shares one; for readers. */
    public static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        int hash = text.hashCode();
        String shared = TABLE[slot(hash)];
        return shared != null && shared.hashCode() == hash && shared.equals(text) ? shared : text;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
