package io.coverkit.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.model.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Compares a guideline's content on two dates: the semantic diff of two revisions. */
public final class GuidelineDiff {

    /**
     * What changed between the revisions in force on {@code from} and on {@code to}. The content of
     * a section unknown on either date is not compared; its unknown-content entry stands for it.
     */
    public RevisionDiff between(Guideline guideline, LocalDate from, LocalDate to) {
        Snapshot before = Snapshot.of(guideline, from);
        Snapshot after = Snapshot.of(guideline, to);
        // A section whose content is unknown on one date has no entries there, so a plain
        // comparison would report everything it holds on the other date as added (or removed):
        // "+ indication bony-anatomy-fails" from 2010 to 2026, although the published text never
        // says when it was added. Only the unknown-content entry itself reports such a section.
        List<Change> changes = compare(before, after).stream()
                .filter(c -> !unknownOnEitherDate(c.area(), before, after))
                .toList();
        List<Revision> history = guideline.revisions().stream()
                .filter(r -> (before.revision() == null || r.effective().isAfter(before.revision()))
                        && after.revision() != null && !r.effective().isAfter(after.revision()))
                .toList();
        return new RevisionDiff(guideline.id(), from, before.revision(), to, after.revision(), changes, history,
                positionStatement(before, after, changes));
    }

    /** Every entry added, removed or changed from {@code before} to {@code after}, in guideline order. */
    public static List<Change> compare(Snapshot before, Snapshot after) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Snapshot.Entry> e : before.entries().entrySet()) {
            Snapshot.Entry now = after.entries().get(e.getKey());
            Snapshot.Entry was = e.getValue();
            if (now == null) {
                changes.add(new Change(Change.Kind.REMOVED, was.area(), e.getKey(), was.label(), was.text(), null, ""));
            } else if (!now.text().equals(was.text())) {
                changes.add(new Change(Change.Kind.CHANGED, was.area(), e.getKey(), was.label(), was.text(), now.text(),
                        wording(was.text(), now.text())));
            }
        }
        for (Map.Entry<String, Snapshot.Entry> e : after.entries().entrySet()) {
            if (!before.entries().containsKey(e.getKey())) {
                Snapshot.Entry now = e.getValue();
                changes.add(new Change(Change.Kind.ADDED, now.area(), e.getKey(), now.label(), null, now.text(), ""));
            }
        }
        return changes;
    }

    private static boolean unknownOnEitherDate(Snapshot.Area area, Snapshot before, Snapshot after) {
        String section = switch (area) {
            case POSITION_STATEMENT, INDICATION -> Section.POSITION_STATEMENT;
            case DOCUMENTATION -> Section.DOCUMENTATION;
            case PROGRAM_EXCEPTION -> Section.PROGRAM_EXCEPTIONS;
            case METADATA, CODE, UNKNOWN_CONTENT, DRUG, AUTHORIZATION, SECTION -> null;
        };
        return section != null && (before.entries().containsKey("unknown/" + section)
                || after.entries().containsKey("unknown/" + section));
    }

    private static RevisionDiff.PositionStatementStatus positionStatement(Snapshot before, Snapshot after, List<Change> changes) {
        boolean unknown = !before.entries().containsKey("position-statement/criteria")
                || !after.entries().containsKey("position-statement/criteria");
        if (unknown) {
            return RevisionDiff.PositionStatementStatus.UNKNOWN;
        }
        boolean changed = changes.stream().anyMatch(c -> c.area() == Snapshot.Area.POSITION_STATEMENT
                || c.area() == Snapshot.Area.INDICATION);
        return changed ? RevisionDiff.PositionStatementStatus.CHANGED : RevisionDiff.PositionStatementStatus.UNCHANGED;
    }

    /** A word-level account of a rewording: unchanged words as they are, {@code [-removed-]} and {@code {+added+}}. */
    static String wording(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int position = delta.getSource().getPosition();
            append(out, String.join(" ", a.subList(at, position)));
            if (!delta.getSource().getLines().isEmpty()) {
                append(out, "[-" + String.join(" ", delta.getSource().getLines()) + "-]");
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                append(out, "{+" + String.join(" ", delta.getTarget().getLines()) + "+}");
            }
            at = position + delta.getSource().size();
        }
        append(out, String.join(" ", a.subList(at, a.size())));
        return out.toString();
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private static void append(StringBuilder out, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(piece);
    }
}
