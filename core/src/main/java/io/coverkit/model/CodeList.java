package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/**
 * The codes of one system listed under the billing/coding information, in published order.
 *
 * @param group the name criteria use for these codes ({@code forCodes(group: ...)}), such as
 *     {@code bilevel}, or empty when the list is not a named group
 * @param caption the heading the guideline prints above the codes, or empty
 */
public record CodeList(String system, List<ProcedureCode> codes, String group, String caption, SourceRef at) implements Serializable {
    public CodeList {
        codes = List.copyOf(codes);
        group = group == null ? "" : group;
        caption = caption == null ? "" : caption;
    }

    /** A list that is not a named group and prints no caption. */
    public CodeList(String system, List<ProcedureCode> codes, SourceRef at) {
        this(system, codes, "", "", at);
    }
}
