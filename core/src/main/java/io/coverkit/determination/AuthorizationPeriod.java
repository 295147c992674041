package io.coverkit.determination;

import io.coverkit.annotations.API;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days an approval covers, both ends inclusive: from the date of service through the last day
 * of the guideline's length of authorization, or fewer when a cap leaves fewer days.
 */
@API(status = API.Status.STABLE)
public record AuthorizationPeriod(LocalDate from, LocalDate through) {
    public AuthorizationPeriod {
        Objects.requireNonNull(from, "an authorization period starts on a date");
        Objects.requireNonNull(through, "an authorization period ends on a date");
        if (through.isBefore(from)) {
            throw new IllegalArgumentException("an authorization period cannot end before it starts");
        }
    }

    /** How many days the period covers, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(from, through) + 1;
    }
}
