package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/**
 * The codes of one system listed under the billing/coding information, in published order.
 *
 * @param reading why the analyst chose these codes where the published text names none, or empty
 */
public record CodeList(String system, List<ProcedureCode> codes, SourceRef at, String reading) implements Serializable {
    public CodeList {
        codes = List.copyOf(codes);
        reading = reading == null ? "" : reading;
    }

    /** A list the published text prints. */
    public CodeList(String system, List<ProcedureCode> codes, SourceRef at) {
        this(system, codes, at, "");
    }
}
