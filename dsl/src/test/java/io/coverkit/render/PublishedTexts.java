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
                // The LCD page as the coverage database prints it (revision R11). Dropped: the stored
                // copy's "== ... ==" section markers, and the page's AMA (CPT), ADA (CDT) and AHA (UB-04)
                // notices, which cover code sets this LCD does not use.
                new Wording("lcd-l33718", LocalDate.of(2024, 1, 1), SHARED.resolve("cms-lcd-L33718-pap-osa.txt"), "", "",
                        LcdChrome.of(SHARED.resolve("cms-lcd-L33718-pap-osa.txt"))));
    }
}
