package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A section of the published document under its own heading, such as an LCD's {@code Coverage
 * Indications, Limitations, and/or Medical Necessity}: prose, sub-headings, tables, labelled
 * fields, sub-sections and criteria, in the order written. Criteria may live in any section; the
 * guideline's decision requires every section's criteria (see {@link Guideline#decision()}).
 *
 * @param heading the heading as published
 * @param paragraphs prose and sub-headings written directly in the section ({@code within} null) or
 *     inside one of its criteria blocks ({@code within} that block's position)
 * @param criteria the criteria blocks written directly in the section, in written order
 * @param fields labelled lines of a document information block
 * @param tables tables that decide nothing
 * @param codes code lists printed in this section; they are also the guideline's (its billing's)
 * @param sections sub-sections, in written order
 * @param unknown the period before which the published text does not reveal the section (sub-sections
 *     included), or null; a section holding criteria makes the decision's content unknown then
 * <p>Findings of a section's criteria name the section by its heading.
 */
public record GuidelineSection(
        String heading,
        List<Paragraph> paragraphs,
        List<Criterion> criteria,
        List<DocumentField> fields,
        List<ProseTable> tables,
        List<CodeList> codes,
        List<GuidelineSection> sections,
        UnknownPeriod unknown,
        Validity validity,
        SourceRef at)
        implements Serializable, InForce {

    public GuidelineSection {
        Objects.requireNonNull(heading, "a section needs a heading");
        paragraphs = List.copyOf(paragraphs);
        criteria = List.copyOf(criteria);
        fields = List.copyOf(fields);
        tables = List.copyOf(tables);
        codes = codes == null ? List.of() : List.copyOf(codes);
        sections = List.copyOf(sections);
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(at, "a section needs a source position");
    }

    private static final Comparator<Criterion> WRITTEN =
            Comparator.comparingInt((Criterion c) -> c.at().line()).thenComparingInt(c -> c.at().column());

    /**
     * What this section requires: its own criteria blocks and its sub-sections' criteria, in the
     * order written, all of which must hold; empty when the section holds no criteria (prose only).
     */
    public Optional<Criterion> criterion() {
        List<Criterion> parts = new ArrayList<>();
        for (Criterion c : criteria) {
            if (!Sections.isEmptyGroup(c)) {
                parts.add(c);
            }
        }
        for (GuidelineSection s : sections) {
            s.criterion().ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        parts.sort(WRITTEN);
        return Optional.of(parts.size() == 1 ? parts.get(0) : new AllOf(parts, at));
    }

    /** The section as in force on {@code date}: only the content in force then (the caller checks the section's own dates). */
    GuidelineSection asOf(LocalDate date) {
        List<Criterion> kept = new ArrayList<>();
        for (Criterion c : criteria) {
            Criterion k = Dated.criteria(c, date);
            if (!Sections.isEmptyGroup(k)) {
                kept.add(k);
            }
        }
        List<ProseTable> keptTables = new ArrayList<>();
        for (ProseTable t : Dated.inForce(tables, date)) {
            keptTables.add(t.asOf(date));
        }
        List<CodeList> keptCodes = new ArrayList<>();
        for (CodeList list : codes) {
            keptCodes.add(new CodeList(list.system(), Dated.inForce(list.codes(), date), list.at()));
        }
        return new GuidelineSection(heading, Dated.paragraphs(paragraphs, date), kept,
                Dated.inForce(fields, date), keptTables, keptCodes, Sections.asOf(sections, date),
                unknown != null && unknown.covers(date) ? unknown : null, validity, at);
    }
}
