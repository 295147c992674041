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
    NO_PRIOR_AUTHORIZATION_REQUIRED
}
