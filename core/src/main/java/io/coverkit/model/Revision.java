package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of the update history. The revision in force on a date is the latest one
 * effective on or before it; of revisions effective the same day, the one written last.
 *
 * @param effective the date its content takes effect: what decisions and clauses' {@code added:}
 *     and {@code deleted:} dates go by
 * @param date the revision's own date as the history prints it (its revision or approval date),
 *     which may be earlier or later than {@code effective}; {@code effective} when the history
 *     gives one date
 * @param number the publisher's revision number, such as {@code R11}, or empty
 */
public record Revision(LocalDate effective, String text, SourceRef at, LocalDate date, String number)
        implements Serializable, Comparable<Revision> {
    public Revision {
        Objects.requireNonNull(effective, "a revision needs an effective date");
        Objects.requireNonNull(text, "a revision needs its update text");
        date = date == null ? effective : date;
        number = number == null ? "" : number;
    }

    /** A revision effective on the date the history prints for it. */
    public Revision(LocalDate effective, String text, SourceRef at) {
        this(effective, text, at, effective, "");
    }

    /** True when the history prints a date other than the effective date. */
    public boolean effectiveOtherThanDate() {
        return !date.equals(effective);
    }

    @Override
    public int compareTo(Revision other) {
        return effective.compareTo(other.effective);
    }
}
