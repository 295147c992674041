package io.coverkit.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored published text of every policy in {@code policies/}, cut to what the policy carries:
 * for each guideline, the revisions whose published wording is stored and where that wording
 * starts and ends in the stored file. The stored copies live beside the project in
 * {@code ../shared/guidelines/} (the Ohio text may only be quoted by a policy file that renders it
 * back, so it is read there, not copied); IGRT's is also kept in the test resources.
 */
final class PublishedTexts {
    private PublishedTexts() {}

    /** Where the stored texts are: beside the checkout, as every developer's and CI's machine has them. */
    static final Path SHARED = Path.of("..", "shared", "guidelines");

    /**
     * One published wording of a guideline.
     *
     * @param asOf a date on which the revision it publishes is in force
     * @param file the stored file, relative to the project or {@link #SHARED}
     * @param from the line that starts the wording (it is included)
     * @param until the start of the first line after the wording (excluded), or empty for the end of
     *     the file: where the stored copy breaks off mid-sentence, the text stops before that passage
     * @param chrome page chrome to drop, such as the navigation row of section links, or a collector's
     *     bracketed notes on the stored copy (each passage dropped wherever it occurs)
     */
    record Wording(String guideline, LocalDate asOf, Path file, String from, String until, String... chrome) {
        String text() throws IOException {
            String all = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            int start = from.isEmpty() ? 0 : all.indexOf(from);
            if (start < 0) {
                throw new IllegalStateException(file + " has no line starting " + from);
            }
            int end = until.isEmpty() ? all.length() : all.indexOf(until, start);
            if (end < 0) {
                throw new IllegalStateException(file + " has no line starting " + until + " after " + from);
            }
            String text = all.substring(start, end);
            for (String passage : chrome) {
                text = passage.isEmpty() ? text : text.replace(passage, "");
            }
            return text;
        }

        @Override
        public String toString() {
            return guideline + " as of " + asOf;
        }
    }

    /** The copyright notices an LCD page prints (for code sets, not for the LCD's text). */
    private static final String NOTICES_AMA = "CPT codes, descriptions, and other data only are copyright 2025 American Medical Association. "
            + "All Rights Reserved. Fee schedules, relative value units, conversion factors and/or related "
            + "components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending "
            + "their use. The AMA does not directly or indirectly practice medicine or dispense medical "
            + "services. The AMA assumes no liability for data contained or not contained herein. CPT is a "
            + "registered trademark of the American Medical Association.";

    private static final String NOTICES_ADA = "Current Dental Terminology © 2025 American Dental Association. All rights reserved.";

    private static final String NOTICES_AHA = "Copyright © 2026, the American Hospital Association, Chicago, Illinois. Reproduced with "
            + "permission. No portion of the AHA copyrighted materials contained within this publication may be "
            + "copied without the express written consent of the AHA. AHA copyrighted materials including the "
            + "UB‐04 codes and descriptions may not be removed, copied, or utilized within any software, "
            + "product, service, solution, or derivative work without the written consent of the AHA. If an "
            + "entity wishes to utilize any AHA materials, please contact the AHA at ub04@aha.org or "
            + "312‐422‐3366.";

    private static final String NOTICES_UB04 = "Making copies or utilizing the content of the UB‐04 Manual, including the codes and/or "
            + "descriptions, for internal purposes, resale and/or to be used in any product or publication; "
            + "creating any modified or derivative work of the UB‐04 Manual and/or codes and descriptions; "
            + "and/or making any commercial use of UB‐04 Manual or any portion thereof, including the codes "
            + "and/or descriptions, is only authorized with an express license from the American Hospital "
            + "Association. The American Hospital Association (the \"AHA\") has not reviewed, and is not "
            + "responsible for, the completeness or accuracy of any information contained in this material, nor "
            + "was the AHA or any of its affiliates, involved in the preparation of this material, or the "
            + "analysis of information provided in the material. The views and/or positions presented in the "
            + "material do not necessarily represent the views of the AHA. CMS and its products and services "
            + "are not endorsed by the AHA or any of its affiliates.";

