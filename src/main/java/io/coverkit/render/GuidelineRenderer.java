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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a guideline back into a readable document in the published order and words, so an
 * analyst can compare it with the published guideline. Markdown is the primary form; HTML is
 * derived from it.
 */
public final class GuidelineRenderer {

    /** Output formats. */
    public enum Format {
        MD,
        HTML
    }

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MM/dd/yy");

    /**
     * The guideline as it stood on {@code date} (the revision in force then), in the given format.
     * Content the published text does not reveal for that date is marked as unknown.
     */
    public String render(Guideline g, LocalDate date, Format format) {
        return render(g.asOf(date), format);
    }

    /** The guideline as given (usually one revision of it, see {@link Guideline#asOf}), in the given format. */
    public String render(Guideline g, Format format) {
        String markdown = markdown(g);
        return switch (format) {
            case MD -> markdown;
            case HTML -> html(g, markdown);
        };
    }

    /** The guideline as Markdown. */
    public String markdown(Guideline g) {
        Doc d = new Doc();
        d.full = !g.billing().isEmpty();
        d.para(g.id());
        d.para("Original Effective Date: " + published(g.originalEffectiveDate()));
        if (g.reviewed() != null) {
            d.para("Reviewed: " + published(g.reviewed()));
        }
        if (g.revised() != null) {
            d.para("Revised: " + published(g.revised()));
        }
        d.para("Subject: " + g.title());
        if (!g.disclaimer().isEmpty()) {
            d.para(g.disclaimer());
        }
        authorization(g, d);
        d.proseSection(Section.DESCRIPTION, g.description());

        d.heading(g.formulary().isEmpty() ? Section.POSITION_STATEMENT : Section.PRIOR_AUTHORIZATION);
        if (!unknownNotice(g, Section.POSITION_STATEMENT, d)) {
            d.paras(g.positionStatement().paragraphs());
            CriteriaText.render(g.positionStatement(), d::para, d::list);
        }
        drugList(g, d);

        if (g.billing().isEmpty()) {
            return rest(g, d);
        }
        d.heading(Section.BILLING_CODING).paras(g.billing().paragraphs());
        for (CodeList list : g.billing().codeLists()) {
            d.para(list.system() + " Coding:");
            d.list(list.codes().stream().map(c -> (c.code() + " " + c.descriptor()).strip()).toList());
        }
        var documentation = g.billing().documentation();
        if ((!documentation.requirements().isEmpty() || !documentation.paragraphs().isEmpty())
                && !unknownNotice(g, Section.DOCUMENTATION, d.para("LOINC Codes:"))) {
            d.paras(documentation.paragraphs());
            Map<String, TimeFrameModifier> modifiers = documentation.timeFrameModifiers().stream()
                    .collect(Collectors.toMap(TimeFrameModifier::loinc, Function.identity(), (a, b) -> a));
            d.table(List.of("Documentation Table", "LOINC Codes", "LOINC Time Frame Modifier Code",
                            "LOINC Time Frame Modifier Codes Narrative"),
                    documentation.requirements().stream().map(r -> row(r, modifiers)).toList());
        }

        return rest(g, d);
    }

    /** The sections after billing/coding, each printed when it has content or the guideline has billing. */
    private static String rest(Guideline g, Doc d) {
        d.proseSection(Section.REIMBURSEMENT, g.reimbursement());

        boolean anyExceptions = !g.programExceptions().exceptions().isEmpty() || !g.programExceptions().notes().isEmpty()
                || g.unknownPeriods().stream().anyMatch(u -> u.section().equals(Section.PROGRAM_EXCEPTIONS));
        if (anyExceptions || !g.billing().isEmpty()) {
            d.heading(Section.PROGRAM_EXCEPTIONS);
        }
        boolean exceptionsUnknown = unknownNotice(g, Section.PROGRAM_EXCEPTIONS, d);
        for (ProgramException e : exceptionsUnknown ? List.<ProgramException>of() : g.programExceptions().exceptions()) {
            if (e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM) {
                d.para(e.heading().isEmpty() ? e.text() : e.heading() + ": " + e.text());
            } else {
                d.para(e.heading() + ":").para(e.text());
            }
        }
        for (ProgramNote note : exceptionsUnknown ? List.<ProgramNote>of() : g.programExceptions().notes()) {
            d.para(note.text());
        }

        d.proseSection(Section.DEFINITIONS, g.definitions());
        d.proseSection(Section.RELATED_GUIDELINES, g.relatedGuidelines());
        if (!g.other().paragraphs().isEmpty() || !g.other().otherNames().isEmpty() || d.full) {
            d.heading(Section.OTHER).paras(g.other().paragraphs());
            d.list(g.other().otherNames());
        }
        if (!g.references().isEmpty() || d.full) {
            d.heading(Section.REFERENCES);
            d.numbered(g.references().stream().map(Reference::text).toList());
        }
        if (g.committeeApproval() != null) {
            d.heading(Section.COMMITTEE_APPROVAL).para(g.committeeApproval().text());
        }
        d.heading(Section.UPDATE_HISTORY);
        d.list(g.revisions().stream().map((Revision r) -> published(r.effective()) + " " + r.text()).toList());
        return d.toString();
    }

