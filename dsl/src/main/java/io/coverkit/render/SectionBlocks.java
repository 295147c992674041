package io.coverkit.render;

import io.coverkit.model.CodeList;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentField;
import io.coverkit.model.Guideline;
import io.coverkit.model.GuidelineSection;
import io.coverkit.model.Paragraph;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProseTable;
import io.coverkit.model.SourceRef;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The generic sections of a guideline as the published document lays them out: each heading one
 * level below its parent's, then what the section holds in the order written (prose, sub-headings,
 * labelled fields, tables, criteria as nested lists, sub-sections).
 */
final class SectionBlocks {

    /** One thing written in a section, ordered by where it was written. */
    private record Entry(SourceRef at, Runnable emit) {}

    private static final Comparator<Entry> WRITTEN =
            Comparator.comparingInt((Entry e) -> e.at().line()).thenComparingInt(e -> e.at().column());

    /** The LCD date format: {@code 10/01/2015}. */
    private static final DateTimeFormatter LCD_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private final Guideline g;
    private final boolean ordered;

    SectionBlocks(Guideline g, boolean ordered) {
        this.g = g;
        this.ordered = ordered;
    }

    /** Every section of the guideline, headings starting at {@code level}. */
    List<Node> all(int level) {
        List<Node> out = new ArrayList<>();
        for (GuidelineSection s : g.sections()) {
            section(s, level, out);
        }
        return out;
    }

    /** One section and what it holds, its heading at {@code level} (at most 6). */
    void section(GuidelineSection s, int level, List<Node> out) {
        out.add(new Node.Heading(Math.min(level, 6), s.heading(), null));
        if (s.unknown() != null) {
            out.add(new Node.Notice("Not published: " + s.unknown().reason() + "."));
            return;
        }
        List<Entry> entries = new ArrayList<>();
        List<Paragraph> inBlocks = new ArrayList<>();
        for (Paragraph p : s.paragraphs()) {
            if (p.within() != null) {
                inBlocks.add(p);
            } else if (p.heading()) {
                entries.add(new Entry(p.at(), () -> out.add(new Node.Heading(Math.min(level + 1, 6), p.text(), null))));
            } else {
                entries.add(new Entry(p.at(), () -> out.add(new Node.Para(p.text()))));
            }
        }
        for (DocumentField f : s.fields()) {
            entries.add(new Entry(f.at(), () -> {
                out.add(new Node.Para(f.label()));
                out.add(new Node.Para(f.derived() ? derived(f.label()) : f.value()));
            }));
        }
        for (ProseTable t : s.tables()) {
            entries.add(new Entry(t.at(), () -> out.add(table(t))));
        }
        for (CodeList list : s.codes()) {
            entries.add(new Entry(list.at(), () -> out.add(codeTable(list))));
        }
        for (Criterion c : s.criteria()) {
            entries.add(new Entry(c.at(), () -> out.addAll(CriteriaBlocks.of(new PositionStatement(inBlocks, c, c.at()), ordered))));
        }
        for (io.coverkit.model.OutcomeStatement o : g.positionStatement().outcomes()) {
            // Written directly in this section: its heading, and a position between the section's and its sub-sections'.
            if (o.section().equals(s.heading()) && directlyIn(o.at(), s)) {
                entries.add(new Entry(o.at(), () -> out.addAll(CriteriaBlocks.of(o, inBlocks, ordered))));
            }
        }
        for (GuidelineSection sub : s.sections()) {
            entries.add(new Entry(sub.at(), () -> section(sub, level + 1, out)));
        }
        entries.sort(WRITTEN);
        entries.forEach(e -> e.emit().run());
    }

    /** True when {@code at} is after the section's start and in none of its sub-sections (of the same heading). */
    private static boolean directlyIn(io.coverkit.model.SourceRef at, GuidelineSection s) {
        if (before(at, s.at())) {
            return false;
        }
        for (GuidelineSection sub : s.sections()) {
            if (sub.heading().equals(s.heading()) && !before(at, sub.at())) {
                return false;
            }
        }
        return true;
    }

    private static boolean before(io.coverkit.model.SourceRef a, io.coverkit.model.SourceRef b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }

    /** A code list as the coding information prints it: code and description, each row linkable. */
    private static Node.Table codeTable(CodeList list) {
        List<List<Node.Cell>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ProcedureCode c : list.codes()) {
            rows.add(List.of(new Node.Cell(c.code(), null), new Node.Cell(c.descriptor(), null)));
            ids.add("code/" + c.clauseId());
        }
        return new Node.Table("", List.of("Code", "Description"), rows, ids);
    }

    private static Node.Table table(ProseTable t) {
        int width = t.header().size();
        for (ProseTable.Row r : t.rows()) {
            width = Math.max(width, r.cells().size());
        }
        List<String> header = new ArrayList<>(t.header());
        while (header.size() < width) {
            header.add("");
        }
        List<List<Node.Cell>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (ProseTable.Row r : t.rows()) {
            List<Node.Cell> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(new Node.Cell(i < r.cells().size() ? r.cells().get(i) : "", null));
            }
            rows.add(cells);
            ids.add(null);
        }
        return new Node.Table(t.caption(), header, rows, ids);
    }

    /** The value of a field the template takes from the guideline (see {@link DocumentField#DERIVED}). */
    private String derived(String label) {
        return switch (label) {
            case DocumentField.ID -> g.layout().documentNumbers().isEmpty() ? g.id() : g.layout().documentNumbers().get(0).text();
            case DocumentField.TITLE -> g.title();
            case DocumentField.ORIGINAL_EFFECTIVE_DATE -> servicesOnOrAfter(g.originalEffectiveDate());
            case DocumentField.REVISION_EFFECTIVE_DATE -> servicesOnOrAfter(g.revised() != null ? g.revised() : g.originalEffectiveDate());
            default -> throw new IllegalStateException("the reader admits no derived field `" + label + "`");
        };
    }

    private static String servicesOnOrAfter(LocalDate date) {
        return "For services performed on or after " + LCD_DATE.format(date);
    }
}
