package io.coverkit.render;

import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes each clause of a rendered page linkable by its id: {@code page.html#indication/dose-escalation}
 * reaches the indication whose determinations cite {@code 04-77260-19/indication/dose-escalation}.
 * The anchor is the clause id without the guideline's prefix, set on the list item, table row or
 * paragraph that prints the clause.
 */
final class ClauseAnchors {
    private ClauseAnchors() {}

    /** One clause as the page prints it: its anchor, the HTML element, and its text as rendered. */
    private record Anchor(String id, String opening, String text) {}

    /** {@code html} with an {@code id} on the element of every clause of {@code g} it prints. */
    static String add(Guideline g, String html) {
        String out = html;
        for (Anchor a : anchors(g)) {
            String element = a.opening() + escape(a.text());
            int at = out.indexOf(element);
            if (at >= 0) {
                String tag = a.opening().substring(0, a.opening().indexOf('>'));
                out = out.substring(0, at) + tag + " id=\"" + a.id() + "\">" + out.substring(at + a.opening().length());
            }
        }
        return out;
    }

    private static List<Anchor> anchors(Guideline g) {
        List<Anchor> anchors = new ArrayList<>();
        for (Indication i : g.positionStatement().indications()) {
            anchors.add(new Anchor("indication/" + i.id(), "<li>", i.text()));
        }
        for (MemberCriterion m : g.positionStatement().memberCriteria()) {
            if (!m.text().isEmpty()) {
                anchors.add(new Anchor("criterion/" + m.id(), "<li>", m.text()));
            }
        }
        for (ProcedureCode c : g.billing().codes()) {
            anchors.add(new Anchor("code/" + c.clauseId(), "<li>",
                    (c.code() + " " + c.descriptor()).strip()));
        }
        for (var r : g.billing().documentation().requirements()) {
            anchors.add(new Anchor("document/" + r.id(), "<tr>\n<td>", r.name()));
        }
        for (ProgramException e : g.programExceptions().exceptions()) {
            anchors.add(new Anchor("exception/" + e.id(), "<p>", e.heading().isEmpty() ? e.text() : e.heading()));
        }
        for (Drug d : g.formulary().drugs()) {
            anchors.add(new Anchor("drug/" + d.id(), "<td>", d.name()));
        }
        return anchors;
    }

    // As commonmark escapes text: the same entities, so a clause's text is found as rendered.
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
