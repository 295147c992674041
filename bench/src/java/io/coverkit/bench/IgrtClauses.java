package io.coverkit.bench;

import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The IGRT guideline's clauses written out by hand, as a team without coverkit would keep them in
 * code: the texts, ids and sections the hand-written, Drools and Groovy paths cite. Copied from
 * policies/04-77260-19.groovy; the agreement test fails if any of them drifts from the policy.
 */
public final class IgrtClauses {

    private IgrtClauses() {}

    static final String G = IgrtRequests.GUIDELINE;
    static final String BILLING = "BILLING/CODING INFORMATION";
    static final String POSITION = "POSITION STATEMENT";
    static final String EXCEPTIONS = "PROGRAM EXCEPTIONS";

    /** The original effective date. */
    public static final LocalDate ORIGINAL = LocalDate.of(2010, 2, 15);
    /** Program exceptions before this date are not published. */
    public static final LocalDate EXCEPTIONS_KNOWN = LocalDate.of(2016, 5, 1);
    /** The position statement before this date is not published. */
    public static final LocalDate POSITION_KNOWN = LocalDate.of(2023, 5, 15);
    /** Documentation requirements start here. */
    public static final LocalDate DOCUMENTS_ADDED = LocalDate.of(2016, 5, 1);
    /** Medicare Advantage note starts here. */
    public static final LocalDate MEDICARE_NOTE_ADDED = LocalDate.of(2014, 5, 15);
    /** Codes added in the 2015 HCPCS update. */
    public static final LocalDate CODES_2015 = LocalDate.of(2015, 1, 1);
    /** Codes deleted in the 2026 update. */
    public static final LocalDate CODES_2026 = LocalDate.of(2026, 1, 1);

