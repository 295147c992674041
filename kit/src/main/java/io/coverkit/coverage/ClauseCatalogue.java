package io.coverkit.coverage;

import io.coverkit.coverage.Clause.Kind;
import io.coverkit.determination.Outcome;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.ClauseId;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.Revision;
import io.coverkit.model.Section;
import io.coverkit.model.SourceRef;
import io.coverkit.model.UnknownPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything scenarios of one guideline can exercise, per revision, each with the line that writes
 * it. Built from the model rather than from the evaluator because coverage must point the analyst
 * at {@code file:line}, which only the model carries; the evaluator's own list of citable clauses
 * is merged in, so a clause kind this catalogue does not know yet is still counted (at the
 * guideline's line) rather than silently left out.
 */
public final class ClauseCatalogue {

    /** The suffixes of a document's two window-edge clauses. */
    static final String FIRST_DAY = "/window-first-day";

    static final String DAY_BEFORE = "/window-day-before";

    private final Guideline guideline;
    private final Map<LocalDate, Map<String, Clause>> byRevision = new LinkedHashMap<>();
    private final Map<LocalDate, Map<String, DocumentRequirement>> documentsByRevision = new LinkedHashMap<>();
    private final Map<String, Clause> all = new LinkedHashMap<>();

    private ClauseCatalogue(Evaluator evaluator) {
        this.guideline = evaluator.guideline();
        Set<String> citable = Set.copyOf(evaluator.clauses());
        for (LocalDate start : revisionStarts(guideline)) {
            Map<String, Clause> clauses = new LinkedHashMap<>();
            Map<String, DocumentRequirement> documents = new LinkedHashMap<>();
            new Walk(guideline, start, citable, clauses, documents).run();
            byRevision.put(start, clauses);
            documentsByRevision.put(start, documents);
        }
        String id = guideline.id();
        Clause beforeStart = new Clause(id + "/original-effective-date", Kind.OTHER,
                "date before the original effective date " + guideline.originalEffectiveDate(), guideline.at());
        byRevision.values().stream().findFirst().ifPresent(first -> first.putIfAbsent(beforeStart.id(), beforeStart));
        byRevision.values().forEach(clauses -> clauses.values().forEach(c -> all.putIfAbsent(c.id(), c)));
        for (String cited : evaluator.clauses()) {
            all.putIfAbsent(cited, new Clause(cited, Kind.OTHER, cited, guideline.at()));
        }
    }

    /** The catalogue of the guideline {@code evaluator} decides. */
    public static ClauseCatalogue of(Evaluator evaluator) {
        return new ClauseCatalogue(evaluator);
    }

    /** The guideline catalogued. */
    public Guideline guideline() {
        return guideline;
    }

    /** Every clause of any revision, in the order the guideline first writes it. */
    public List<Clause> clauses() {
        return List.copyOf(all.values());
    }

    /** The revisions' effective dates, oldest first (the original effective date first). */
    public List<LocalDate> revisions() {
        return List.copyOf(byRevision.keySet());
    }

    /** The clauses a decision under the revision effective on {@code revision} can exercise. */
    public List<Clause> inForce(LocalDate revision) {
        return List.copyOf(byRevision.getOrDefault(revision, Map.of()).values());
    }

    /** The revision a determination of {@code revision} (null: before the guideline began) is counted under. */
    public Optional<LocalDate> revisionOf(LocalDate revision) {
        if (revision == null || !byRevision.containsKey(revision)) {
            return byRevision.keySet().stream().findFirst();
        }
        return Optional.of(revision);
    }

    /** The document requirement cited as {@code clauseId} in the revision effective on {@code revision}. */
    Optional<DocumentRequirement> document(LocalDate revision, String clauseId) {
        return Optional.ofNullable(documentsByRevision.getOrDefault(revision, Map.of()).get(clauseId));
    }

    /** The id of the clause for reaching {@code outcome} in guideline {@code guidelineId}. */
    public static String outcomeId(String guidelineId, Outcome outcome) {
        return ClauseId.qualified(guidelineId, "outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The same revision starts the compiler plans for: the original effective date, then each revision. */
    private static List<LocalDate> revisionStarts(Guideline g) {
        List<LocalDate> starts = new ArrayList<>(g.revisions().stream().map(Revision::effective).distinct().toList());
        if (starts.isEmpty() || starts.get(0).isAfter(g.originalEffectiveDate())) {
            starts.add(0, g.originalEffectiveDate());
        }
        Collections.sort(starts);
        return starts;
    }

    /**
     * The clauses one revision can exercise. It follows the evaluator's decision order (codes,
     * program exceptions, position statement, documentation; unknown content stops the decision),
     * so that clauses no request can reach under a revision are not demanded of its scenarios. A
     * path listed here that the evaluator could not reach would stay uncovered and fail the
     * 100% gate of 04-77260-19, so a drift between the two does not go unnoticed.
     */
    private static final class Walk {
        private final Guideline whole;
        private final Guideline g;
        private final LocalDate date;
        private final Map<String, Clause> out;
        private final Map<String, DocumentRequirement> documents;
        private final Set<String> citable;

        Walk(Guideline whole, LocalDate date, Set<String> citable, Map<String, Clause> out,
                Map<String, DocumentRequirement> documents) {
            this.whole = whole;
            this.citable = citable;
            this.g = whole.asOf(date);
            this.date = date;
            this.out = out;
            this.documents = documents;
        }

        void run() {
            String id = g.id();
            for (ProcedureCode code : g.billing().codes()) {
                add(ClauseId.qualified(id, "code", code.clauseId()), Kind.CODE,
                        code.system() + " " + code.code(), code.at());
            }
            add(id + "/codes", Kind.OTHER, "no requested code in the code list", g.billing().at());
            outcome(Outcome.NOT_APPLICABLE, g.billing().at());
            if (!g.programExceptions().lines().isEmpty()) {
                add(id + "/lines-of-business", Kind.OTHER, "a member outside the lines of business the guideline applies to",
                        g.programExceptions().lines().get(0).at());
            }
            if (unknown(Section.PROGRAM_EXCEPTIONS)) {
                return;
            }
            for (ProgramException e : g.programExceptions().exceptions()) {
                add(ClauseId.qualified(id, "exception", e.id()), Kind.EXCEPTION, "program exception " + e.lineOfBusiness(), e.at());
                if (e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM) {
                    outcome(Outcome.DEFER_TO_PROGRAM, g.programExceptions().at());
                }
            }
            if (unknown(Section.POSITION_STATEMENT)) {
                return;
            }
            Criterion criteria = g.decision().criteria();
            List<Criterion> leaves = criteria == null ? List.of() : g.decision().leaves();
            for (Criterion leaf : leaves) {
                if (leaf instanceof Indication i) {
                    add(ClauseId.qualified(id, "indication", i.id()), Kind.INDICATION, i.text(), i.at());
                } else if (leaf instanceof MemberCriterion m) {
                    add(ClauseId.qualified(id, "criterion", m.id()), Kind.CRITERION, m.text(), m.at());
                }
            }
            if (leaves.stream().anyMatch(MemberCriterion.class::isInstance)) {
                outcome(Outcome.NEEDS_MORE_INFORMATION, g.positionStatement().at());
            }
            // Outcome statements: each statement's clause, and the outcome it decides, are there to reach.
            for (io.coverkit.model.OutcomeStatement o : g.positionStatement().outcomes()) {
                add(ClauseId.qualified(id, o.kind().clauseSegment(), o.id()), Kind.OTHER, o.kind().keyword() + ": " + o.text(), o.at());
                outcome(io.coverkit.eval.OutcomeFindings.outcome(o.kind()), o.at());
            }
            add(id + "/position-statement", Kind.OTHER, "no indication met", g.positionStatement().at());
            outcome(Outcome.NOT_MEDICALLY_NECESSARY, g.positionStatement().at());
            if (unknown(Section.DOCUMENTATION)) {
                return;
            }
            List<DocumentRequirement> required = g.billing().documentation().requirements();
            for (DocumentRequirement r : required) {
                String clause = ClauseId.qualified(id, "document", r.id());
                String name = r.name().isEmpty() ? "LOINC " + r.loinc() : r.name();
                add(clause, Kind.DOCUMENT, name, r.at());
                documents.put(clause, r);
                add(clause + FIRST_DAY, Kind.WINDOW_EDGE, name + " dated on the first day of its " + r.window().describe()
                        + " window", r.at());
                add(clause + DAY_BEFORE, Kind.WINDOW_EDGE, name + " dated the day before its window", r.at());
            }
            if (!required.isEmpty()) {
                outcome(Outcome.INSUFFICIENT_DOCUMENTATION, g.billing().documentation().at());
            }
            outcome(Outcome.MEETS_MEDICAL_NECESSITY, g.positionStatement().at());
        }

        private boolean unknown(String section) {
            Optional<UnknownPeriod> period = whole.unknownOn(section, date);
            period.ifPresent(u -> {
                add(g.id() + "/unknown/" + ClauseId.derive(section), Kind.OTHER, section + " unknown " + u.describe(), u.at());
                outcome(Outcome.REVISION_CONTENT_UNKNOWN, u.at());
            });
            return period.isPresent();
        }

        private void outcome(Outcome outcome, SourceRef at) {
            add(outcomeId(g.id(), outcome), Kind.OUTCOME, outcome.name(), at);
        }

        /**
         * Adds a clause. The evaluator is the authority on what a determination can cite, so a
         * cited kind it does not list (such as a position statement without indications, which
         * never reports NO_INDICATION_MET) is not demanded of the scenarios.
         */
        private void add(String id, Kind kind, String label, SourceRef at) {
            if (kind != Kind.OUTCOME && kind != Kind.WINDOW_EDGE && !citable.contains(id)) {
                return;
            }
            out.putIfAbsent(id, new Clause(id, kind, label, at == null ? g.at() : at));
        }
    }
}
