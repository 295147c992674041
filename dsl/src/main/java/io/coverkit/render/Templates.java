package io.coverkit.render;

import io.coverkit.model.Guideline;
import io.coverkit.model.Layout;
import io.coverkit.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The publishers' document templates: for each, the header, the sections in published order under
 * the publisher's headings, and whether an empty section still prints its heading. Only the
 * sections a template declares, and the policy's own {@code section}s (after the position statement;
 * in the {@code cms-lcd} template where the policy writes them), print in the document; what else the policy encodes goes to the
 * encoding notes.
 */
final class Templates {
    private Templates() {}

    /** What a template printed, so the encoding notes can say what it did not. */
    record Printed(boolean codes, boolean exceptions, boolean history, boolean authorizationLength) {}

    static Printed build(Guideline g, List<Node> page) {
        return switch (g.layout().template()) {
            case Layout.CMS_NCD -> NcdPageTemplate.applies(g) ? NcdPageTemplate.build(g, page) : cmsNcd(g, page);
            case Layout.MEDICAID_PDL -> medicaidPdl(g, page);
            case Layout.CMS_LCD -> CmsLcdTemplate.build(g, page);
            default -> floridaBlue(g, page);
        };
    }

    /** A Florida Blue medical coverage guideline: a dated header, then every section, empty or not. */
    private static Printed floridaBlue(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        page.add(new Node.Para(g.id()));
        page.add(new Node.Para("Original Effective Date: " + GuidelineRenderer.published(g.originalEffectiveDate())));
        if (g.reviewed() != null) {
            page.add(new Node.Para("Reviewed: " + GuidelineRenderer.published(g.reviewed())));
        }
        if (g.revised() != null) {
            page.add(new Node.Para("Revised: " + GuidelineRenderer.published(g.revised())));
        }
        page.add(new Node.Para("Subject: " + g.title()));
        if (!g.disclaimer().isEmpty()) {
            page.add(new Node.Para(g.disclaimer()));
        }
        s.authorizationLength(Section.LENGTH_OF_AUTHORIZATION + ":");
        s.prose("description", Section.DESCRIPTION + ":", g.description(), true);
        s.heading("positionStatement", Section.POSITION_STATEMENT + ":");
        s.positionStatement(false);
        page.addAll(new SectionBlocks(g, false).all(2));
        s.drugList(Section.DRUG_LIST + ":");
        s.billing(Section.BILLING_CODING + ":");
        s.prose("reimbursement", Section.REIMBURSEMENT + ":", g.reimbursement(), true);
        s.programExceptions(Section.PROGRAM_EXCEPTIONS + ":", true);
        s.prose("definitions", Section.DEFINITIONS + ":", g.definitions(), true);
        s.prose("relatedGuidelines", Section.RELATED_GUIDELINES + ":", g.relatedGuidelines(), true);
        s.other(Section.OTHER + ":", true);
        s.references(Section.REFERENCES + ":", true, true);
        s.committeeApproval(Section.COMMITTEE_APPROVAL + ":");
        s.updateHistory(Section.UPDATE_HISTORY + ":");
        return new Printed(true, true, true, true);
    }

    /**
     * A CMS national coverage determination as its decision memo prints it: the kind of document,
     * the title and the memo's number, then the decision summary; sections it does not publish
     * (codes, program exceptions, an update history) print only when the policy gives them a heading.
     */
    private static Printed cmsNcd(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        if (!g.layout().documentType().isEmpty()) {
            page.add(new Node.Para(g.layout().documentType()));
        }
        page.add(new Node.Heading(1, g.title(), null));
        g.layout().documentNumbers().forEach(n -> page.add(new Node.Para(n.text())));
        s.prose("description", "Description", g.description(), false);
        s.heading("positionStatement", "Decision Summary");
        s.positionStatement(false);
        page.addAll(new SectionBlocks(g, false).all(2));
        boolean codes = declared(g, "billingCoding");
        if (codes) {
            s.billing("Billing and Coding");
        }
        s.references("References", false, false);
        return new Printed(codes, false, false, false);
    }

    /**
     * A state Medicaid preferred drug list's criteria page: the title, the length of authorizations,
     * the prior authorization criteria with their numbered lists and sub-headings, the drug list table
     * and the link to the criteria document.
     */
    private static Printed medicaidPdl(Guideline g, List<Node> page) {
        PageSections s = new PageSections(g, page);
        page.add(new Node.Heading(1, g.title(), null));
        // A page that opens with its formulary (the Ohio UPDL pages of 2024) writes the drug list first.
        boolean listFirst = g.formulary().at() != null && g.authorization().at() != null
                && g.formulary().at().line() < g.authorization().at().line();
        if (listFirst) {
            s.drugList("DRUG LIST");
        }
        s.authorizationLength("LENGTH OF AUTHORIZATIONS");
        s.prose("description", "DESCRIPTION", g.description(), false);
        s.heading("positionStatement", "PRIOR AUTHORIZATION CRITERIA");
        s.positionStatement(true);
        page.addAll(new SectionBlocks(g, true).all(2));
        if (!listFirst) {
            s.drugList("DRUG LIST");
        }
        boolean codes = declared(g, "billingCoding");
        if (codes) {
            s.billing("BILLING");
        }
        s.references("REFERENCES", false, false);
        return new Printed(codes, false, false, true);
    }

    static boolean declared(Guideline g, String section) {
        return g.layout().headings().stream().anyMatch(h -> h.section().equals(section));
    }

    static List<Node> page(Guideline g) {
        List<Node> page = new ArrayList<>();
        Printed printed = build(g, page);
        EncodingNotes.of(g, printed).ifPresent(page::add);
        return page;
    }
}
