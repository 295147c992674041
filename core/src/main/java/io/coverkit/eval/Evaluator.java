package io.coverkit.eval;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.util.List;

/**
 * A guideline compiled for deciding requests. Implementations are immutable and thread-safe: build
 * one per guideline and share it.
 */
public interface Evaluator {

    /** The guideline this evaluator decides. */
    Guideline guideline();

    /** Every clause id a determination of this guideline can cite, for scenario coverage. */
    List<String> clauses();

    /** Problems that stop {@code request} from being decided under this guideline; empty when none. */
    List<RequestError> check(CoverageRequest request);

    /**
     * Decides a request that {@link #check} accepted under the revision in force on another date
     * than its date of service, such as the day a prior authorization is reviewed. Document time
     * frames still count back from the date of service.
     */
    Determination decideAsOf(CoverageRequest request, LocalDate asOf);

    /**
     * Decides a request that {@link #check} accepted, under the revision in force on its date of
     * service.
     *
     * @throws IllegalArgumentException when the request was not checked and names an unknown indication
     */
    Determination decide(CoverageRequest request);

    /**
     * Only the outcome of {@link #decide}, for bulk screening: the same decision, without building
     * findings, evidence or missing documents. Always equal to {@code decide(request).outcome()}.
     *
     * @throws IllegalArgumentException when the request was not checked and names an unknown indication
     */
    default Outcome outcome(CoverageRequest request) {
        return decide(request).outcome();
    }
}
