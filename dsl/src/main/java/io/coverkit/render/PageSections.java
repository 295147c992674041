package io.coverkit.render;

import io.coverkit.model.CodeList;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.Paragraph;
import io.coverkit.model.ProgramException;
import io.coverkit.model.ProgramNote;
import io.coverkit.model.Reference;
import io.coverkit.model.Revision;
import io.coverkit.model.Section;
import io.coverkit.model.TimeFrameModifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections every template prints the same way, each appended to a page under construction:
 * only the headings and which sections print differ between templates.
 */
final class PageSections {
    private final Guideline g;
    private final List<Node> page;

    PageSections(Guideline g, List<Node> page) {
        this.g = g;
        this.page = page;
    }

    PageSections heading(String section, String templateHeading) {
        page.add(new Node.Heading(2, g.layout().heading(section, templateHeading), null));
        return this;
    }

    PageSections paras(List<Paragraph> paragraphs) {
        paragraphs.forEach(p -> page.add(new Node.Para(p.text())));
        return this;
    }

    /** A prose section: printed when it has paragraphs, or always when {@code always}. */
    void prose(String section, String templateHeading, List<Paragraph> paragraphs, boolean always) {
        if (always || !paragraphs.isEmpty()) {
            heading(section, templateHeading).paras(paragraphs);
        }
    }

    /**
     * The notice for a section whose content the published text does not reveal on the date shown,
     * instead of its content; true when printed.
     */
    boolean unknownNotice(String section) {
        var unknown = g.unknownPeriods().stream().filter(u -> u.section().equals(section)).findFirst();
        unknown.ifPresent(u -> page.add(new Node.Notice("Not published: " + u.reason() + ".")));
        return unknown.isPresent();
    }

    void positionStatement(boolean ordered) {
        if (!unknownNotice(Section.POSITION_STATEMENT)) {
            page.addAll(CriteriaBlocks.of(g.positionStatement(), ordered));
        }
    }

    void authorizationLength(String templateHeading) {
        if (g.authorization().length() != null) {
            heading("authorizationLength", templateHeading);
            var a = g.authorization();
            page.add(new Node.Para(!a.lengthText().isEmpty() ? a.lengthText() : a.subsequentLength() == null ? a.length().describe()
                    : "Initial: " + a.length().describe() + "; Subsequent: " + a.subsequentLength().describe()));
        }
    }

    /** The code lists and the documentation table of the billing/coding section. */
    void billing(String templateHeading) {
        heading("billingCoding", templateHeading).paras(g.billing().paragraphs());
        for (CodeList list : g.billing().codeLists()) {
            // A code group prints under the caption the guideline gives it (such as "Bi-level devices").
            page.add(new Node.Para(list.caption().isEmpty() ? list.system() + " Coding:" : list.caption()));
            page.add(new Node.ListBlock(false, null, 0, list.codes().stream()
                    .map(c -> new Node.Item((c.code() + " " + c.descriptor()).strip(), "code/" + c.clauseId(), List.of()))
                    .toList()));
        }
        var documentation = g.billing().documentation();
        if (documentation.requirements().isEmpty() && documentation.paragraphs().isEmpty()) {
            return;
        }
        page.add(new Node.Para("LOINC Codes:"));
        if (unknownNotice(Section.DOCUMENTATION)) {
            return;
        }
        paras(documentation.paragraphs());
        List<List<Node.Cell>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (DocumentRequirement r : documentation.requirements()) {
            TimeFrameModifier m = documentation.timeFrameModifiers().stream()
                    .filter(x -> x.loinc().equals(r.timeFrameModifier())).findFirst().orElse(null);
            rows.add(List.of(new Node.Cell(r.name(), null), new Node.Cell(r.loinc(), null),
                    new Node.Cell(r.timeFrameModifier(), null), new Node.Cell(m == null ? "" : m.narrative(), null)));
            ids.add("document/" + r.id());
        }
        if (!rows.isEmpty()) {
            page.add(new Node.Table("", List.of("Documentation Table", "LOINC Codes", "LOINC Time Frame Modifier Code",
                    "LOINC Time Frame Modifier Codes Narrative"), rows, ids));
        }
    }

