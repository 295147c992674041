package io.coverkit.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How the publisher lays the guideline out: the document template (its header and section
 * headings), the lines of the header that the template takes from the policy, and any section
 * headings the policy writes itself. Rendering only; deciding never reads it.
 *
 * @param template one of {@link #TEMPLATES}
 * @param documentType the kind of document printed above the title, such as a CMS decision memo's
 *     {@code National Coverage Analysis (NCA) Proposed Decision Memo}, or empty
 * @param documentNumbers the document's number (dated: a CMS decision memo's CAG number changes with
 *     each reconsideration)
 * @param headings section headings written in the policy, overriding the template's
 */
public record Layout(String template, String documentType, List<Paragraph> documentNumbers, List<SectionHeading> headings)
        implements Serializable {

    /** A Florida Blue medical coverage guideline (MCG): every section printed, empty or not. */
    public static final String FLORIDA_BLUE_MCG = "florida-blue-mcg";
    /** A CMS national coverage determination or its decision memo. */
    public static final String CMS_NCD = "cms-ncd";
    /** A state Medicaid preferred drug list's prior authorization criteria. */
    public static final String MEDICAID_PDL = "medicaid-pdl";
    /**
     * A Medicare administrative contractor's local coverage determination (LCD) or its article: the
     * document type, title and number, then the policy's own sections in the order written, with
     * the coding information and the revision history where the policy writes them.
     */
    public static final String CMS_LCD = "cms-lcd";
    /** The templates a policy may name. */
    public static final List<String> TEMPLATES = List.of(FLORIDA_BLUE_MCG, CMS_NCD, MEDICAID_PDL, CMS_LCD);

    /** The layout of a policy that declares nothing: the medical coverage guideline's. */
    public static final Layout DEFAULT = new Layout(FLORIDA_BLUE_MCG, "", List.of(), List.of());

    /**
     * A section heading written in the policy.
     *
     * @param section the section's keyword, such as {@code positionStatement}
     * @param heading the heading as published
     */
    public record SectionHeading(String section, String heading) implements Serializable {}

    public Layout {
        template = template == null || template.isEmpty() ? FLORIDA_BLUE_MCG : template;
        documentType = documentType == null ? "" : documentType;
        documentNumbers = List.copyOf(documentNumbers);
        headings = List.copyOf(headings);
        Objects.requireNonNull(template);
    }

    /** The heading the policy writes for {@code section}, or {@code fallback} (the template's). */
    public String heading(String section, String fallback) {
        for (SectionHeading h : headings) {
            if (h.section().equals(section)) {
                return h.heading();
            }
        }
        return fallback;
    }
}
