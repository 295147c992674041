package io.coverkit.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the diagnostics one file reports: a file of ten thousand wrong statements would otherwise
 * print ten thousand messages (megabytes an analyst cannot read). The first ones are shown, in
 * order, and one more diagnostic says how many follow.
 */
public final class DiagnosticLimit {

    /** The most diagnostics shown for one file. */
    public static final int MAX_SHOWN = 100;

    private DiagnosticLimit() {}

    /**
     * The first {@link #MAX_SHOWN} of {@code sorted} and, when there are more, a {@link DiagnosticCode#G010}
     * at the first one left out saying how many; an error when any left out is one, so a file with
     * errors always shows one.
     */
    public static List<Diagnostic> shown(List<Diagnostic> sorted) {
        if (sorted.size() <= MAX_SHOWN) {
            return sorted;
        }
        List<Diagnostic> hidden = sorted.subList(MAX_SHOWN, sorted.size());
        List<Diagnostic> shown = new ArrayList<>(sorted.subList(0, MAX_SHOWN));
        boolean errors = hidden.stream().anyMatch(Diagnostic::isError);
        shown.add(new Diagnostic(DiagnosticCode.G010, errors ? Severity.ERROR : Severity.WARNING, hidden.get(0).at(),
                hidden.size() + " more diagnostic" + (hidden.size() == 1 ? " of this file is" : "s of this file are") + " not shown",
                "fix the ones above and check again"));
        return List.copyOf(shown);
    }
}
