package io.coverkit.server.profile;

import io.coverkit.server.profile.ProfileIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;

/**
 * coverkit's own rules on the CRD {@code coverage-information} extension, beside the package's
 * constraints. They exist because two of CRD 2.0.1's published expressions say something other
 * than their own text, and because CRD 2.2 tightens the extension; coverkit emits what satisfies
 * both versions. Each rule's key says where it comes from:
 *
 * <ul>
 *   <li>{@code coverkit-ci-2.0.1-...}: the human text of a CRD 2.0.1 constraint, whose published
 *       FHIRPath does not express it;
 *   <li>{@code coverkit-crd22-...}: a rule CRD 2.2 adds.
 * </ul>
 */
final class CoverkitRules {

    /** The extension these rules are about. */
    static final String COVERAGE_INFORMATION =
            "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

    static final String REASONS = "http://hl7.org/fhir/us/davinci-crd/ValueSet/coverageAssertionReasons";

    /** One rule as FHIRPath evaluated at the extension. */
    record Rule(String key, String from, String human, String expression) {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "coverkit-ci-2.0.1-q2",
                    "CRD 2.0.1 crd-ci-q2 as its text states it; the published expression is its converse and"
                            + " misses not-covered with pa-needed",
                    "if covered is not-covered, pa-needed must not be present",
                    "extension.where(url = 'covered' and value = 'not-covered').exists()"
                            + " implies extension.where(url = 'pa-needed').empty()"),
            new Rule(
                    "coverkit-ci-2.0.1-q4",
                    "CRD 2.0.1 crd-ci-q4 as its text states it; the published expression tests for `PA`,"
                            + " a code the DocReason value set does not have, so it can never fail",
                    "if pa-needed is satisfied, doc-purpose must not be withpa",
                    "extension.where(url = 'pa-needed' and value = 'satisfied').exists()"
                            + " implies extension.where(url = 'doc-purpose' and value = 'withpa').empty()"),
            new Rule(
                    "coverkit-crd22-info-needed",
                    "CRD 2.2: info-needed is present if and only if covered, pa-needed or doc-needed is"
                            + " conditional (2.0.1's crd-ci-q3 checks only the 'only if' half)",
                    "when covered, pa-needed or doc-needed is conditional, info-needed must say what is needed",
                    "extension.where((url = 'covered' or url = 'pa-needed' or url = 'doc-needed')"
                            + " and value = 'conditional').exists() implies extension.where(url = 'info-needed').exists()"),
            new Rule(
                    "coverkit-crd22-doc-purpose-oth-reason",
                    "CRD 2.2: a doc-purpose of OTH must be explained by a reason",
                    "doc-purpose OTH needs a reason",
                    "extension.where(url = 'doc-purpose' and value = 'OTH').exists()"
                            + " implies extension.where(url = 'reason').exists()"),
            new Rule(
                    "coverkit-crd22-info-needed-oth-reason",
                    "CRD 2.2: an info-needed of OTH must be explained by a reason",
                    "info-needed OTH needs a reason",
                    "extension.where(url = 'info-needed' and value = 'OTH').exists()"
                            + " implies extension.where(url = 'reason').exists()"));

    /** The key of the rule checked in Java: a reason outside the value set must carry text. */
    static final String REASON_TEXT = "coverkit-crd22-reason-text";

    /** When the published crd-ci-q2 fails only because it contradicts its own text (see {@link #erratum}). */
    private static final String Q2_ERRATUM_CASE = "extension.where(url = 'covered' and value = 'not-covered').exists()"
            + " and extension.where(url = 'pa-needed').empty()";

    /**
     * Why a failed package constraint is known to be wrong here, or null when its failure stands.
     * CRD 2.0.1's crd-ci-q2 expression ({@code covered != not-covered implies pa-needed exists})
     * also fails when covered is not-covered and pa-needed is absent, because the left side is
     * then empty and FHIRPath's {@code {} implies false} is empty; yet that is exactly what its text
     * (and CRD 2.2) requires. coverkit reports that one case as a warning, and checks the text with
     * {@code coverkit-ci-2.0.1-q2}. A validator that evaluates the published expression as written reports it as an error.
     */
    String erratum(String key, org.hl7.fhir.r4.model.Base value, String structureUrl, FhirPathRunner fhirPath) {
        if (!"crd-ci-q2".equals(key) || !COVERAGE_INFORMATION.equals(structureUrl)) {
            return null;
        }
        try {
            return fhirPath.holds(null, null, value, Q2_ERRATUM_CASE)
                    ? "(Published expression fails for not-covered without pa-needed, which its text requires;"
                            + " coverkit reports this case as a warning; a validator evaluating the published"
                            + " expression as written reports an error.)"
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    boolean appliesTo(String structureUrl) {
        return COVERAGE_INFORMATION.equals(structureUrl);
    }

    List<ProfileIssue> check(Extension ext, String path, FhirPathRunner fhirPath, LocalExpansions expansions) {
        List<ProfileIssue> issues = new ArrayList<>();
        for (Rule rule : RULES) {
            try {
                if (!fhirPath.holds(null, null, ext, rule.expression())) {
                    issues.add(new ProfileIssue(Severity.ERROR, path, rule.key(), rule.human()));
                }
            } catch (FHIRException e) {
                // INVARIANT: the rules are fixed expressions tested to evaluate; reaching here is a bug
                throw new IllegalStateException("coverkit rule " + rule.key() + " failed to evaluate", e);
            }
        }
        LocalExpansions.Expansion reasons = expansions.expand(REASONS);
        int i = 0;
        for (Extension sub : ext.getExtension()) {
            if (!"reason".equals(sub.getUrl()) || !(sub.getValue() instanceof CodeableConcept)) {
                continue;
            }
            CodeableConcept reason = (CodeableConcept) sub.getValue();
            boolean known = reasons.available()
                    && reason.getCoding().stream()
                            .anyMatch(c -> c.hasCode() && reasons.contains(c.getSystem(), c.getCode()));
            if (!known && !reason.hasText()) {
                issues.add(new ProfileIssue(
                        Severity.ERROR,
                        path + ".extension('reason')" + (countReasons(ext) > 1 ? "[" + i + "]" : ""),
                        REASON_TEXT,
                        "a reason whose code is not in " + REASONS + " must explain itself in text"));
            }
            i++;
        }
        return issues;
    }

    private static long countReasons(Extension ext) {
        return ext.getExtension().stream().filter(e -> "reason".equals(e.getUrl())).count();
    }
}
