package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A statement of the guideline that decides a request to one of the outcomes payers use besides
 * medical necessity, when its criteria are met: a claim not covered as submitted (a wrong code or
 * a missing modifier), prior authorization required, a pend for clinical review, or coverage only
 * for a member enrolled in a study or registry. Each outcome has its place in the decision order
 * (README, "What each outcome means").
 *
 * @param criterion which requests the statement applies to
 * @param study for {@link Kind#COVERED_UNDER_STUDY}, the study kind the member must be enrolled in
 *     ({@code ced} or {@code ide}); empty for the other kinds
 */
public record OutcomeStatement(String id, Kind kind, String text, String study, Criterion criterion, Validity validity, SourceRef at)
        implements Serializable, InForce {

    /** Which outcome the statement decides. */
    public enum Kind {
        /** The claim is not covered as submitted: a wrong code, or a modifier missing or misused. */
        NOT_COVERED_AS_SUBMITTED("notCoveredAsSubmitted"),
        /** The service needs a prior authorization the request does not show. */
        PRIOR_AUTHORIZATION_REQUIRED("priorAuthorizationRequired"),
        /** The request is pended for review by a clinician, such as a medical director. */
        PEND_FOR_REVIEW("pendForReview"),
        /** The service is covered only for a member enrolled in a study or registry. */
        COVERED_UNDER_STUDY("coveredUnderStudy");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The policy keyword that writes a statement of this kind. */
        public String keyword() {
            return keyword;
        }

        /** The segment clause ids of this kind's statements use, such as {@code pend-for-review}. */
        public String clauseSegment() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public OutcomeStatement {
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("a statement id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(kind, "an outcome statement has its kind");
        Objects.requireNonNull(text, "an outcome statement carries its text");
        Objects.requireNonNull(criterion, "an outcome statement says when it applies");
        study = study == null ? "" : study;
        validity = validity == null ? Validity.ALWAYS : validity;
    }
}
