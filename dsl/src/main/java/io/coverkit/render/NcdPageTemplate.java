package io.coverkit.render;

import io.coverkit.model.AnyOf;
import io.coverkit.model.Guideline;
import io.coverkit.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A CMS national coverage determination as the coverage database's NCD page prints it (rather than
 * its decision memo): the kind of document, the title and the manual section number, then the
 * page's parts in the order the policy writes them: its own sections (tracking information,
 * description information, transmittal information...), the position statement under the heading
 * the policy gives it (the covered indications), and the codes only when the policy gives them a
 * heading, since an NCD page prints none.
 */
final class NcdPageTemplate {
    private NcdPageTemplate() {}

    /** One part of the page and where the policy writes it. */
    private record Part(SourceRef at, Runnable emit) {}

    /** Whether the cms-ncd guideline is laid out as an NCD page: it writes sections of its own. */
    static boolean applies(Guideline g) {
        return !g.sections().isEmpty();
    }

    static Templates.Printed build(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        if (!g.layout().documentType().isEmpty()) {
            page.add(new Node.Para(g.layout().documentType()));
        }
        page.add(new Node.Heading(1, g.title(), null));
        g.layout().documentNumbers().forEach(n -> page.add(new Node.Para(n.text())));
        SectionBlocks sections = new SectionBlocks(g, false);
        List<Part> parts = new ArrayList<>();
        g.sections().forEach(section -> parts.add(new Part(section.at(), () -> sections.section(section, 2, page))));
        if (!g.positionStatement().paragraphs().isEmpty()
                || !g.positionStatement().criteria().equals(new AnyOf(List.of(), g.positionStatement().criteria().at()))) {
            parts.add(new Part(g.positionStatement().at(), () -> {
                s.heading("positionStatement", "Indications and Limitations of Coverage");
                s.positionStatement(false);
            }));
        }
        boolean codes = Templates.declared(g, "billingCoding");
        if (codes) {
            parts.add(new Part(g.billing().at(), () -> s.billing("Billing and Coding")));
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        parts.forEach(p -> p.emit().run());
        s.references("References", false, false);
        return new Templates.Printed(codes, false, false, false);
    }
}
