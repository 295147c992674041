package io.coverkit.render;

import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.model.SourceRef;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A Medicare administrative contractor's local coverage determination (LCD), or its article, as the
 * coverage database prints it: the kind of document, the title and the document's number, then the
 * document's parts in the order the policy writes them. An LCD has no fixed set of sections: its
 * own sections ({@code section}, with the document information block's labelled fields) carry the
 * page, and the parts with a meaning of their own (the position statement when there is one, the
 * coding information, the revision history) print where the policy puts them among those sections.
 */
final class CmsLcdTemplate {
    private CmsLcdTemplate() {}

    /** One part of the page and where the policy writes it. */
    private record Part(SourceRef at, Runnable emit) {}

    private static final DateTimeFormatter LCD_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    static Templates.Printed build(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        if (!g.layout().documentType().isEmpty()) {
            page.add(new Node.Para(g.layout().documentType()));
        }
        page.add(new Node.Heading(1, g.title(), null));
        g.layout().documentNumbers().forEach(n -> page.add(new Node.Para(n.text())));
        SectionBlocks sections = new SectionBlocks(g, true);
        List<Part> parts = new ArrayList<>();
        g.sections().forEach(section -> parts.add(new Part(section.at(), () -> sections.section(section, 2, page))));
        if (!g.positionStatement().paragraphs().isEmpty() || !g.positionStatement().criteria().equals(
                new io.coverkit.model.AnyOf(List.of(), g.positionStatement().criteria().at()))) {
            parts.add(new Part(g.positionStatement().at(), () -> {
                s.heading("positionStatement", "Coverage Indications, Limitations, and/or Medical Necessity");
                s.positionStatement(true);
            }));
        }
        // Codes written in sections print there; the billing part prints only when the policy writes one.
        boolean codes = g.billing().at() != null;
        if (codes) {
            parts.add(new Part(g.billing().at(), () -> {
                if (LcdCodeTables.applies(g)) {
                    LcdCodeTables.print(g, page); // code groups with descriptors print as the LCD's tables
                } else {
                    s.billing("Coding Information");
                }
            }));
        }
        boolean history = Templates.declared(g, "updateHistory") && !g.revisions().isEmpty();
        if (history) {
            parts.add(new Part(g.revisions().get(0).at(), () -> revisionHistory(g, page)));
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        parts.forEach(p -> p.emit().run());
        s.references("References", false, false);
        return new Templates.Printed(codes || !g.billing().codeLists().isEmpty(), false, history, false);
    }

    /** The revision history table, newest first as the coverage database lists it. */
    private static void revisionHistory(Guideline g, List<Node> page) {
        page.add(new Node.Heading(2, g.layout().heading("updateHistory", "Revision History Information"), null));
        List<List<Node.Cell>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Revision> newestFirst = new ArrayList<>(g.revisions());
        java.util.Collections.reverse(newestFirst);
        for (Revision r : newestFirst) {
            rows.add(List.of(new Node.Cell(LCD_DATE.format(r.effective()), null), new Node.Cell(r.text(), null)));
            ids.add(null);
        }
        page.add(new Node.Table("", List.of("Revision History Date", "Revision History Explanation"), rows, ids));
    }
}
