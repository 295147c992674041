package io.coverkit.kit;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.eval.Evaluator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which clauses scenarios exercised: a clause counts once some decided scenario's determination
 * cites it. Thread-safe, since test engines may run scenarios in parallel.
 */
public final class ClauseCoverage {

    private static final ClauseCoverage SHARED = new ClauseCoverage();

    private final Set<String> cited = ConcurrentHashMap.newKeySet();

    /** An empty record; scenarios share {@link #shared()}. */
    public ClauseCoverage() {}

    /** The coverage the scenario kit records into during a test run. */
    public static ClauseCoverage shared() {
        return SHARED;
    }

    /** Records every clause a determination cites. */
    public void record(Determination determination) {
        for (Finding finding : determination.findings()) {
            cited.add(finding.clause());
        }
    }

    /** The clauses of {@code evaluator}'s guideline that no recorded determination cited, in guideline order. */
    public List<String> uncovered(Evaluator evaluator) {
        return evaluator.clauses().stream().filter(c -> !cited.contains(c)).toList();
    }

    /** One line such as {@code 04-77260-19: 19 of 20 clauses exercised; not exercised: ...}. */
    public String summary(Evaluator evaluator) {
        List<String> missing = uncovered(evaluator);
        int total = evaluator.clauses().size();
        String line = evaluator.guideline().id() + ": " + (total - missing.size()) + " of " + total + " clauses exercised";
        return missing.isEmpty() ? line : line + "; not exercised: " + String.join(", ", missing);
    }
}
