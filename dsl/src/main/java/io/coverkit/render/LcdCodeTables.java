package io.coverkit.render;

import io.coverkit.model.CodeList;
import io.coverkit.model.Guideline;
import io.coverkit.model.Paragraph;
import io.coverkit.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coding information of an LCD as the coverage database prints it: the section's lines (group
 * captions, modifier lists, empty code-set headings) and its code groups in the order the policy
 * writes them, each group whose codes carry their descriptors as a two-column table (Code,
 * Description). Only used when the policy heads the coding information itself and every code
 * prints its descriptor; otherwise the generic billing layout applies.
 */
final class LcdCodeTables {
    private LcdCodeTables() {}

    /** One line or one code group, where the policy writes it. */
    private record Part(SourceRef at, Node node) {}

    /**
     * Whether the guideline's codes print as the LCD's tables: the policy gives the coding information
     * its published heading ({@code billingCoding(heading: ...)}) and every code its descriptor.
     */
    static boolean applies(Guideline g) {
        return Templates.declared(g, "billingCoding") && !g.billing().codeLists().isEmpty() && g.billing().codeLists().stream()
                .allMatch(list -> list.codes().stream().allMatch(c -> !c.descriptor().isEmpty()));
    }

    /** The heading, then the section's lines and tables in written order. */
    static void print(Guideline g, List<Node> page) {
        page.add(new Node.Heading(2, g.layout().heading("billingCoding", "Coding Information"), null));
        List<Part> parts = new ArrayList<>();
        for (Paragraph p : g.billing().paragraphs()) {
            parts.add(new Part(p.at(), p.heading() ? new Node.Heading(3, p.text(), null) : new Node.Para(p.text())));
        }
        for (CodeList list : g.billing().codeLists()) {
            List<List<Node.Cell>> rows = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            list.codes().forEach(c -> {
                rows.add(List.of(new Node.Cell(c.code(), null), new Node.Cell(c.descriptor(), null)));
                ids.add("code/" + c.clauseId());
            });
            parts.add(new Part(list.at(), new Node.Table("", List.of("Code", "Description"), rows, ids)));
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        parts.forEach(p -> page.add(p.node()));
    }
}
