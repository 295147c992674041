package io.coverkit.request;

import java.util.Collection;
import java.util.Locale;

/**
 * The known name a mistyped one most likely meant, for "did you mean" hints: the nearest by edit
 * distance (insertions, deletions, substitutions and swaps of neighbours, with case ignored), when
 * it is near enough that the hint helps rather than puzzles.
 */
public final class NearestName {

    private NearestName() {}

    /**
     * The known name nearest {@code given}, or null when none is within a third of its length
     * (at least one edit, at most three); of names equally near, the first in alphabetical order,
     * so the hint does not depend on the order of {@code known}.
     */
    public static String of(String given, Collection<String> known) {
        String typed = given.toLowerCase(Locale.ROOT);
        int limit = Math.min(3, Math.max(1, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            if (name.equals(given)) {
                continue;
            }
            int d = distance(typed, name.toLowerCase(Locale.ROOT));
            if (d <= limit && (d < bestDistance || d == bestDistance && name.compareTo(best) < 0)) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code "; did you mean `x`?"}, or the empty string when no known name is near. */
    public static String hint(String given, Collection<String> known) {
        String nearest = of(given, known);
        return nearest == null ? "" : "; did you mean `" + nearest + "`?";
    }

    // Optimal string alignment distance: Levenshtein plus a swap of two neighbours as one edit.
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 3) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
