package io.coverkit.request;

import io.coverkit.annotations.API;
import java.time.LocalDate;
import java.util.List;

/**
 * A service the member already received (request contract v2), for frequency limits, initial
 * versus subsequent services and prerequisites.
 *
 * @param elements the elements its record documents, such as {@code shared-decision-making}
 * @param units the units of service it was billed with, or null when not stated
 */
@API(status = API.Status.STABLE)
public record PriorService(String system, String code, LocalDate date, List<String> elements, Integer units) {
    public PriorService {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** A prior service whose units are not stated. */
    public PriorService(String system, String code, LocalDate date, List<String> elements) {
        this(system, code, date, elements, null);
    }

    /** A prior service whose documented elements are not stated. */
    public PriorService(String system, String code, LocalDate date) {
        this(system, code, date, List.of());
    }
}
