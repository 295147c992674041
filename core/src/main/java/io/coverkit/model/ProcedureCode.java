package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A procedure code the guideline covers.
 *
 * @param system {@code CPT} or {@code HCPCS}
 * @param descriptor the descriptor as the guideline prints it, or empty when it prints none
 * @param reading why the analyst listed a code the published text does not name, or empty
 */
public record ProcedureCode(String system, String code, String descriptor, String section, Validity validity, SourceRef at,
        String reading) implements Serializable, InForce {

    /** A code the published text names. */
    public ProcedureCode(String system, String code, String descriptor, String section, Validity validity, SourceRef at) {
        this(system, code, descriptor, section, validity, at, "");
    }

    /** The code's clause id within its guideline, such as {@code cpt-77387}. */
    public String clauseId() {
        return (system + "-" + code).toLowerCase(java.util.Locale.ROOT);
    }

    /** A code in force throughout the guideline's life. */
    public ProcedureCode(String system, String code, String descriptor, String section, SourceRef at) {
        this(system, code, descriptor, section, Validity.ALWAYS, at);
    }

    public ProcedureCode {
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(system, "a procedure code needs a system");
        Objects.requireNonNull(code, "a procedure code needs a code");
        descriptor = descriptor == null ? "" : descriptor;
        reading = reading == null ? "" : reading;
        Objects.requireNonNull(section, "a procedure code needs its section");
    }
}
