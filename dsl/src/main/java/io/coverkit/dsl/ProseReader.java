package io.coverkit.dsl;

import io.coverkit.model.Layout;
import io.coverkit.model.Paragraph;
import io.coverkit.model.SourceRef;
import io.coverkit.model.Validity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a policy that say how its document reads rather than what it decides: the position
 * statement's prose wherever it is written (inside criteria blocks too, each paragraph knowing its
 * block) and the publisher's layout (template, header lines, section headings).
 */
final class ProseReader {
    private final Function<Call, Validity> validity;

    ProseReader(Function<Call, Validity> validity) {
        this.validity = validity;
    }

    /** The names of the calls that are prose, not criteria, inside a criteria block. */
    static boolean isProse(Call call) {
        return call.name().equals("paragraph") || call.name().equals("heading");
    }

    /**
     * The position statement's prose in the order written: its own paragraphs and sub-headings, and
     * those written inside its criteria blocks, each knowing the block it was written in.
     */
    List<Paragraph> statementProse(Call statement) {
        List<Paragraph> prose = new ArrayList<>();
        collectProse(statement, null, prose);
        return prose;
    }

    private void collectProse(Call block, SourceRef within, List<Paragraph> into) {
        for (Call call : block.body()) {
            if (isProse(call)) {
                into.add(new Paragraph(call.text(0), validity.apply(call), call.at(), call.name().equals("heading"), within));
            } else if (CRITERIA_BLOCKS.contains(call.name())) {
                collectProse(call, call.at(), into);
            }
        }
    }

    private static final Set<String> CRITERIA_BLOCKS =
            Set.of("anyOf", "allOf", "none", "unless", "initial", "subsequent", "forDrug", "forStatus", "forDiagnosis", "forClass");

    /** The publisher's layout: the template, the header lines it takes, and headings written per section. */
    Layout layout(Call g) {
        List<Layout.SectionHeading> headings = new ArrayList<>();
        for (Call section : g.body()) {
            if (section.named().containsKey("heading")) {
                headings.add(new Layout.SectionHeading(section.name(), section.text("heading")));
            }
        }
        return new Layout(
                g.child("template").map(t -> t.text(0)).orElse(""),
                g.child("documentType").map(t -> t.text(0)).orElse(""),
                g.children("documentNumber").stream().map(n -> new Paragraph(n.text(0), validity.apply(n), n.at())).toList(),
                headings);
    }
}
