package io.coverkit.render;

import io.coverkit.model.Authorization;
import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.IcdRange;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.OutcomeStatement;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.CodeList;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.ProgramNote;
import io.coverkit.model.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the policy file encodes beyond the published words, printed after the document and apart
 * from it: the readings chosen where the text is ambiguous, criteria whose words are part of
 * another line, code and diagnosis lists the text does not print, drug classes, the prior
 * authorization rule, and the sections the template does not publish. So the document stays word
 * for word the published one, and nothing that decides a request is hidden from its reader.
 */
final class EncodingNotes {
    static final String HEADING = "Encoding notes (not part of the published text)";

    private EncodingNotes() {}

    static Optional<Node> of(Guideline g, Templates.Printed printed) {
        List<String> notes = new ArrayList<>();
        for (MemberCriterion m : g.decision().memberCriteria()) {
            if (m.text().isEmpty()) {
                notes.add("Criterion `" + m.id() + "` (" + MemberCriteria.describe(m.test())
                        + "): its words are part of another line of the text.");
            }
            if (!m.reading().isEmpty()) {
                notes.add("Reading of `" + m.id() + "`: " + m.reading());
            }
        }
        for (DiagnosisList d : g.positionStatement().diagnosisLists()) {
            notes.add("Diagnosis list `" + d.name() + "` (ICD-10-CM): "
                    + d.codes().stream().map(IcdRange::describe).collect(Collectors.joining(", "))
                    + (d.reading().isEmpty() ? "" : "; reading: " + d.reading()));
            for (IcdRange r : d.codes()) {
                if (!r.reading().isEmpty()) {
                    notes.add("Reading of ICD-10-CM " + r.describe() + " in `" + d.name() + "`: " + r.reading());
                }
            }
        }
        g.positionStatement().therapyClasses().forEach(c -> notes.add(TherapyClassNotes.note(c)));
        CodeReadings.add(g, printed.history(), notes);
        for (DerivedQuantity q : g.positionStatement().derived()) {
            notes.add("Derived quantity `" + q.name() + "`: " + q.describe() + ".");
        }
        // Outcome statements decide beyond medical necessity: say which outcome and which criteria, and the
        // criteria inside them whose words are elsewhere in the text.
        for (OutcomeStatement o : g.positionStatement().outcomes()) {
            notes.add("Statement `" + o.id() + "` (`" + o.kind().keyword() + "`" + (o.study().isEmpty() ? "" : ", study " + o.study())
                    + ") decides " + o.kind().name() + " when its criteria hold.");
            for (MemberCriterion m : new PositionStatement(List.of(), o.criterion(), null).memberCriteria()) {
                if (m.text().isEmpty()) {
                    notes.add("Criterion `" + m.id() + "` of `" + o.id() + "` (" + MemberCriteria.describe(m.test())
                            + "): its words are part of another line of the text.");
                }
            }
        }
        for (CodeList list : g.billing().codeLists()) {
            if (!list.group().isEmpty()) {
                notes.add("Code group `" + list.group() + "`: " + list.codes().stream()
                        .map((ProcedureCode c) -> c.system() + " " + c.code()).collect(Collectors.joining(", ")) + ".");
            }
        }
        authorization(g, notes);
        decision(g, notes);
        if (!g.formulary().isEmpty()) {
            notes.add("Drug classes: " + g.formulary().drugs().stream()
                    .map((Drug d) -> d.name() + " (`" + d.id() + "`): " + d.drugClass()).collect(Collectors.joining("; ")) + ".");
        }
        if (!printed.codes() && !g.billing().codes().isEmpty()) {
            notes.add("Codes in scope: " + g.billing().codes().stream()
                    .map((ProcedureCode c) -> c.system() + " " + c.code()).collect(Collectors.joining(", ")) + ".");
        }
        if (!printed.exceptions()) {
            for (ProgramException e : g.programExceptions().exceptions()) {
                notes.add("Program exception `" + e.id() + "` (" + e.lineOfBusiness() + "): "
                        + (e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM ? "defers to its program" : "this guideline applies")
                        + (e.text().isEmpty() ? "." : ": " + e.text()));
            }
        }
        for (ProgramNote n : g.programExceptions().notes()) {
            notes.add("`" + n.id() + "` " + (n.applies() ? "applies" : "does not apply")
                    + (n.reason().isEmpty() ? "." : ": " + n.reason() + "."));
        }
        if (!printed.history()) {
            for (Revision r : g.revisions()) {
                notes.add("Revision " + (r.number().isEmpty() ? "" : r.number() + " ") + GuidelineRenderer.published(r.date())
                        + (r.effectiveOtherThanDate() ? " (effective " + GuidelineRenderer.published(r.effective()) + ")" : "")
                        + ": " + r.text());
            }
        }
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Node.Notes(HEADING, List.of(new Node.ListBlock(false, null, 0,
                notes.stream().map(n -> new Node.Item(n, null, List.of())).toList()))));
    }

    /** How the sections' criteria join the decision, when any section holds criteria. */
    private static void decision(Guideline g, List<String> notes) {
        List<String> deciding = new ArrayList<>();
        collectDeciding(g.sections(), deciding);
        if (deciding.isEmpty()) {
            return;
        }
        boolean statement = g.decision().criteria() != g.positionStatement().criteria()
                && !(g.positionStatement().criteria() instanceof io.coverkit.model.AnyOf any && any.criteria().isEmpty());
        notes.add("Decision: every criterion of " + (statement ? "the position statement and of " : "")
                + "the sections " + String.join(", ", deciding) + " must hold, in that order.");
    }

    private static void collectDeciding(List<io.coverkit.model.GuidelineSection> sections, List<String> into) {
        for (var s : sections) {
            if (!s.criteria().isEmpty()) {
                into.add("`" + s.heading() + "`");
            }
            collectDeciding(s.sections(), into);
        }
    }

    private static void authorization(Guideline g, List<String> notes) {
        Authorization a = g.authorization();
        if (a.required() == Authorization.Required.NON_PREFERRED) {
            notes.add("Prior authorization is required for non-preferred drugs only; a request for a preferred drug "
                    + "is decided NO_PRIOR_AUTHORIZATION_REQUIRED.");
        } else if (a.required() == Authorization.Required.ALL) {
            notes.add("Prior authorization is required for every request.");
        }
        if (a.length() != null && a.subsequentLength() == null) {
            notes.add("An approval lasts " + a.length().describe() + " from the date of service.");
        } else if (a.length() != null) {
            notes.add("An initial approval lasts " + a.length().describe() + " from the date of service; a subsequent one, "
                    + a.subsequentLength().describe() + ": subsequent when the request states an earlier service of the "
                    + "guideline's codes or therapy of the requested drug under way the day before the date of service.");
        }
    }
}
