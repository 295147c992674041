package io.coverkit.diff;

import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Authorization;
import io.coverkit.model.CodeList;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.IcdRange;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Paragraph;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.ProgramNote;
import io.coverkit.model.Scoped;
import io.coverkit.model.Section;
import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeFrameModifier;
import io.coverkit.model.UnknownPeriod;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A guideline's deciding content on one date, flattened to keyed entries in guideline order:
 * {@code code/CPT/77387}, {@code indication/implanted-fiducial-markers}, {@code document/loinc-28626-0}
 * and so on. Two snapshots compare entry by entry, which is what a semantic diff and a check of
 * past revisions both need.
 */
public record Snapshot(LocalDate date, LocalDate revision, Map<String, Entry> entries) {

    /** What a snapshot entry is about; also how the diff groups its changes. */
    public enum Area {
        METADATA,
        CODE,
        POSITION_STATEMENT,
        INDICATION,
        DOCUMENTATION,
        PROGRAM_EXCEPTION,
        UNKNOWN_CONTENT,
        DRUG,
        AUTHORIZATION,
        /** The prose, fields and tables of the policy's own sections (their criteria are the position statement's area). */
        SECTION
    }

    /**
     * One entry: a clause as it stood on the snapshot's date.
     *
     * @param label how a person names it, such as {@code CPT 77387} or {@code indication internal-motion}
     * @param text its content; a change in the text is a change of the clause
     * @param at where it is written, for diagnostics (not compared)
     */
    public record Entry(Area area, String label, String text, SourceRef at) {}

