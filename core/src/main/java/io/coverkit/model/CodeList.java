package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/**
 * The codes of one system listed under the billing/coding information, in published order.
 *
 * @param group the name criteria use for these codes ({@code forCodes(group: ...)}), such as
 *     {@code bilevel}, or empty when the list is not a named group
 * @param caption the heading the guideline prints above the codes, or empty
 * @param reading why the analyst chose these codes where the published text names none, or empty
 */
public record CodeList(String system, List<ProcedureCode> codes, String group, String caption, SourceRef at, String reading)
        implements Serializable {
    public CodeList {
        codes = List.copyOf(codes);
        group = group == null ? "" : group;
        caption = caption == null ? "" : caption;
        reading = reading == null ? "" : reading;
    }

    /** A list that is not a named group, prints no caption and carries no reading. */
    public CodeList(String system, List<ProcedureCode> codes, SourceRef at) {
        this(system, codes, "", "", at, "");
    }

    /** A list the published text prints, with the analyst's reading. */
    public CodeList(String system, List<ProcedureCode> codes, SourceRef at, String reading) {
        this(system, codes, "", "", at, reading);
    }

    /** A named group with its caption. */
    public CodeList(String system, List<ProcedureCode> codes, String group, String caption, SourceRef at) {
        this(system, codes, group, caption, at, "");
    }
}
