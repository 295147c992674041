package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated entry of the guideline's update history. The revision in force on a date is the
 * latest one effective on or before it.
 */
public record Revision(LocalDate effective, String text, SourceRef at) implements Serializable, Comparable<Revision> {
    public Revision {
        Objects.requireNonNull(effective, "a revision needs an effective date");
        Objects.requireNonNull(text, "a revision needs its update text");
    }

    @Override
    public int compareTo(Revision other) {
        return effective.compareTo(other.effective);
    }
}
