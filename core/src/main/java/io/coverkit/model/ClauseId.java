package io.coverkit.model;

/**
 * Rules for the stable, readable ids clauses carry (for example {@code implanted-fiducial-markers}).
 *
 * <p>Written character by character rather than with regular expressions (their equivalents are
 * in the comments, and {@code ClauseIdTest} holds the code to them): every clause checks its id
 * when a model is built, also when a command reads a cached model in a fresh JVM, where compiling
 * an expression costs more than building the clause.
 */
public final class ClauseId {

    /** The longest id a clause may have. */
    public static final int MAX_LENGTH = 80;

    // A shortened id ends with a hyphen and this many hex digits of a checksum of the whole id.
    private static final int HASH_LENGTH = 8;

    private ClauseId() {}

    /** True when {@code id} is lower-case words joined by single hyphens: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 80 long. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' ? id.charAt(i - 1) == '-' : !isWordCharacter(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The id derived from a clause's text: lower-case words joined by hyphens, punctuation dropped.
     * {@code "Implanted fiducial markers"} becomes {@code implanted-fiducial-markers}. A part in
     * parentheses is dropped ({@code \([^)]*\)}), every run of other characters than
     * {@code [a-z0-9]} becomes one hyphen, and none is left at either end, also after the id is
     * cut to 80 characters.
     */
    public static String derive(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int close = c == '(' ? lower.indexOf(')', i + 1) : -1;
            if (close >= 0) {
                i = close;
                gap = true;
            } else if (isWordCharacter(c)) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        if (slug.length() > MAX_LENGTH) {
            slug.setLength(MAX_LENGTH);
            if (slug.charAt(MAX_LENGTH - 1) == '-') {
                slug.setLength(MAX_LENGTH - 1);
            }
        }
        return slug.toString();
    }

    /**
     * An id built from other ids (such as {@code <event>-within-<span>}) made to fit: unchanged when
     * it is at most {@value #MAX_LENGTH} characters; else cut after the last whole word that leaves
     * room for a hyphen and {@value #HASH_LENGTH} hex digits of the CRC-32 of the whole id, which
     * are appended, so two long ids that share their start still differ and the same id is always
     * shortened the same way.
     */
    public static String shorten(String id) {
        if (id.length() <= MAX_LENGTH) {
            return id;
        }
        int room = MAX_LENGTH - HASH_LENGTH - 1;
        int cut = id.lastIndexOf('-', room);
        String start = cut > 0 ? id.substring(0, cut) : id.substring(0, room);
        while (start.endsWith("-")) {
            start = start.substring(0, start.length() - 1);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return start + "-" + String.format("%08x", crc.getValue());
    }

    private static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The guideline-qualified form used in traces and coverage: {@code 04-77260-19/indication/x}. */
    public static String qualified(String guidelineId, String kind, String id) {
        return guidelineId + "/" + kind + "/" + id;
    }
}
