package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A drug of a preferred drug list.
 *
 * @param id stable id requests use, such as {@code tymlos}
 * @param name the name as the list prints it
 * @param drugClass the therapeutic class id, such as {@code bisphosphonates}
 * @param note the mark the list prints after the name, such as {@code PA} or {@code PA ST}, or empty
 */
public record Drug(String id, String name, Status status, String drugClass, Validity validity, SourceRef at, String note)
        implements Serializable, InForce {

    /** A drug the list prints without a mark. */
    public Drug(String id, String name, Status status, String drugClass, Validity validity, SourceRef at) {
        this(id, name, status, drugClass, validity, at, "");
    }

    /** Where the list places the drug. */
    public enum Status {
        PREFERRED,
        NON_PREFERRED;

        /** The column heading the published list uses. */
        public String heading() {
            return this == PREFERRED ? "PREFERRED" : "NON-PREFERRED";
        }

        /** The heading a list printed one table per status uses, such as {@code Non-Preferred}. */
        public String title() {
            return this == PREFERRED ? "Preferred" : "Non-Preferred";
        }
    }

    public Drug {
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("a drug id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(status, "a drug needs its status");
        drugClass = drugClass == null ? "" : drugClass;
        validity = validity == null ? Validity.ALWAYS : validity;
        note = note == null ? "" : note;
    }
}
