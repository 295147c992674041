package io.coverkit.model;

import java.util.regex.Pattern;

/** Rules for the stable, readable ids clauses carry (for example {@code implanted-fiducial-markers}). */
public final class ClauseId {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    // Compiled once: every clause without an id of its own derives one, for each file loaded.
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private ClauseId() {}

    /** True when {@code id} is lower-case words joined by single hyphens. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= 80 && ID.matcher(id).matches();
    }

    /**
     * The id derived from a clause's text: lower-case words joined by hyphens, punctuation dropped.
     * {@code "Implanted fiducial markers"} becomes {@code implanted-fiducial-markers}.
     */
    public static String derive(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String words = NOT_ALPHANUMERIC.matcher(PARENTHESISED.matcher(lower).replaceAll(" ")).replaceAll("-");
        String slug = OUTER_HYPHENS.matcher(words).replaceAll("");
        return slug.length() <= 80 ? slug : TRAILING_HYPHENS.matcher(slug.substring(0, 80)).replaceAll("");
    }

    /** The guideline-qualified form used in traces and coverage: {@code 04-77260-19/indication/x}. */
    public static String qualified(String guidelineId, String kind, String id) {
        return guidelineId + "/" + kind + "/" + id;
    }
}