    /** The program exceptions, each linkable; printed under the heading when any exists or {@code always}. */
    void programExceptions(String templateHeading, boolean always) {
        boolean any = !g.programExceptions().exceptions().isEmpty() || !g.programExceptions().notes().isEmpty()
                || g.unknownPeriods().stream().anyMatch(u -> u.section().equals(Section.PROGRAM_EXCEPTIONS));
        if (!any && !always) {
            return;
        }
        heading("programExceptions", templateHeading);
        if (unknownNotice(Section.PROGRAM_EXCEPTIONS)) {
            return;
        }
        for (ProgramException e : g.programExceptions().exceptions()) {
            String anchor = "exception/" + e.id();
            if (e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM) {
                page.add(new Node.Para(e.heading().isEmpty() ? e.text() : e.heading() + ": " + e.text(), anchor));
            } else {
                page.add(new Node.Para(e.heading() + ":", anchor));
                page.add(new Node.Para(e.text()));
            }
        }
        for (ProgramNote note : g.programExceptions().notes()) {
            page.add(new Node.Para(note.text(), "exception/" + note.id()));
        }
    }

    /** The drug list as the published table prints it: preferred and non-preferred side by side. */
    void drugList(String templateHeading) {
        if (g.formulary().isEmpty()) {
            return;
        }
        heading("drugList", templateHeading);
        if (!g.formulary().columns().isEmpty()) {
            tablePerStatus();
            return;
        }
        List<Drug> preferred = g.formulary().drugs().stream().filter(x -> x.status() == Drug.Status.PREFERRED).toList();
        List<Drug> other = g.formulary().drugs().stream().filter(x -> x.status() != Drug.Status.PREFERRED).toList();
        List<List<Node.Cell>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.max(preferred.size(), other.size()); i++) {
            rows.add(List.of(cell(preferred, i), cell(other, i)));
            ids.add(null);
        }
        page.add(new Node.Table(g.formulary().heading(), List.of("PREFERRED", "NON-PREFERRED"), rows, ids));
    }

    /** One table per status under the status's heading, the drug's mark after its name, the other columns empty. */
    private void tablePerStatus() {
        for (Drug.Status status : Drug.Status.values()) {
            List<Drug> drugs = g.formulary().drugs().stream().filter(x -> x.status() == status).toList();
            if (drugs.isEmpty()) {
                continue;
            }
            page.add(new Node.Heading(3, status.title(), null));
            List<String> header = new ArrayList<>(List.of(status.title()));
            header.addAll(g.formulary().columns());
            List<List<Node.Cell>> rows = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Drug d : drugs) {
                List<Node.Cell> row = new ArrayList<>(List.of(new Node.Cell((d.name() + " " + d.note()).strip(), "drug/" + d.id())));
                g.formulary().columns().forEach(c -> row.add(new Node.Cell("", null)));
                rows.add(row);
                ids.add(null);
            }
            page.add(new Node.Table(g.formulary().heading(), header, rows, ids));
        }
    }

    private static Node.Cell cell(List<Drug> drugs, int i) {
        return i < drugs.size() ? new Node.Cell(drugs.get(i).name(), "drug/" + drugs.get(i).id()) : new Node.Cell("", null);
    }

    void other(String templateHeading, boolean always) {
        if (always || !g.other().paragraphs().isEmpty() || !g.other().otherNames().isEmpty()) {
            heading("other", templateHeading).paras(g.other().paragraphs());
            if (!g.other().otherNames().isEmpty()) {
                page.add(new Node.ListBlock(false, null, 0,
                        g.other().otherNames().stream().map(n -> new Node.Item(n, null, List.of())).toList()));
            }
        }
    }

    /** The references, numbered as a Florida Blue guideline numbers them, or as plain lines (links). */
    void references(String templateHeading, boolean numbered, boolean always) {
        if (!always && g.references().isEmpty()) {
            return;
        }
        heading("references", templateHeading);
        if (numbered) {
            if (!g.references().isEmpty()) {
                page.add(new Node.ListBlock(true, null, 0,
                        g.references().stream().map((Reference r) -> new Node.Item(r.text(), null, List.of())).toList()));
            }
        } else {
            g.references().forEach(r -> page.add(new Node.Para(r.text())));
        }
    }

    void committeeApproval(String templateHeading) {
        if (g.committeeApproval() != null) {
            heading("committeeApproval", templateHeading);
            page.add(new Node.Para(g.committeeApproval().text()));
        }
    }

    void updateHistory(String templateHeading) {
        heading("updateHistory", templateHeading);
        page.add(new Node.ListBlock(false, null, 0, g.revisions().stream()
                .map((Revision r) -> new Node.Item(GuidelineRenderer.published(r.date()) + " "
                        + (r.number().isEmpty() ? "" : r.number() + " ") + r.text(), null, List.of()))
                .toList()));
    }
}
