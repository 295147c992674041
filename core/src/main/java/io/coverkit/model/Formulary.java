package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The drug list of a pharmacy guideline: preferred and non-preferred drugs and their classes.
 *
 * @param heading the list's published heading, or empty
 */
public record Formulary(String heading, List<Drug> drugs, SourceRef at) implements Serializable {

    /** A guideline without a drug list. */
    public static final Formulary NONE = new Formulary("", List.of(), null);

    public Formulary {
        heading = heading == null ? "" : heading;
        drugs = List.copyOf(drugs);
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