    public Snapshot {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The snapshot of {@code guideline} as it stood on {@code date}. */
    public static Snapshot of(Guideline guideline, LocalDate date) {
        Guideline g = guideline.asOf(date);
        Map<String, Entry> e = new LinkedHashMap<>();
        e.put("metadata/title", new Entry(Area.METADATA, "title", g.title(), g.at()));
        for (UnknownPeriod u : g.unknownPeriods()) {
            e.put("unknown/" + u.section(), new Entry(Area.UNKNOWN_CONTENT, u.section() + " not published", u.reason(), u.at()));
        }
        for (CodeList list : g.billing().codeLists()) {
            for (ProcedureCode c : list.codes()) {
                // A code moved to another group changes which `forCodes` criteria apply to it: a change.
                e.put("code/" + c.system() + "/" + c.code(), new Entry(Area.CODE, c.system() + " " + c.code(), c.descriptor()
                        + (list.group().isEmpty() ? "" : " [group " + list.group() + "]"), c.at()));
            }
        }
        if (g.unknownOn(Section.POSITION_STATEMENT, date).isEmpty()) {
            List<Paragraph> paragraphs = g.positionStatement().paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                e.put("position-statement/paragraph/" + (i + 1), new Entry(Area.POSITION_STATEMENT,
                        "position statement paragraph " + (i + 1), paragraphs.get(i).text(), paragraphs.get(i).at()));
            }
            e.put("position-statement/criteria", new Entry(Area.POSITION_STATEMENT, "how the indications combine",
                    shape(g.decision().criteria()), g.positionStatement().at()));
            for (Indication i : g.decision().allIndications()) {
                e.put("indication/" + i.id(), new Entry(Area.INDICATION, "indication " + i.id(), i.text(), i.at()));
            }
            for (MemberCriterion m : g.decision().memberCriteria()) {
                e.put("criterion/" + m.id(), new Entry(Area.POSITION_STATEMENT, "criterion " + m.id(),
                        MemberCriteria.describe(m.test()) + (m.text().isEmpty() ? "" : ": " + m.text()), m.at()));
            }
            for (var x : g.positionStatement().experimental()) {
                e.put("experimental/" + x.id(), new Entry(Area.POSITION_STATEMENT, "experimental " + x.id(), x.text(), x.at()));
            }
            // An outcome statement changes when its text, its study or the shape of its criteria does.
            for (var o : g.positionStatement().outcomes()) {
                e.put(o.kind().clauseSegment() + "/" + o.id(), new Entry(Area.POSITION_STATEMENT, o.kind().keyword() + " " + o.id(),
                        o.text() + (o.study().isEmpty() ? "" : " [study: " + o.study() + "]") + " when " + shape(o.criterion()), o.at()));
            }
            for (var list : g.positionStatement().diagnosisLists()) {
                e.put("diagnoses/" + list.name(), new Entry(Area.POSITION_STATEMENT, "diagnosis list " + list.name(),
                        String.join(", ", list.codes().stream().map(IcdRange::describe).toList()), list.at()));
            }
            for (var c : g.positionStatement().therapyClasses()) {
                e.put("therapy-class/" + c.id(), new Entry(Area.POSITION_STATEMENT, "therapy class " + c.id(),
                        c.describe(), c.at()));
            }
        }
        SectionEntries.add(g.sections(), "section/", e);
        for (var d : g.formulary().drugs()) {
            e.put("drug/" + d.id(), new Entry(Area.DRUG, "drug " + d.id(),
                    d.name() + ", " + d.status().heading().toLowerCase(java.util.Locale.ROOT) + ", class " + d.drugClass(), d.at()));
        }
        var authorization = g.authorization();
        if (authorization.required() != Authorization.Required.NOT_STATED || authorization.length() != null) {
            e.put("authorization", new Entry(Area.AUTHORIZATION, "prior authorization",
                    "required: " + authorization.required().name().toLowerCase(java.util.Locale.ROOT)
                            + (authorization.length() == null ? "" : "; approvals last " + authorization.length().describe())
                            + (authorization.subsequentLength() == null ? ""
                                    : ", subsequent ones " + authorization.subsequentLength().describe()),
                    authorization.at()));
        }
        if (g.unknownOn(Section.DOCUMENTATION, date).isEmpty()) {
            var documentation = g.billing().documentation();
            for (int i = 0; i < documentation.paragraphs().size(); i++) {
                Paragraph p = documentation.paragraphs().get(i);
                e.put("documentation/paragraph/" + (i + 1), new Entry(Area.DOCUMENTATION,
                        "documentation paragraph " + (i + 1), p.text(), p.at()));
            }
            for (TimeFrameModifier m : documentation.timeFrameModifiers()) {
                e.put("time-frame-modifier/" + m.loinc(), new Entry(Area.DOCUMENTATION, "time frame modifier " + m.loinc(),
                        "within " + m.window().describe() + ": " + m.narrative(), m.at()));
            }
            for (DocumentRequirement r : documentation.requirements()) {
                e.put("document/" + r.id(), new Entry(Area.DOCUMENTATION, "document " + r.loinc(),
                        (r.name().isEmpty() ? "" : r.name() + ", ") + "within " + r.window().describe()
                                + (r.timeFrameModifier().isEmpty() ? "" : " (modifier " + r.timeFrameModifier() + ")"), r.at()));
            }
        }
        if (g.unknownOn(Section.PROGRAM_EXCEPTIONS, date).isEmpty()) {
            for (ProgramException x : g.programExceptions().exceptions()) {
                e.put("exception/" + x.id(), new Entry(Area.PROGRAM_EXCEPTION, "program exception " + x.lineOfBusiness(),
                        (x.effect() == ProgramException.Effect.DEFER_TO_PROGRAM ? "defers to the program" : "this guideline applies")
                                + ": " + (x.heading().isEmpty() ? "" : x.heading() + ": ") + x.text(), x.at()));
            }
            for (ProgramNote n : g.programExceptions().notes()) {
                e.put("note/" + n.id(), new Entry(Area.PROGRAM_EXCEPTION, n.id(),
                        (n.applies() ? "applies" : "does not apply") + ": " + n.text(), n.at()));
            }
        }
        return new Snapshot(date, g.revised(), e);
    }

    /** The combinators of a criterion tree without its leaves, such as {@code anyOf} or {@code allOf(anyOf)}. */
    static String shape(Criterion criterion) {
        return criterion.accept(new Criterion.Visitor<String>() {
            @Override
            public String indication(Indication indication) {
                return "";
            }

            @Override
            public String member(MemberCriterion criterion) {
                return "";
            }

            @Override
            public String anyOf(AnyOf anyOf) {
                return "anyOf" + inner(anyOf.criteria());
            }

            @Override
            public String allOf(AllOf allOf) {
                return "allOf" + inner(allOf.criteria());
            }

            @Override
            public String not(Not not) {
                return not.keyword() + inner(List.of(not.criterion()));
            }

            @Override
            public String scoped(Scoped scoped) {
                return "for " + scoped.scope().describe() + inner(List.of(scoped.criterion()));
            }

            private String inner(List<Criterion> children) {
                String nested = children.stream().map(Snapshot::shape).filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(", "));
                return nested.isEmpty() ? "" : "(" + nested + ")";
            }
        });
    }
}
