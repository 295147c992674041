package io.coverkit.render;

import io.coverkit.model.Guideline;
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

    /** Whether the cms-ncd guideline is laid out as an NCD page: it writes sections of its own. */
    static boolean applies(Guideline g) {
        return !g.sections().isEmpty();
    }

    static Templates.Printed build(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        WrittenOrderPage parts = new WrittenOrderPage(g, page, new SectionBlocks(g, false));
        if (WrittenOrderPage.writes(g.positionStatement())) {
            parts.add(g.positionStatement().at(), () -> {
                s.heading("positionStatement", "Indications and Limitations of Coverage");
                s.positionStatement(false);
            });
        }
        boolean codes = Templates.declared(g, "billingCoding");
        if (codes) {
            parts.add(g.billing().at(), () -> s.billing("Billing and Coding"));
        }
        parts.print();
        s.references("References", false, false);
        return new Templates.Printed(codes, false, false, false);
    }
}
