package io.coverkit.determination;

import io.coverkit.annotations.API;

/** What a guideline decides for a request. Switch over it without {@code default}. */
@API(status = API.Status.STABLE)
public enum Outcome {
    /** The service meets the guideline's definition of medical necessity and is documented. */
    MEETS_MEDICAL_NECESSITY,
    /** No indication of the position statement is present. */
    NOT_MEDICALLY_NECESSARY,
    /** An indication is present but a required document is missing or out of its time frame. */
    INSUFFICIENT_DOCUMENTATION,
    /** The member's program has its own guidelines, which decide instead. */
    DEFER_TO_PROGRAM,
    /** The guideline does not cover the requested codes on the date of service. */
    NOT_APPLICABLE,
    /**
     * The revision in force is one whose content the published guideline does not reveal (for
     * example a past position statement); the request is never decided by later rules as a guess.
     */
    REVISION_CONTENT_UNKNOWN,
    /**
     * The criteria cannot be decided because the request does not state a fact they need; the
     * {@code FACT_UNKNOWN} findings name each one. Distinct from missing documents.
     */
    NEEDS_MORE_INFORMATION,
    /** The guideline considers the service experimental or investigational. */
    EXPERIMENTAL_INVESTIGATIONAL,
    /**
     * The guideline requires prior authorization only for some requests, such as non-preferred
     * drugs, and this request is not one of them.
     */
    NO_PRIOR_AUTHORIZATION_REQUIRED,
    /**
     * The claim is not covered as submitted: a {@code notCoveredAsSubmitted} statement holds, such
     * as a code billed in place of another or a required modifier missing. Resubmitted correctly, it
     * may be decided anew. A contract v1 caller reads {@code NOT_MEDICALLY_NECESSARY}.
     */
    NOT_COVERED_AS_SUBMITTED,
    /**
     * The service needs a prior authorization the request does not show: a
     * {@code priorAuthorizationRequired} statement holds. A contract v1 caller reads
     * {@code INSUFFICIENT_DOCUMENTATION}.
     */
    PRIOR_AUTHORIZATION_REQUIRED,
    /**
     * The request is pended for review by a clinician (such as a medical director): a
     * {@code pendForReview} statement holds. Neither an approval nor a denial. A contract v1 caller
     * reads {@code INSUFFICIENT_DOCUMENTATION}.
     */
    PEND_FOR_REVIEW,
    /**
     * The service is covered only because the member is enrolled in a study or registry the
     * guideline names (coverage with evidence development, an investigational device exemption): a
     * {@code coveredUnderStudy} statement holds and the request states the enrollment. A contract v1
     * caller reads {@code MEETS_MEDICAL_NECESSITY}.
     */
    COVERED_UNDER_STUDY
}
