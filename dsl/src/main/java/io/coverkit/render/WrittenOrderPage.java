package io.coverkit.render;

import io.coverkit.model.AnyOf;
import io.coverkit.model.Guideline;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.SourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A CMS page (an NCD's or an LCD's) printed in the order its policy writes its parts: the
 * coverage database's pages differ from one document to the next, so the policy's order is the
 * page's. Collects each part with where it is written, then prints them in that order.
 */
final class WrittenOrderPage {

    /** One part of the page and where the policy writes it. */
    private record Part(SourceRef at, Runnable emit) {}

    private final List<Part> parts = new ArrayList<>();

    /** The page's header (kind of document, title, document numbers), then every section of {@code g} as a part. */
    WrittenOrderPage(Guideline g, List<Node> page, SectionBlocks sections) {
        if (!g.layout().documentType().isEmpty()) {
            page.add(new Node.Para(g.layout().documentType()));
        }
        page.add(new Node.Heading(1, g.title(), null));
        g.layout().documentNumbers().forEach(n -> page.add(new Node.Para(n.text())));
        g.sections().forEach(section -> add(section.at(), () -> sections.section(section, 2, page)));
    }

    /** Adds a part written at {@code at}. */
    void add(SourceRef at, Runnable emit) {
        parts.add(new Part(at, emit));
    }

    /** Whether the position statement says anything: prose, or criteria other than the empty default. */
    static boolean writes(PositionStatement statement) {
        return !statement.paragraphs().isEmpty()
                || !statement.criteria().equals(new AnyOf(List.of(), statement.criteria().at()));
    }

    /** Prints the parts in the order written. */
    void print() {
        parts.sort(Comparator.comparingInt((Part p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        parts.forEach(p -> p.emit().run());
    }
}
