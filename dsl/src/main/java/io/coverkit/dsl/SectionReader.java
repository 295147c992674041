package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.CodeList;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentField;
import io.coverkit.model.GuidelineSection;
import io.coverkit.model.ProseTable;
import io.coverkit.model.Section;
import io.coverkit.model.UnknownPeriod;
import io.coverkit.model.Validity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds the generic sections of a policy ({@code section('heading') { ... }}), each with its prose,
 * fields, tables, sub-sections and criteria blocks. The criteria are built by the model builder,
 * told which section they are written in so their findings name it.
 */
final class SectionReader {
    private final Function<Call, Validity> validity;
    private final BiFunction<Call, String, Optional<Criterion>> criteria;
    private final ProseReader prose;
    private final Diagnostics diagnostics;
    private final Function<Call, List<CodeList>> codes;

    /**
     * @param criteria builds a criteria block ({@code anyOf}/{@code allOf}) whose findings name the
     *     given section; empty when the block lost its criteria to errors already reported
     */
    SectionReader(Diagnostics diagnostics, Function<Call, Validity> validity,
            BiFunction<Call, String, Optional<Criterion>> criteria, Function<Call, List<CodeList>> codes) {
        this.diagnostics = diagnostics;
        this.codes = codes;
        this.validity = validity;
        this.criteria = criteria;
        this.prose = new ProseReader(validity);
    }

    /** The sections written directly in {@code parent}, in written order. */
    List<GuidelineSection> sections(Call parent) {
        List<GuidelineSection> out = new ArrayList<>();
        for (Call s : parent.children("section")) {
            out.add(section(s));
        }
        return out;
    }

    private GuidelineSection section(Call s) {
        String heading = s.text(0);
        List<Criterion> blocks = new ArrayList<>();
        List<DocumentField> fields = new ArrayList<>();
        List<ProseTable> tables = new ArrayList<>();
        for (Call c : s.body()) {
            switch (c.name()) {
                case "anyOf", "allOf" -> criteria.apply(c, heading).ifPresent(blocks::add);
                case "field" -> field(c).ifPresent(fields::add);
                case "table" -> tables.add(table(c));
                default -> {
                    // prose is gathered below, sub-sections after
                }
            }
        }
        List<GuidelineSection> subsections = sections(s);
        // A section that holds criteria, itself or in a sub-section, makes the decision's content unknown.
        boolean deciding = !blocks.isEmpty() || subsections.stream().anyMatch(x -> x.criterion().isPresent());
        UnknownPeriod unknown = s.child("unknownBefore").map(u -> new UnknownPeriod(
                deciding ? Section.POSITION_STATEMENT : heading, u.date(0), u.text("reason"), u.at())).orElse(null);
        return new GuidelineSection(heading, prose.statementProse(s), blocks, fields, tables, codes.apply(s), subsections,
                unknown, validity.apply(s), s.at());
    }

    /** A field; one without a value must be one whose value the template takes from the guideline. */
    private Optional<DocumentField> field(Call c) {
        String value = c.positional().size() > 1 ? c.text(1) : "";
        if (value.isEmpty() && !DocumentField.DERIVED.contains(c.text(0))) {
            diagnostics.error(DiagnosticCode.R006, c.at(), "`field '" + c.text(0) + "'` needs its value",
                    "write the value as published, `field '" + c.text(0) + "', '...'`; only "
                            + String.join(", ", DocumentField.DERIVED) + " take theirs from the guideline");
            return Optional.empty();
        }
        return Optional.of(new DocumentField(c.text(0), value, validity.apply(c), c.at()));
    }

    private ProseTable table(Call t) {
        List<String> header = t.child("columns").map(SectionReader::cells).orElse(List.of());
        List<ProseTable.Row> rows = new ArrayList<>();
        for (Call r : t.children("row")) {
            rows.add(new ProseTable.Row(cells(r), validity.apply(r), r.at()));
        }
        return new ProseTable(t.positional().isEmpty() ? "" : t.text(0), header, rows, validity.apply(t), t.at());
    }

    private static List<String> cells(Call call) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < call.positional().size(); i++) {
            cells.add(call.text(i));
        }
        return cells;
    }

    /** The unknown periods of the sections, sub-sections included, in written order. */
    static List<UnknownPeriod> allUnknown(List<GuidelineSection> sections) {
        List<UnknownPeriod> out = new ArrayList<>();
        for (GuidelineSection s : sections) {
            if (s.unknown() != null) {
                out.add(s.unknown());
            }
            out.addAll(allUnknown(s.sections()));
        }
        return out;
    }

    /** Every code list of the sections, sub-sections included, in written order. */
    static List<CodeList> allCodes(List<GuidelineSection> sections) {
        List<CodeList> out = new ArrayList<>();
        for (GuidelineSection s : sections) {
            out.addAll(s.codes());
            out.addAll(allCodes(s.sections()));
        }
        return out;
    }

    /** The diagnosis lists declared in the sections, sub-sections included. */
    static List<Call> diagnosisLists(Call parent) {
        List<Call> out = new ArrayList<>();
        for (Call s : parent.children("section")) {
            out.addAll(s.children("diagnosisCodes"));
            out.addAll(diagnosisLists(s));
        }
        return out;
    }
}
