package io.coverkit.diff;

import io.coverkit.model.Revision;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed in a guideline between the revisions in force on two dates.
 *
 * @param fromRevision the revision in force on {@code from}, or null when none was
 * @param history the update-history entries after {@code fromRevision} up to {@code toRevision}
 * @param positionStatement whether the position statement changed, stayed the same, or is unknown
 *     on either side
 */
public record RevisionDiff(
        String guideline,
        LocalDate from,
        LocalDate fromRevision,
        LocalDate to,
        LocalDate toRevision,
        List<Change> changes,
        List<Revision> history,
        PositionStatementStatus positionStatement) {

    /** What became of the position statement. */
    public enum PositionStatementStatus {
        UNCHANGED,
        CHANGED,
        UNKNOWN
    }

    public RevisionDiff {
        changes = List.copyOf(changes);
        history = List.copyOf(history);
    }

    /** The changes of one kind in one area, in guideline order. */
    public List<Change> changes(Change.Kind kind, Snapshot.Area area) {
        return changes.stream().filter(c -> c.kind() == kind && c.area() == area).toList();
    }

    /** The codes this revision added, such as {@code 77387}. */
    public List<String> codesAdded() {
        return codes(Change.Kind.ADDED);
    }

    /** The codes this revision removed, such as {@code 77014}. */
    public List<String> codesRemoved() {
        return codes(Change.Kind.REMOVED);
    }

    private List<String> codes(Change.Kind kind) {
        return changes(kind, Snapshot.Area.CODE).stream().map(c -> c.key().substring(c.key().lastIndexOf('/') + 1)).toList();
    }
}
