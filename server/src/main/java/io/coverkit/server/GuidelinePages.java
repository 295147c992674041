package io.coverkit.server;

import java.time.LocalDate;

/**
 * The rendered guidelines a CRD External Reference card links to, with one anchor per clause so a
 * link can point at the clause a decision cites.
 */
public interface GuidelinePages {

    /**
     * {@code GET /guidelines/{id}.html[?asOf=DATE]}: the guideline rendered as HTML.
     *
     * @param guidelineId the guideline; an unknown one is a 404 reply
     * @param asOf the date whose revision is shown, or null for the latest
     */
    Reply page(String guidelineId, LocalDate asOf);
}
