package io.coverkit.compile;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.eval.CompiledGuideline;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An evaluator that compiles each revision of its guideline the first time a request falls under
 * it, and hands the request to that revision's evaluator. A revision's evaluator holds only its own
 * plan, so it decides exactly as the whole compiled guideline does for dates under that revision
 * (and, for the first, before it). Everything a decision reads besides the plan (the indication
 * bits, the guideline, the finding for a date before the original effective date) is the same for
 * every revision. Thread-safe: a revision is compiled once, under the router's lock.
 */
final class RevisionRouter implements Evaluator {

    private final Guideline guideline;
    private final GuidelineCompiler compiler;
    // INVARIANT: strictly increasing (validation refuses a revision that is not after the one before).
    private final LocalDate[] starts;
    // A plain array under this object's lock, not an AtomicReferenceArray: its VarHandles cost a
    // short command more to set up than the lock ever does.
    private final CompiledGuideline[] revisions;
    private volatile CompiledGuideline whole;

    RevisionRouter(Guideline guideline, GuidelineCompiler compiler) {
        this.guideline = guideline;
        this.compiler = compiler;
        this.starts = GuidelineCompiler.starts(guideline).toArray(new LocalDate[0]);
        this.revisions = new CompiledGuideline[starts.length];
    }

    @Override
    public Guideline guideline() {
        return guideline;
    }

    /** Every clause of every revision: this compiles them all, once. */
    @Override
    public List<String> clauses() {
        CompiledGuideline all = whole;
        if (all == null) {
            all = compiler.compile(guideline);
            whole = all;
        }
        return all.clauses();
    }

    @Override
    public List<RequestError> check(CoverageRequest request) {
        // Checking reads the indications of every revision, which each revision's evaluator knows.
        return on(request.dateOfService()).check(request);
    }

    @Override
    public Determination decide(CoverageRequest request) {
        return on(request.dateOfService()).decide(request);
    }

    @Override
    public Determination decideAsOf(CoverageRequest request, LocalDate asOf) {
        return on(asOf).decideAsOf(request, asOf);
    }

    @Override
    public Outcome outcome(CoverageRequest request) {
        return on(request.dateOfService()).outcome(request);
    }

    /** The evaluator of the revision in force on {@code date}; the first revision's before it (or for no date). */
    private CompiledGuideline on(LocalDate date) {
        int found = date == null ? 0 : Arrays.binarySearch(starts, date);
        int index = found >= 0 ? found : Math.max(0, -found - 2);
        // Read without the lock first: a compiled guideline's fields are all final, so one published
        // by another thread is seen whole, and deciding never waits once its revision is compiled.
        CompiledGuideline revision = revisions[index];
        if (revision != null) {
            return revision;
        }
        synchronized (this) {
            if (revisions[index] == null) {
                revisions[index] = compiler.compileRevision(guideline, starts[index]);
            }
            return revisions[index];
        }
    }
}