    static List<Wording> all() {
        return List.of(
                new Wording("04-77260-19", LocalDate.of(2026, 5, 15), Path.of("dsl/src/test/resources/published/04-77260-19.txt"),
                        "", "", "Position Statement\tBilling/Coding\tReimbursement\tProgram Exceptions\tDefinitions"
                                + "\tRelated Guidelines\nOther\tReferences\tUpdate\t\t\t"),
                new Wording("ncd-210.14", LocalDate.of(2015, 2, 5), SHARED.resolve("cms-ncd-210.14-lung-cancer-screening-ldct.txt"),
                        "National Coverage Analysis (NCA) Proposed Decision Memo\nScreening for Lung Cancer with Low Dose "
                                + "Computed Tomography (LDCT)\nCAG-00439N", "  • A lun", ""),
                new Wording("ncd-210.14", LocalDate.of(2022, 2, 10), SHARED.resolve("cms-ncd-210.14-lung-cancer-screening-ldct.txt"),
                        "National Coverage Analysis (NCA) Proposed Decision Memo\nScreening for Lung Cancer with Low Dose "
                                + "Computed Tomography (LDCT)\nCAG-00439R", "Reading Radiologist Eligibility Criteria", ""),
                new Wording("ohio-medicaid-updl-osteoporosis", LocalDate.of(2022, 4, 15),
                        SHARED.resolve("ohio-medicaid-updl-osteoporosis.txt"), "# Endocrine Agents", "", ""),
                // The NCD page's field labels and section names print as headings; dropped: the stored
                // copy's "== ... ==" section markers and the collector's bracketed notes (an empty field,
                // and where the page's flat a.-p. list holds the study standards).
                new Wording("ncd-240.4", LocalDate.of(2008, 10, 15), SHARED.resolve("cms-ncd-240.4-cpap-osa.txt"), "", "",
                        "== ", " ==", "[blank on the stored page; the \"Other Versions\" table below identifies this as version 3]",
                        "[blank]", "[empty on the stored page]", "[empty]", "[none listed]",
                        "[Note by collector: on the published page all sixteen items below sit in one lettered list (rendered a.–p.), "
                                + "although items d.–p. are logically the \"additional standards\" introduced by item c.]"),
                // The LCD page's field labels and section names print as headings or paragraphs; dropped:
                // the "== ... ==" and "-- ... --" section markers and the page's AMA, ADA and AHA copyright
                // notices (code sets the LCD does not use).
                new Wording("cms-lcd-l33797", LocalDate.of(2023, 4, 1), SHARED.resolve("cms-lcd-L33797-oxygen.txt"), "", "",
                        "== ", " ==", NOTICES_AMA, NOTICES_ADA, NOTICES_AHA, NOTICES_UB04),
                // The Ohio UPDL 2024-01 biologics file holds two class pages between a collector's banners, then
                // an appendix (another transcription of the same classes, kept for comparison; not a page of
                // the criteria). Dropped: the banner rules, the "PART n." labels and the collector's
                // provenance lines and note on an omitted internal link.
                new Wording("ohio-medicaid-updl-2024-01-respiratory-antibodies", LocalDate.of(2024, 1, 1), SHARED.resolve(UPDL_2024),
                        "PART 1. Respiratory Agents", BANNER + "\nPART 2.", "",
                        "PART 1. ", BANNER, "(UPDL criteria PDF p.102; transcription file: docs/UPDL and Supporting Documents/"
                                + "Respiratory_Agents/monoclonal_antibodies.md @ b685340d002d40a3541d4e2935997335fa98d7a3, 2024-01-05)",
                                "[Transcriber link to an internal \"ICS/LABA Dose Level Chart\" omitted]"),
                new Wording("ohio-medicaid-updl-2024-01-systemic-inflammatory", LocalDate.of(2024, 1, 1), SHARED.resolve(UPDL_2024),
                        "PART 2. Immunomodulator Agents", BANNER + "\nAPPENDIX.", "",
                        "PART 2. ", BANNER, "(UPDL criteria PDF p.78; transcription file: docs/UPDL and Supporting Documents/"
                                + "Immuno_Agents/systematic_inflammatory.md @ ce6ff4f5099c0c49273d0f1238b5acec706e807c, 2024-01-05)"));
    }

    private static final String UPDL_2024 = "ohio-medicaid-updl-2024-01-biologics-dupilumab.txt";
    private static final String BANNER = "======================================================================";
}
