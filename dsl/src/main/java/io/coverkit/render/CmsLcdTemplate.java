package io.coverkit.render;

import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    private static final DateTimeFormatter LCD_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    static Templates.Printed build(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        WrittenOrderPage parts = new WrittenOrderPage(g, page, new SectionBlocks(g, true));
        if (WrittenOrderPage.writes(g.positionStatement())) {
            parts.add(g.positionStatement().at(), () -> {
                s.heading("positionStatement", "Coverage Indications, Limitations, and/or Medical Necessity");
                s.positionStatement(true);
            });
        }
        // Codes written in sections print there; the billing part prints only when the policy writes one.
        boolean codes = g.billing().at() != null;
        if (codes) {
            parts.add(g.billing().at(), () -> {
                if (LcdCodeTables.applies(g)) {
                    LcdCodeTables.print(g, page); // code groups with descriptors print as the LCD's tables
                } else {
                    s.billing("Coding Information");
                }
            });
        }
        boolean history = Templates.declared(g, "updateHistory") && !g.revisions().isEmpty();
        if (history) {
            parts.add(g.revisions().get(0).at(), () -> revisionHistory(g, page));
        }
        parts.print();
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
