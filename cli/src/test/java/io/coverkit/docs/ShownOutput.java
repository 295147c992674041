package io.coverkit.docs;

import io.coverkit.docs.Readme.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output a README block shows, held against what the command printed.
 *
 * <p>The rule: the shown lines are the printed lines (standard output, then standard error),
 * exactly, except that a line reading {@code ...} alone stands for any number of printed lines,
 * none included. Without a leading {@code ...} the first shown line is the first printed one;
 * without a trailing one the last shown line is the last printed one. Trailing spaces and blank
 * lines at the end are not compared (Markdown editors drop them). A {@code ...} inside a line is
 * text like any other.
 */
final class ShownOutput {

    /** The placeholder line. */
    static final String OMITTED = "...";

    private final List<List<Line>> runs = new ArrayList<>();
    private final boolean anchoredStart;
    private final boolean anchoredEnd;

    private ShownOutput(List<Line> shown, boolean anchored) {
        List<Line> lines = new ArrayList<>(shown);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).text().isBlank()) {
            lines.remove(lines.size() - 1);
        }
        anchoredStart = anchored && (lines.isEmpty() || !isOmitted(lines.get(0)));
        anchoredEnd = anchored && (lines.isEmpty() || !isOmitted(lines.get(lines.size() - 1)));
        List<Line> run = new ArrayList<>();
        for (Line line : lines) {
            if (isOmitted(line)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            } else {
                run.add(line);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }

    /** Output shown under its {@code $ command}: the whole output, but for {@code ...} lines. */
    static ShownOutput whole(List<Line> shown) {
        return new ShownOutput(shown, true);
    }

    /** Output shown without its command, as an excerpt: its lines appear together, anywhere in the output. */
    static ShownOutput excerpt(List<Line> shown) {
        return new ShownOutput(shown, false);
    }

    private static boolean isOmitted(Line line) {
        return line.text().strip().equals(OMITTED);
    }

    /** Empty when the printed lines match; otherwise what does not, naming the README line. */
    Optional<String> mismatch(List<String> printed) {
        List<String> actual = new ArrayList<>(printed.stream().map(String::stripTrailing).toList());
        while (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
            actual.remove(actual.size() - 1);
        }
        if (runs.isEmpty()) {
            return anchoredStart && !actual.isEmpty()
                    ? Optional.of("the README shows no output, but the command printed " + actual.size() + " line(s)")
                    : Optional.empty();
        }
        int from = 0;
        for (int r = 0; r < runs.size(); r++) {
            List<Line> run = runs.get(r);
            boolean first = r == 0;
            boolean last = r == runs.size() - 1;
            int at = place(run, actual, from, first && anchoredStart, last && anchoredEnd);
            if (at < 0) {
                return Optional.of(whyNot(run, actual, from, first && anchoredStart, last && anchoredEnd));
            }
            from = at + run.size();
        }
        return Optional.empty();
    }

    // the first place at or after `from` where the run's lines are printed one after the other
    private static int place(List<Line> run, List<String> actual, int from, boolean atStart, boolean atEnd) {
        int lastStart = actual.size() - run.size();
        if (lastStart < from) {
            return -1;
        }
        int start = atStart ? 0 : atEnd ? lastStart : from;
        int end = atEnd ? lastStart : atStart ? 0 : lastStart;
        for (int s = start; s <= end; s++) {
            if (matched(run, actual, s) == run.size()) {
                return s;
            }
        }
        return -1;
    }

    private static int matched(List<Line> run, List<String> actual, int start) {
        int n = 0;
        while (n < run.size() && start + n < actual.size() && run.get(n).text().equals(actual.get(start + n))) {
            n++;
        }
        return n;
    }

    // names the first shown line that could not be placed, at the place that came closest
    private static String whyNot(List<Line> run, List<String> actual, int from, boolean atStart, boolean atEnd) {
        int best = atStart ? 0 : from;
        int bestCount = -1;
        for (int s = atStart ? 0 : from; s <= actual.size(); s++) {
            int n = matched(run, actual, s);
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
            if (atStart) {
                break;
            }
        }
        if (bestCount == run.size() && atEnd) {
            Line end = run.get(run.size() - 1);
            return "README.md:" + end.number() + ": the output goes on after this, the last line shown (end the block with `"
                    + OMITTED + "` or show the rest); next printed line: `" + actual.get(best + bestCount) + "`";
        }
        Line missing = run.get(bestCount);
        String where = bestCount > 0
                ? " after README.md:" + run.get(bestCount - 1).number() + " matched printed line " + (best + bestCount)
                        + (best + bestCount < actual.size() ? "; printed line " + (best + bestCount + 1) + " is `" + actual.get(best + bestCount) + "`" : ", the last")
                : atStart ? " as the first printed line" + (actual.isEmpty() ? " (nothing was printed)" : ", which is `" + actual.get(0) + "`")
                : " anywhere after printed line " + from + " (of " + actual.size() + ")";
        return "README.md:" + missing.number() + ": shown line `" + missing.text() + "` is not printed" + where;
    }
}
