package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of a guideline's life where the published text does not reveal what a section said.
 * Requests whose revision falls inside it are told so; they are never decided by later rules.
 *
 * @param section the published section heading whose content is unknown
 * @param before the first date from which the section's content is known
 * @param reason why it is unknown, in the analyst's words
 */
public record UnknownPeriod(String section, LocalDate before, String reason, SourceRef at) implements Serializable {
    public UnknownPeriod {
        Objects.requireNonNull(section, "an unknown period names its section");
        Objects.requireNonNull(before, "an unknown period ends on a date");
        reason = reason == null ? "" : reason;
    }

    /** True when the section's content is unknown on {@code date}. */
    public boolean covers(LocalDate date) {
        return date.isBefore(before);
    }
}
