package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/** The codes of one system listed under the billing/coding information, in published order. */
public record CodeList(String system, List<ProcedureCode> codes, SourceRef at) implements Serializable {
    public CodeList {
        codes = List.copyOf(codes);
    }
}
