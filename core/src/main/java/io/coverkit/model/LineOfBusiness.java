package io.coverkit.model;

/** The kind of plan a member is enrolled in; requests and program exceptions name it. */
public enum LineOfBusiness {
    COMMERCIAL,
    /** Federal Employee Program. */
    FEP,
    /** State Account Organization. */
    SAO,
    MEDICARE_ADVANTAGE,
    MEDICAID
}
