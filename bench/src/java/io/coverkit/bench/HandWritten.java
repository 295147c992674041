package io.coverkit.bench;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.request.CoverageRequest;

/** A guideline hand-coded in Java: the practical speed limit its compiled evaluator is measured against. */
public interface HandWritten {

    /** The full determination, equal to the compiled evaluator's. */
    Determination decide(CoverageRequest request);

    /** Only the outcome, equal to the full determination's. */
    Outcome outcome(CoverageRequest request);
}
