package io.coverkit.coverage;

import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.request.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clause coverage of one guideline: for every clause, which scenarios exercised it, in all
 * and per revision. A clause counts for the guideline once any scenario exercised it under a
 * revision where it is in force; the per-revision figures say how thoroughly each revision was
 * tried.
 */
public final class GuidelineCoverage {

    /** The coverage of one revision: the clauses in force and who exercised each under it. */
    public record RevisionCoverage(LocalDate revision, List<Clause> clauses, Map<String, Set<String>> exercisedBy) {
        public RevisionCoverage {
            clauses = List.copyOf(clauses);
            exercisedBy = Map.copyOf(exercisedBy);
        }

        /** How many of its clauses some scenario exercised. */
        public int covered() {
            return (int) clauses.stream().filter(c -> !exercisedBy.getOrDefault(c.id(), Set.of()).isEmpty()).count();
        }

        /** The clauses no scenario exercised under this revision, in guideline order. */
        public List<Clause> uncovered() {
            return clauses.stream().filter(c -> exercisedBy.getOrDefault(c.id(), Set.of()).isEmpty()).toList();
        }
    }

    private final ClauseCatalogue catalogue;
    private final Map<String, Set<String>> exercisedBy = new LinkedHashMap<>();
    private final Map<LocalDate, Map<String, Set<String>>> byRevision = new LinkedHashMap<>();

    private GuidelineCoverage(ClauseCatalogue catalogue, Collection<Observation> observations) {
        this.catalogue = catalogue;
        String id = catalogue.guideline().id();
        for (Observation o : observations) {
            if (!o.determination().guideline().equals(id)) {
                continue;
            }
            Optional<LocalDate> revision = catalogue.revisionOf(o.determination().revision());
            for (String clause : exercised(o, revision.orElse(null))) {
                exercisedBy.computeIfAbsent(clause, k -> new TreeSet<>()).add(o.scenario());
                revision.ifPresent(r -> byRevision.computeIfAbsent(r, k -> new LinkedHashMap<>())
                        .computeIfAbsent(clause, k -> new TreeSet<>()).add(o.scenario()));
            }
        }
    }

    /** The coverage of {@code catalogue}'s guideline by {@code observations} (those of other guidelines are ignored). */
    public static GuidelineCoverage of(ClauseCatalogue catalogue, Collection<Observation> observations) {
        return new GuidelineCoverage(catalogue, observations);
    }

    /** The guideline's id. */
    public String guidelineId() {
        return catalogue.guideline().id();
    }

    /** The policy file the guideline was read from. */
    public String file() {
        return catalogue.guideline().at().file();
    }

    /** Every clause of the guideline, in the order it first appears. */
    public List<Clause> clauses() {
        return catalogue.clauses();
    }

    /** The scenarios that exercised {@code clauseId}, sorted; empty when none did. */
    public Set<String> exercisedBy(String clauseId) {
        return Set.copyOf(exercisedBy.getOrDefault(clauseId, Set.of()));
    }

    /** The clauses no scenario exercised under any revision, in guideline order. */
    public List<Clause> uncovered() {
        return clauses().stream().filter(c -> !exercisedBy.containsKey(c.id())).toList();
    }

    /** How many clauses some scenario exercised. */
    public int covered() {
        return clauses().size() - uncovered().size();
    }

    /** Covered clauses as a percentage of all, 100 when the guideline has none. */
    public double percent() {
        return clauses().isEmpty() ? 100.0 : 100.0 * covered() / clauses().size();
    }

    /** The figure thresholds are checked against. */
    public CoverageThreshold.Figure figure() {
        return new CoverageThreshold.Figure(guidelineId(), percent(), uncovered().stream().map(Clause::located).toList());
    }

    /** Per revision, oldest first. */
    public List<RevisionCoverage> revisions() {
        List<RevisionCoverage> out = new ArrayList<>();
        for (LocalDate r : catalogue.revisions()) {
            out.add(new RevisionCoverage(r, catalogue.inForce(r), byRevision.getOrDefault(r, Map.of())));
        }
        return out;
    }

    /** One line such as {@code 04-77260-19: 45 of 45 clauses exercised (100.0%) across 17 revisions}. */
    public String summary() {
        int revisions = catalogue.revisions().size();
        return String.format(java.util.Locale.ROOT, "%s: %d of %d clauses exercised (%.1f%%) across %d revision%s",
                guidelineId(), covered(), clauses().size(), percent(), revisions, revisions == 1 ? "" : "s");
    }

    /**
     * What one observation exercised: every clause its findings cite, the outcome it reached, and
     * the window edges its documents sat on (a document on the first day of its window that
     * counted, or one dated the day before that did not).
     */
    private Set<String> exercised(Observation o, LocalDate revision) {
        Set<String> ids = new LinkedHashSet<>();
        String guideline = guidelineId();
        ids.add(ClauseCatalogue.outcomeId(guideline, o.determination().outcome()));
        LocalDate dos = o.determination().dateOfService();
        for (Finding f : o.determination().findings()) {
            ids.add(f.clause());
            Optional<DocumentRequirement> required = revision == null ? Optional.empty() : catalogue.document(revision, f.clause());
            if (required.isEmpty() || dos == null) {
                continue;
            }
            LocalDate firstDay = required.get().window().before(dos);
            if (f.kind() == FindingKind.DOCUMENT_PRESENT
                    && f.evidence().stream().anyMatch(e -> firstDay.equals(e.date()))) {
                ids.add(f.clause() + ClauseCatalogue.FIRST_DAY);
            }
            if (f.kind() == FindingKind.DOCUMENT_MISSING && o.request() != null) {
                String loinc = required.get().loinc();
                LocalDate dayBefore = firstDay.minusDays(1);
                for (Document d : o.request().documents()) {
                    if (d.loinc().equals(loinc) && d.date().equals(dayBefore)) {
                        ids.add(f.clause() + ClauseCatalogue.DAY_BEFORE);
                    }
                }
            }
        }
        return ids;
    }
}
