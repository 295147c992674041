package io.coverkit.request;

import io.coverkit.annotations.API;
import java.time.LocalDate;
import java.util.List;

/**
 * A clinical document on file: its LOINC code, the date of its observations and (request
 * contract v2) the elements it documents, such as {@code shared-decision-making}.
 */
@API(status = API.Status.STABLE)
public record Document(String loinc, LocalDate date, List<String> elements) {
    public Document {
        elements = elements == null ? List.of() : List.copyOf(elements);
    }

    /** A document as contract v1 describes it. */
    public Document(String loinc, LocalDate date) {
        this(loinc, date, List.of());
    }
}