    /** The LENGTH OF AUTHORIZATIONS, printed first as the pharmacy criteria print it. */
    private static void authorization(Guideline g, Doc d) {
        if (g.authorization().length() != null) {
            d.heading(Section.LENGTH_OF_AUTHORIZATION).para(g.authorization().lengthText().isEmpty()
                    ? g.authorization().length().describe() : g.authorization().lengthText());
        }
    }

    /** The drug list as the published table prints it: preferred and non-preferred side by side. */
    private static void drugList(Guideline g, Doc d) {
        if (g.formulary().isEmpty()) {
            return;
        }
        d.heading(Section.DRUG_LIST);
        List<Drug> preferred = g.formulary().drugs().stream()
                .filter(x -> x.status() == Drug.Status.PREFERRED).toList();
        List<Drug> other = g.formulary().drugs().stream()
                .filter(x -> x.status() != Drug.Status.PREFERRED).toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(preferred.size(), other.size()); i++) {
            rows.add(List.of(i < preferred.size() ? preferred.get(i).name() : "", i < other.size() ? other.get(i).name() : ""));
        }
        if (!g.formulary().heading().isEmpty()) {
            d.para(g.formulary().heading());
        }
        d.table(List.of("PREFERRED", "NON-PREFERRED"), rows);
    }

    /**
     * Prints the notice for a section whose content the published text does not reveal, instead of
     * its content; an as-of view keeps only the unknown periods covering its date.
     */
    private static boolean unknownNotice(Guideline g, String section, Doc d) {
        var unknown = g.unknownPeriods().stream().filter(u -> u.section().equals(section)).findFirst();
        unknown.ifPresent(u -> d.block("> Not published: " + u.reason() + "."));
        return unknown.isPresent();
    }

    private static List<String> row(DocumentRequirement r, Map<String, TimeFrameModifier> modifiers) {
        TimeFrameModifier m = modifiers.get(r.timeFrameModifier());
        return List.of(r.name(), r.loinc(), r.timeFrameModifier(), m == null ? "" : m.narrative());
    }

    private static String html(Guideline g, String markdown) {
        var extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
        String body = ClauseAnchors.add(g, renderer.render(parser.parse(markdown)));
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escape(g.id() + " " + g.title()) + "</title>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A date as the published guideline prints it: {@code 02/15/10}. */
    public static String published(LocalDate date) {
        return PUBLISHED.format(date);
    }

    /** Markdown under construction: blocks separated by blank lines. */
    private static final class Doc {
        private final StringBuilder out = new StringBuilder();
        /** Whether every section heading is printed, empty or not, as guidelines with billing/coding print them. */
        private boolean full = true;

        Doc proseSection(String heading, List<Paragraph> paragraphs) {
            if (full || !paragraphs.isEmpty()) {
                heading(heading).paras(paragraphs);
            }
            return this;
        }

        Doc block(String text) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(text).append('\n');
            return this;
        }

        Doc para(String text) {
            return block(escapeLeading(text));
        }

        Doc paras(List<Paragraph> paragraphs) {
            paragraphs.forEach(p -> para(p.text()));
            return this;
        }

        Doc heading(String text) {
            return block("## " + text + ":");
        }

        Doc list(List<String> items) {
            if (!items.isEmpty()) {
                block(items.stream().map(i -> "- " + i).collect(Collectors.joining("\n")));
            }
            return this;
        }

        Doc numbered(List<String> items) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                s.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
            }
            return items.isEmpty() ? this : block(s.toString());
        }

        Doc table(List<String> header, List<List<String>> rows) {
            if (rows.isEmpty()) {
                return this;
            }
            StringBuilder s = new StringBuilder(line(header)).append('\n');
            s.append(line(header.stream().map(h -> "---").toList()));
            for (List<String> row : rows) {
                s.append('\n').append(line(row));
            }
            return block(s.toString());
        }

        private static String line(List<String> cells) {
            return "| " + cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")) + " |";
        }

        // A paragraph that happens to start like a list item must stay a paragraph.
        private static String escapeLeading(String text) {
            return text.matches("^(\\d+\\.|[-*+#>]) .*") ? "\\" + text : text;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

}
