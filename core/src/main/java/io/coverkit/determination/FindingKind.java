package io.coverkit.determination;

import io.coverkit.annotations.API;

/** The kinds of fact a determination reports. */
@API(status = API.Status.STABLE)
public enum FindingKind {
    /** A requested code is in the guideline's code list on the date of service. */
    CODE_IN_SCOPE,
    /** No requested code is in the guideline's code list on the date of service. */
    NO_CODE_IN_SCOPE,
    /** The date of service is before the guideline's original effective date. */
    BEFORE_ORIGINAL_EFFECTIVE_DATE,
    /** The member's line of business defers to its own program's guidelines. */
    PROGRAM_EXCEPTION_DEFERS,
    /** The member's line of business has a program exception note, and this guideline applies. */
    PROGRAM_EXCEPTION_APPLIES,
    /** An indication of the position statement is present. */
    INDICATION_MET,
    /** None of the position statement's indications is present. */
    NO_INDICATION_MET,
    /** A required document is on file within its time frame. */
    DOCUMENT_PRESENT,
    /** A required document is missing, or dated outside its time frame. */
    DOCUMENT_MISSING,
    /** The content of a section in the revision in force is not known from the published text. */
    CONTENT_UNKNOWN,
    /** A criterion about the member holds; the text says which fact satisfied it. */
    CRITERION_MET,
    /** A criterion about the member does not hold; the text says which fact failed it. */
    CRITERION_NOT_MET,
    /** A criterion needs a fact the request does not state; the evidence names the field to supply. */
    FACT_UNKNOWN,
    /** The requested drug is on the guideline's drug list on the date of service. */
    DRUG_IN_SCOPE,
    /** Criteria for other requests (an initial service, another drug) were skipped; the text says why. */
    CRITERIA_NOT_APPLICABLE,
    /** A statement of the guideline makes the service experimental or investigational. */
    EXPERIMENTAL,
    /** The request does not need prior authorization under the guideline; the text says why. */
    PRIOR_AUTHORIZATION_NOT_REQUIRED,
    /** The approval's period was shortened by a cap on therapy days; the text says how. */
    AUTHORIZATION_LIMITED,
    /**
     * A criterion took a fact the request does not state as absent, because its field is complete
     * (closed-world: declared by the guideline, by the request's {@code complete}, or by the
     * criterion's {@code unstated: 'absent'}); the evidence names the field, the text says why.
     */
    ABSENCE_ASSUMED,
    /**
     * The member's line of business is not one the guideline declares it applies to; the text
     * names the lines it applies to, the evidence the member's line (and plan).
     */
    LINE_OF_BUSINESS_NOT_IN_SCOPE,
    /** A {@code notCoveredAsSubmitted} statement holds for the request; the text cites it. */
    NOT_COVERED_AS_SUBMITTED,
    /** A {@code priorAuthorizationRequired} statement holds for the request; the text cites it. */
    PRIOR_AUTHORIZATION_REQUIRED,
    /** A {@code pendForReview} statement holds for the request; the text cites it. */
    PENDED_FOR_REVIEW,
    /**
     * A {@code coveredUnderStudy} statement holds for the request; the text cites it and says
     * whether the request states an enrollment of the kind it names (the evidence, when it does).
     */
    STUDY_COVERAGE
}
