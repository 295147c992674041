package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The drug list of a pharmacy guideline: preferred and non-preferred drugs and their classes.
 *
 * @param heading the list's published heading, or empty
 * @param columns the columns the list prints after the drug's, such as {@code Generic Name}; when
 *     given, the list prints one table per status under the status's heading, as the Ohio UPDL
 *     pages of 2024 do; when empty, one table with a column per status
 */
public record Formulary(String heading, List<Drug> drugs, SourceRef at, List<String> columns) implements Serializable {

    /** A guideline without a drug list. */
    public static final Formulary NONE = new Formulary("", List.of(), null);

    /** A list printed as one table with a column per status. */
    public Formulary(String heading, List<Drug> drugs, SourceRef at) {
        this(heading, drugs, at, List.of());
    }

    public Formulary {
        heading = heading == null ? "" : heading;
        drugs = List.copyOf(drugs);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** The drug with id {@code id}, if listed. */
    public Optional<Drug> drug(String id) {
        return drugs.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** True when no drug is listed. */
    public boolean isEmpty() {
        return drugs.isEmpty();
    }
}
