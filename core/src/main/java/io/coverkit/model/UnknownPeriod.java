package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of a guideline's life where the published text does not reveal what a section said.
 * Requests whose revision falls inside it are told so; they are never decided by other revisions'
 * rules.
 *
 * @param section the published section heading whose content is unknown
 * @param before the first date from which the section's content is known again
 * @param reason why it is unknown, in the analyst's words
 * @param from the first date whose content is unknown, or null for "since the guideline began"
 *     ({@code unknownBefore})
 */
public record UnknownPeriod(String section, LocalDate before, String reason, SourceRef at, LocalDate from)
        implements Serializable {
    public UnknownPeriod {
        Objects.requireNonNull(section, "an unknown period names its section");
        Objects.requireNonNull(before, "an unknown period ends on a date");
        reason = reason == null ? "" : reason;
        if (from != null && !from.isBefore(before)) {
            throw new IllegalArgumentException("an unknown period must start before it ends, got " + from + " to " + before);
        }
    }

    /** Unknown from the start of the guideline's life until {@code before}. */
    public UnknownPeriod(String section, LocalDate before, String reason, SourceRef at) {
        this(section, before, reason, at, null);
    }

    /** True when the section's content is unknown on {@code date}. */
    public boolean covers(LocalDate date) {
        return date.isBefore(before) && (from == null || !date.isBefore(from));
    }

    /** The period in words, such as {@code before 2023-05-15} or {@code from 2001-01-01 to 2008-03-13}. */
    public String describe() {
        return from == null ? "before " + before : "from " + from + " to " + before;
    }
}
