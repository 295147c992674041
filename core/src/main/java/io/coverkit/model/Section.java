package io.coverkit.model;

/**
 * The published section headings clauses come from. Plain strings in the model, so a guideline
 * with other headings (a CMS NCD, a pharmacy policy) needs no change here; these are the ones the
 * medical coverage guideline format uses.
 */
public final class Section {
    public static final String DESCRIPTION = "DESCRIPTION";
    public static final String POSITION_STATEMENT = "POSITION STATEMENT";
    public static final String BILLING_CODING = "BILLING/CODING INFORMATION";
    public static final String REIMBURSEMENT = "REIMBURSEMENT INFORMATION";
    public static final String PROGRAM_EXCEPTIONS = "PROGRAM EXCEPTIONS";
    public static final String DEFINITIONS = "DEFINITIONS";
    public static final String RELATED_GUIDELINES = "RELATED GUIDELINES";
    public static final String OTHER = "OTHER";
    public static final String REFERENCES = "REFERENCES";
    public static final String COMMITTEE_APPROVAL = "COMMITTEE APPROVAL";
    public static final String UPDATE_HISTORY = "GUIDELINE UPDATE INFORMATION";
    /** The documentation table (LOINC codes) within the billing/coding information. */
    public static final String DOCUMENTATION = "DOCUMENTATION";
    public static final String DRUG_LIST = "DRUG LIST";
    public static final String PRIOR_AUTHORIZATION = "PRIOR AUTHORIZATION CRITERIA";
    public static final String LENGTH_OF_AUTHORIZATION = "LENGTH OF AUTHORIZATIONS";

    private Section() {}
}
