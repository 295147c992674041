package io.coverkit.eval;

import io.coverkit.determination.FindingKind;
import io.coverkit.model.OutcomeStatement;

/** The finding kind each kind of outcome statement reports when it holds. */
public final class OutcomeFindings {
    private OutcomeFindings() {}

    /** The outcome a statement of {@code kind} decides when it holds. */
    public static io.coverkit.determination.Outcome outcome(OutcomeStatement.Kind kind) {
        return switch (kind) {
            case NOT_COVERED_AS_SUBMITTED -> io.coverkit.determination.Outcome.NOT_COVERED_AS_SUBMITTED;
            case PRIOR_AUTHORIZATION_REQUIRED -> io.coverkit.determination.Outcome.PRIOR_AUTHORIZATION_REQUIRED;
            case PEND_FOR_REVIEW -> io.coverkit.determination.Outcome.PEND_FOR_REVIEW;
            case COVERED_UNDER_STUDY -> io.coverkit.determination.Outcome.COVERED_UNDER_STUDY;
        };
    }

    /** The kind of finding a statement of {@code kind} reports. */
    public static FindingKind kind(OutcomeStatement.Kind kind) {
        return switch (kind) {
            case NOT_COVERED_AS_SUBMITTED -> FindingKind.NOT_COVERED_AS_SUBMITTED;
            case PRIOR_AUTHORIZATION_REQUIRED -> FindingKind.PRIOR_AUTHORIZATION_REQUIRED;
            case PEND_FOR_REVIEW -> FindingKind.PENDED_FOR_REVIEW;
            case COVERED_UNDER_STUDY -> FindingKind.STUDY_COVERAGE;
        };
    }
}
