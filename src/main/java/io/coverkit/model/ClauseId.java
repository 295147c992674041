package io.coverkit.model;

import java.util.regex.Pattern;

/** Rules for the stable, readable ids clauses carry (for example {@code implanted-fiducial-markers}). */
public final class ClauseId {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
        String slug = text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() <= 80 ? slug : slug.substring(0, 80).replaceAll("-+$", "");
    }

    /** The guideline-qualified form used in traces and coverage: {@code 04-77260-19/indication/x}. */
    public static String qualified(String guidelineId, String kind, String id) {
        return guidelineId + "/" + kind + "/" + id;
    }
}
