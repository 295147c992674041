package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A request field the guideline declares closed-world: what the request states there is the whole
 * record (the diagnoses on a claim, a pharmacy benefit's drug history), so a criterion that finds
 * nothing there takes the fact as absent, not unknown, and the determination says so.
 *
 * @param field one of {@link #FIELDS}
 * @param reading why the field is complete, in the analyst's words, or empty
 */
public record ClosedField(String field, String reading, SourceRef at) implements Serializable {

    /**
     * The request fields that may be closed-world, by the guideline or by the request's
     * {@code complete}: lists whose absence a criterion can read. {@code facts} closes every fact
     * the request leaves out.
     */
    public static final List<String> FIELDS =
            List.of("diagnoses", "procedures", "priorServices", "therapies", "events", "orders", "facts");

    public ClosedField {
        Objects.requireNonNull(field, "a closed-world declaration names its field");
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("not a field that can be closed-world: " + field);
        }
        reading = reading == null ? "" : reading;
    }
}
