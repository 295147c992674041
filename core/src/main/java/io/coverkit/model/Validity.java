package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When a clause is in force: from the revision that added it (inclusive) to the revision that
 * deleted it (exclusive). Either end may be open: no {@code added} date means since the
 * guideline's original effective date, as far as its history shows; no {@code deleted} date means
 * still in force.
 */
public record Validity(LocalDate added, LocalDate deleted) implements Serializable {

    /** In force throughout the guideline's life. */
    public static final Validity ALWAYS = new Validity(null, null);

    public Validity {
        if (added != null && deleted != null && !deleted.isAfter(added)) {
            throw new IllegalArgumentException("a clause must be deleted after it was added, got added " + added
                    + " and deleted " + deleted);
        }
    }

    /** True when the clause is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return (added == null || !date.isBefore(added)) && (deleted == null || date.isBefore(deleted));
    }

    /** True when neither end is set. */
    public boolean isAlways() {
        return added == null && deleted == null;
    }
}