    /** The update history's revision dates, oldest first. */
    public static final LocalDate[] REVISIONS = {
        LocalDate.of(2010, 2, 15), LocalDate.of(2011, 1, 1), LocalDate.of(2011, 2, 15), LocalDate.of(2011, 10, 1),
        LocalDate.of(2014, 5, 15), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 5, 15), LocalDate.of(2016, 5, 1),
        LocalDate.of(2016, 11, 15), LocalDate.of(2017, 10, 15), LocalDate.of(2018, 2, 15), LocalDate.of(2019, 1, 1),
        LocalDate.of(2021, 3, 15), LocalDate.of(2023, 5, 15), LocalDate.of(2024, 5, 15), LocalDate.of(2025, 5, 15),
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 15)
    };

    /** Cited when the date is before the original effective date. */
    public static final Finding BEFORE_ORIGINAL = new Finding(FindingKind.BEFORE_ORIGINAL_EFFECTIVE_DATE,
            "original-effective-date", G + "/original-effective-date",
            "the date is before the original effective date 2010-02-15", "", List.of());

    /** Cited when no requested code is in scope. */
    public static final Finding NO_CODE = new Finding(FindingKind.NO_CODE_IN_SCOPE, "codes", G + "/codes",
            "none of the requested codes is in this guideline's code list on this date", BILLING, List.of());

    /** CPT 77387 in scope. */
    public static final Finding CPT_77387 = code("77387", "cpt-77387",
            "Guidance for localization of target volume for delivery of radiation treatment, includes intrafraction tracking, when performed");
    /** CPT 77014 in scope. */
    public static final Finding CPT_77014 = code("77014", "cpt-77014", "");
    /** HCPCS G6001 in scope. */
    public static final Finding HCPCS_G6001 = code("G6001", "hcpcs-g6001", "");
    /** HCPCS G6002 in scope. */
    public static final Finding HCPCS_G6002 = code("G6002", "hcpcs-g6002", "");
    /** HCPCS G6017 in scope. */
    public static final Finding HCPCS_G6017 = code("G6017", "hcpcs-g6017", "");

    /** Program exceptions not published for the revision in force. */
    public static final Finding UNKNOWN_EXCEPTIONS = new Finding(FindingKind.CONTENT_UNKNOWN, "unknown-program-exceptions",
            G + "/unknown/program-exceptions",
            "the published guideline does not reveal the PROGRAM EXCEPTIONS in force before 2016-05-01: the 05/01/16 revision"
                    + " updated the program exceptions; the text in force before then is not published",
            EXCEPTIONS, List.of());

    /** Position statement not published for the revision in force. */
    public static final Finding UNKNOWN_POSITION = new Finding(FindingKind.CONTENT_UNKNOWN, "unknown-position-statement",
            G + "/unknown/position-statement",
            "the published guideline does not reveal the POSITION STATEMENT in force before 2023-05-15: the published guideline"
                    + " carries the position statement as revised on 05/15/23 (later reviews made no change); the wording in force"
                    + " before then is not published",
            POSITION, List.of());

    /** FEP defers. */
    public static final Finding FEP = new Finding(FindingKind.PROGRAM_EXCEPTION_DEFERS, "fep", G + "/exception/fep",
            "Federal Employee Program (FEP): Follow FEP guidelines.", EXCEPTIONS, List.of());
    /** SAO defers. */
    public static final Finding SAO = new Finding(FindingKind.PROGRAM_EXCEPTION_DEFERS, "sao", G + "/exception/sao",
            "State Account Organization (SAO): Follow SAO guidelines.", EXCEPTIONS, List.of());
    /** Medicare Advantage: the guideline applies, with this note. */
    public static final Finding MEDICARE_ADVANTAGE = new Finding(FindingKind.PROGRAM_EXCEPTION_APPLIES, "medicare-advantage",
            G + "/exception/medicare-advantage",
            "Medicare Advantage products: No National Coverage Determination (NCD) and/or Local Coverage Determination (LCD)"
                    + " were found at the time of the last guideline review date.",
            EXCEPTIONS, List.of());

    /** No indication present. */
    public static final Finding NO_INDICATION = new Finding(FindingKind.NO_INDICATION_MET, "position-statement",
            G + "/position-statement",
            "Image-guided radiation therapy (IGRT) (any modality) **meets the definition of medical necessity** for the following indications:",
            POSITION, List.of());

    /** The indications' findings, in policy order; {@link IgrtRequests#INDICATIONS} takes its ids from here. */
    public static final Finding[] INDICATION_MET = {
        indication("bony-anatomy-fails", "Bony anatomy fails to delineate tumor location"),
        indication("dose-escalation", "Dose escalation is planned beyond the usual doses for similar tumors"),
        indication("during-radiation-therapy", "During radiation therapy (e.g., intensity-modulated radiation therapy (IMRT),"
                + " proton beam therapy, stereotactic body radiation therapy (SBRT))"),
        indication("implanted-fiducial-markers", "Implanted fiducial markers"),
        indication("sensitive-structure-dose-reduction", "Reduction of radiation dose to sensitive normal structures (e.g.,"
                + " left-sided breast radiation therapy with deep inspiration breath hold technique (DIBH) to spare heart"
                + " radiation exposure)"),
        indication("close-to-critical-structures", "Target volume is in close proximity to critical structures that must be protected"),
        indication("near-critical-structures-or-setup-variation",
                "Target volume located near or within critical structures and/or in tissue with inherent setup variation"),
        indication("internal-motion", "Target volume that is subject to daily variation that is due to internal motion"),
        indication("previously-irradiated-adjacent-area",
                "Target where the adjacent area has been previously irradiated and abutting fields must be precise"),
        indication("narrow-margins", "Volume of interest that must be covered with narrow margins to adequately protect"
                + " immediately adjacent structures.")
    };

    /** The required documents' names, in {@link IgrtRequests#LOINCS} order. */
    public static final String[] DOCUMENT_NAMES = {"Physician history and physical", "Attending physician progress note", "Plan of treatment"};

    /** The required documents' short ids, in {@link IgrtRequests#LOINCS} order. */
    public static final String[] DOCUMENT_REFS = {"loinc-28626-0", "loinc-18741-9", "loinc-18776-5"};

    /** The required documents' clause ids, in {@link IgrtRequests#LOINCS} order. */
    public static final String[] DOCUMENT_CLAUSES = {G + "/document/loinc-28626-0", G + "/document/loinc-18741-9", G + "/document/loinc-18776-5"};

    /** Section of the documentation requirements. */
    public static final String DOCUMENT_SECTION = BILLING;

    private static Finding code(String code, String id, String text) {
        return new Finding(FindingKind.CODE_IN_SCOPE, code, G + "/code/" + id, text, BILLING, List.of());
    }

    private static Finding indication(String id, String text) {
        return new Finding(FindingKind.INDICATION_MET, id, G + "/indication/" + id, text, POSITION, List.of());
    }
}
