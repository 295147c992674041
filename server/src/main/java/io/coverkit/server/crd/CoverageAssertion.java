package io.coverkit.server.crd;

import java.util.ArrayList;
import java.util.List;

/**
 * What coverkit asserts about one order under one coverage, in CRD's codes, before it is written as
 * the coverage-information extension.
 *
 * @param covered {@code covered}, {@code not-covered} or {@code conditional}
 * @param paNeeded the pa-needed code, or null for none (never with {@code not-covered})
 * @param docNeeded the doc-needed code, or null for none
 * @param docPurpose the doc-purpose codes (only with {@code docNeeded})
 * @param infoNeeded the info-needed codes (present exactly when something is {@code conditional})
 * @param reasons why, each with a CRD reason code or none (text only)
 * @param questionnaires the canonicals of the forms DTR should present (only with {@code docNeeded})
 * @param satisfiedPaId the id of the satisfied authorization (exactly when {@code paNeeded} is {@code satisfied})
 */
record CoverageAssertion(String covered, String paNeeded, String docNeeded, List<String> docPurpose, List<String> infoNeeded,
        List<Reason> reasons, List<String> questionnaires, String satisfiedPaId) {

    CoverageAssertion {
        docPurpose = List.copyOf(docPurpose);
        infoNeeded = List.copyOf(infoNeeded);
        reasons = List.copyOf(reasons);
        questionnaires = List.copyOf(questionnaires);
        List<String> broken = invariantsBroken(covered, paNeeded, docNeeded, docPurpose, infoNeeded, reasons, questionnaires, satisfiedPaId);
        if (!broken.isEmpty()) {
            // INVARIANT: coverkit never writes an extension CRD 2.0.1 or 2.2 would reject.
            throw new IllegalStateException("coverage assertion breaks " + broken);
        }
    }

    /**
     * A reason for the assertion.
     *
     * @param code a code of CRD's coverage assertion reasons ({@code CodeSystem/temp}), or null when
     *     no code fits and the text alone says why
     */
    record Reason(String code, String text) {}

    /** The CRD 2.0.1 and 2.2 rules of the extension that these values break; empty when none. */
    static List<String> invariantsBroken(String covered, String paNeeded, String docNeeded, List<String> docPurpose,
            List<String> infoNeeded, List<Reason> reasons, List<String> questionnaires, String satisfiedPaId) {
        List<String> broken = new ArrayList<>();
        if (!List.of("covered", "not-covered", "conditional").contains(covered)) {
            broken.add("covered is one of covered, not-covered, conditional");
        }
        if (!questionnaires.isEmpty() && docNeeded == null) {
            broken.add("crd-ci-q1: a questionnaire only with doc-needed");
        }
        if ("not-covered".equals(covered) && paNeeded != null) {
            broken.add("crd-ci-q2 (text): no pa-needed when not covered");
        }
        if (!"not-covered".equals(covered) && paNeeded == null) {
            broken.add("crd-ci-q2 (2.0.1 FHIRPath): pa-needed whenever covered is not not-covered");
        }
        boolean conditional = "conditional".equals(covered) || "conditional".equals(paNeeded) || "conditional".equals(docNeeded);
        if (conditional != !infoNeeded.isEmpty()) {
            broken.add("crd-ci-q3: info-needed exactly when something is conditional");
        }
        if ("satisfied".equals(paNeeded) != (satisfiedPaId != null)) {
            broken.add("crd-ci-q5: satisfied-pa-id exactly when pa-needed is satisfied");
        }
        if (!docPurpose.isEmpty() && docNeeded == null) {
            broken.add("doc-purpose only with doc-needed");
        }
        if ((!docPurpose.isEmpty() || infoNeeded.contains("OTH")) && reasons.stream().noneMatch(r -> r.text() != null && !r.text().isBlank())) {
            broken.add("(2.2) doc-purpose and info-needed OTH need a reason");
        }
        return broken;
    }
}
