package io.coverkit.model;

import io.coverkit.annotations.API;

/** The kind of plan a member is enrolled in; requests and program exceptions name it. */
@API(status = API.Status.STABLE)
public enum LineOfBusiness {
    COMMERCIAL,
    /** Federal Employee Program. */
    FEP,
    /** State Account Organization. */
    SAO,
    MEDICARE_ADVANTAGE,
    MEDICAID,
    /**
     * Traditional Medicare (fee-for-service, Part A and Part B), which CMS's national and local
     * coverage determinations decide; Medicare Advantage plans are {@link #MEDICARE_ADVANTAGE}.
     */
    MEDICARE
}
