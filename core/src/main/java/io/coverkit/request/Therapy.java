package io.coverkit.request;

import io.coverkit.annotations.API;
import java.time.LocalDate;

/**
 * A prior or current drug therapy (request contract v2), for step therapy and caps.
 *
 * @param drugClass the therapeutic class, such as {@code bisphosphonates}, or empty
 * @param end the last day of therapy, or null while it goes on
 */
@API(status = API.Status.STABLE)
public record Therapy(String drug, String drugClass, LocalDate start, LocalDate end, Outcome outcome) {

    /** How the therapy went. */
    public enum Outcome {
        ONGOING,
        COMPLETED,
        FAILURE,
        INTOLERANCE,
        ALLERGY,
        CONTRAINDICATION
    }
}
