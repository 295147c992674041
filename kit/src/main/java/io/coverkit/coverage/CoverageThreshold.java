package io.coverkit.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimum clause coverage, for one guideline ({@code 04-77260-19=100}) or for every guideline
 * ({@code 90}); a run under it fails.
 *
 * @param guideline the guideline it applies to, or null for every guideline
 * @param percent the minimum, 0 to 100
 */
public record CoverageThreshold(String guideline, double percent) {

    public CoverageThreshold {
        if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
            throw new IllegalArgumentException("a coverage threshold is a percentage from 0 to 100, not " + percent);
        }
    }

    /** Reads {@code [GUIDELINE=]PERCENT}, with or without a trailing {@code %}. */
    public static CoverageThreshold parse(String text) {
        String s = text.strip();
        int eq = s.lastIndexOf('=');
        String guideline = eq < 0 ? null : s.substring(0, eq).strip();
        String number = (eq < 0 ? s : s.substring(eq + 1)).strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1);
        }
        try {
            return new CoverageThreshold(guideline == null || guideline.isEmpty() ? null : guideline, Double.parseDouble(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a coverage threshold reads [GUIDELINE=]PERCENT, such as 04-77260-19=100, not `"
                    + text + "`", e);
        }
    }

    /**
     * A guideline's coverage as thresholds see it.
     *
     * @param uncovered its uncovered clauses as {@code file:line: clause-id}
     */
    public record Figure(String guideline, double percent, List<String> uncovered) {
        public Figure {
            uncovered = List.copyOf(uncovered);
        }
    }

    /**
     * Why {@code figures} fall short of {@code thresholds}: per guideline under its minimum, a line
     * saying so followed by its uncovered clauses (or, at 0%, how many there are); empty when all
     * meet theirs. A threshold naming a guideline that was not covered at all is a shortfall too, so
     * a misspelt id cannot pass, and so is a threshold for every guideline when there is none.
     */
    public static List<String> shortfalls(List<CoverageThreshold> thresholds, List<Figure> figures) {
        List<String> out = new ArrayList<>();
        for (CoverageThreshold t : thresholds) {
            boolean seen = false;
            for (Figure f : figures) {
                if (t.guideline() != null && !t.guideline().equals(f.guideline())) {
                    continue;
                }
                seen = true;
                if (f.percent() + 1e-9 >= t.percent()) {
                    continue;
                }
                String under = String.format(Locale.ROOT, "%s: clause coverage %.1f%% is under the threshold %.1f%%",
                        f.guideline(), f.percent(), t.percent());
                if (f.percent() == 0 && !f.uncovered().isEmpty()) {
                    // Listing every clause of a guideline without scenarios would bury the one fact that matters.
                    out.add(under + ": no scenario exercised any of its " + f.uncovered().size() + " clauses");
                } else {
                    out.add(under);
                    f.uncovered().forEach(u -> out.add("  not exercised: " + u));
                }
            }
            if (!seen && t.guideline() != null) {
                out.add(String.format(Locale.ROOT, "%s: no clause coverage was recorded, so the threshold %.1f%% is not met",
                        t.guideline(), t.percent()));
            } else if (!seen) {
                out.add(String.format(Locale.ROOT, "no guideline was loaded, so the threshold %.1f%% is not met", t.percent()));
            }
        }
        return out;
    }
}
