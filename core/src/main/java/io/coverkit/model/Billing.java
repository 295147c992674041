package io.coverkit.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The billing/coding information: code lists and documentation requirements. */
public record Billing(List<Paragraph> paragraphs, List<CodeList> codeLists, Documentation documentation, SourceRef at)
        implements Serializable {
    /** No billing/coding section, as in a pharmacy guideline that lists drugs instead. */
    public static final Billing NONE = new Billing(List.of(), List.of(), Documentation.NONE, null);

    public Billing {
        paragraphs = List.copyOf(paragraphs);
        codeLists = List.copyOf(codeLists);
    }

    /** True when the section says nothing: no paragraphs, codes or documentation requirements. */
    public boolean isEmpty() {
        return paragraphs.isEmpty() && codes().isEmpty() && documentation.requirements().isEmpty()
                && documentation.paragraphs().isEmpty();
    }

    /** Every listed code, across systems, in published order. */
    public List<ProcedureCode> codes() {
        List<ProcedureCode> codes = new ArrayList<>();
        for (CodeList list : codeLists) {
            codes.addAll(list.codes());
        }
        return List.copyOf(codes);
    }
}
