package io.coverkit.diff;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.determination.Outcome;
import io.coverkit.eval.Evaluator;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the same requests under the revisions in force on two dates and reports those whose
 * outcome changes: "which cases does this revision change?". Document windows still count back
 * from each request's own date of service; only the revision differs. Requests naming another
 * guideline are counted and left out; a request naming none is decided under this one.
 */
public final class BehaviouralDiff {

    /**
     * A request whose outcome differs between the two revisions.
     *
     * @param onlyBefore clauses cited under the first revision and not the second
     * @param onlyAfter clauses cited under the second revision and not the first
     */
    public record OutcomeChange(String request, Outcome before, Outcome after, List<String> onlyBefore, List<String> onlyAfter) {
        public OutcomeChange {
            onlyBefore = List.copyOf(onlyBefore);
            onlyAfter = List.copyOf(onlyAfter);
        }
    }

    /** A request that could not be decided, with why. */
    public record Skipped(String request, List<RequestError> errors) {
        public Skipped {
            errors = List.copyOf(errors);
        }
    }

    /**
     * The result: how many requests were decided, which changed outcome, which could not be decided.
     *
     * @param skipped requests of this guideline (or naming none) that could not be decided, with why
     * @param otherGuidelines how many requests name another guideline: not this guideline's
     *     requests, so left out without being listed
     */
    public record Result(
            String guideline, LocalDate from, LocalDate to, int decided, List<OutcomeChange> changed, List<Skipped> skipped,
            int otherGuidelines) {
        public Result {
            changed = List.copyOf(changed);
            skipped = List.copyOf(skipped);
        }
    }

    /** Decides every request under both revisions; {@code requests} maps a name (such as a file) to a request. */
    public Result run(Evaluator evaluator, Map<String, CoverageRequest> requests, LocalDate from, LocalDate to) {
        List<OutcomeChange> changed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int decided = 0;
        int otherGuidelines = 0;
        String id = evaluator.guideline().id();
        for (Map.Entry<String, CoverageRequest> entry : requests.entrySet()) {
            CoverageRequest request = entry.getValue();
            // A folder of requests commonly holds several guidelines' requests: those are not wrong,
            // only not this guideline's.
            if (request.guideline() != null && !request.guideline().equals(id)) {
                otherGuidelines++;
                continue;
            }
            List<RequestError> errors = evaluator.check(request);
            if (!errors.isEmpty()) {
                skipped.add(new Skipped(entry.getKey(), errors));
                continue;
            }
            Determination before = evaluator.decideAsOf(request, from);
            Determination after = evaluator.decideAsOf(request, to);
            decided++;
            if (before.outcome() != after.outcome()) {
                Set<String> a = clauses(before);
                Set<String> b = clauses(after);
                changed.add(new OutcomeChange(entry.getKey(), before.outcome(), after.outcome(),
                        a.stream().filter(c -> !b.contains(c)).toList(), b.stream().filter(c -> !a.contains(c)).toList()));
            }
        }
        return new Result(id, from, to, decided, changed, skipped, otherGuidelines);
    }

    private static Set<String> clauses(Determination d) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : d.findings()) {
            out.add(f.clause());
        }
        return out;
    }
}
