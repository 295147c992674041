package io.coverkit.server.crd;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * coverkit's outcomes in CRD's codes: the table docs/crd.md prints. An unknown fact at order time is
 * never {@code not-covered}: it is {@code conditional} with the documentation (a DTR questionnaire)
 * or the information CRD asks for. A program with its own rules (FEP, SAO) is not answered with
 * this guideline's requirements, and a code or date outside the guideline is not asserted covered.
 */
final class CrdOutcomeTable {

    private CrdOutcomeTable() {}

    /**
     * What is known around a determination.
     *
     * @param primary a primary hook (documentation may be asked for)
     * @param indicationsStated the request's indications were stated (answered in a questionnaire),
     *     so their absence is known rather than unknown
     * @param unqueried the request fields whose resources the prefetch does not say anything about
     * @param authorizationRequired the guideline states that its requests need prior authorization
     * @param questionnaire the canonical of the guideline revision's DTR questionnaire
     * @param satisfiedPaId the id written when a met guideline satisfies its prior authorization
     */
    record Situation(boolean primary, boolean indicationsStated, Set<String> unqueried, boolean authorizationRequired,
            String questionnaire, String satisfiedPaId) {}

    /** The CRD assertion for a determination. */
    static CoverageAssertion assertion(Determination d, Situation s) {
        String guideline = "guideline " + d.guideline() + (d.revision() == null ? "" : " (revision " + d.revision() + ")");
        switch (d.outcome()) {
            case MEETS_MEDICAL_NECESSITY:
                return s.authorizationRequired()
                        ? covered("satisfied", s.satisfiedPaId(), "meets the criteria of " + guideline + ", which this decision authorizes")
                        : covered("no-auth", null, "meets the criteria of " + guideline);
            case COVERED_UNDER_STUDY:
                return covered("no-auth", null, "covered under " + guideline + " within the study the request states");
            case NO_PRIOR_AUTHORIZATION_REQUIRED:
                return covered("no-auth", null, "no prior authorization is needed under " + guideline);
            case INSUFFICIENT_DOCUMENTATION:
                return documentation(s, "documentation needed under " + guideline + ": " + missing(d), extraInfo(d));
            case NEEDS_MORE_INFORMATION:
                return documentation(s, "more information needed under " + guideline + ": " + unknownFacts(d), extraInfo(d));
            case NOT_MEDICALLY_NECESSARY:
            case EXPERIMENTAL_INVESTIGATIONAL:
                if (unknownAtOrderTime(d, s)) {
                    return documentation(s, "the clinical indications " + guideline + " requires are not in the record sent;"
                            + " document which applies" + (d.missingDocuments().isEmpty() ? "" : "; also needed: " + missing(d)), List.of());
                }
                return notCovered((d.outcome() == Outcome.EXPERIMENTAL_INVESTIGATIONAL ? "experimental or investigational under "
                        : "does not meet the criteria of ") + guideline + stated(d));
            case NOT_COVERED_AS_SUBMITTED:
                return notCovered("not covered as ordered under " + guideline + stated(d));
            case PRIOR_AUTHORIZATION_REQUIRED:
                return priorAuthorization(s, "covered", "prior authorization is required under " + guideline);
            case PEND_FOR_REVIEW:
                return priorAuthorization(s, "conditional", "pended for clinical review under " + guideline);
            case DEFER_TO_PROGRAM:
                return undecided("the member's program follows its own rules, which decide; " + guideline + " makes no assertion"
                        + program(d));
            case NOT_APPLICABLE:
                return undecided(guideline + " does not apply on the date of service" + notApplicable(d)
                        + "; it makes no coverage assertion");
            case REVISION_CONTENT_UNKNOWN:
                return undecided("the text of " + guideline + " in force on the date of service is not published; no assertion");
        }
        throw new IllegalStateException("an outcome the CRD table does not map: " + d.outcome());
    }

    private static CoverageAssertion covered(String pa, String paId, String reason) {
        return new CoverageAssertion("covered", pa, null, List.of(), List.of(), List.of(new CoverageAssertion.Reason(null, reason)),
                List.of(), paId);
    }

    private static CoverageAssertion notCovered(String reason) {
        return new CoverageAssertion("not-covered", null, null, List.of(), List.of(), List.of(new CoverageAssertion.Reason(null, reason)),
                List.of(), null);
    }

    /** Coverage that depends on clinical documentation: DTR's questionnaire on a primary hook. */
    private static CoverageAssertion documentation(Situation s, String reason, List<String> extra) {
        List<String> info = new ArrayList<>(extra);
        info.add("OTH");
        String pa = s.authorizationRequired() ? "auth-needed" : "conditional";
        List<CoverageAssertion.Reason> reasons = List.of(new CoverageAssertion.Reason(null, reason));
        if (!s.primary()) {
            return new CoverageAssertion("conditional", pa, null, List.of(), info, reasons, List.of(), null);
        }
        return new CoverageAssertion("conditional", pa, "clinical", List.of(s.authorizationRequired() ? "withpa" : "withclaim"), info,
                reasons, List.of(s.questionnaire()), null);
    }

    private static CoverageAssertion priorAuthorization(Situation s, String covered, String reason) {
        List<String> info = "conditional".equals(covered) ? List.of("OTH") : List.of();
        List<CoverageAssertion.Reason> reasons = List.of(new CoverageAssertion.Reason(null, reason));
        if (!s.primary()) {
            return new CoverageAssertion(covered, "auth-needed", null, List.of(), info, reasons, List.of(), null);
        }
        return new CoverageAssertion(covered, "auth-needed", "clinical", List.of("withpa"), info, reasons, List.of(s.questionnaire()), null);
    }

    /** Nothing this guideline can say: conditional, with the reason in words (CRD 2.2 would say indeterminate). */
    private static CoverageAssertion undecided(String reason) {
        return new CoverageAssertion("conditional", "conditional", null, List.of(), List.of("OTH"),
                List.of(new CoverageAssertion.Reason(null, reason)), List.of(), null);
    }

    /**
     * True when what decided against the request is not known at order time: indications nobody
     * stated (no questionnaire answered them), or an absence assumed of a field the prefetch says
     * nothing about. An absence the guideline or the request declares closed-world stays decided.
     */
    static boolean unknownAtOrderTime(Determination d, Situation s) {
        for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.NO_INDICATION_MET && !s.indicationsStated()) {
                return true;
            }
            if (f.kind() == FindingKind.FACT_UNKNOWN) {
                return true;
            }
            if (f.kind() == FindingKind.ABSENCE_ASSUMED) {
                for (Evidence e : f.evidence()) {
                    if (s.unqueried().contains(root(e.field()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String root(String field) {
        int cut = field.length();
        for (char c : new char[] {'[', '.'}) {
            int at = field.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return field.substring(0, cut);
    }

    /** info-needed beyond OTH: where a decision waits for the place or the performer. */
    private static List<String> extraInfo(Determination d) {
        Set<String> info = new LinkedHashSet<>();
        for (Finding f : d.findings(FindingKind.FACT_UNKNOWN)) {
            for (Evidence e : f.evidence()) {
                String field = root(e.field());
                if (field.equals("placeOfService")) {
                    info.add("location");
                } else if (field.equals("orders") || field.equals("priorAuthorization")) {
                    info.add("performer");
                }
            }
        }
        return new ArrayList<>(info);
    }

    private static String missing(Determination d) {
        if (d.missingDocuments().isEmpty()) {
            return "documents the guideline requires";
        }
        return d.missingDocuments().stream().map(CrdOutcomeTable::document).collect(Collectors.joining("; "));
    }

    private static String document(MissingDocument m) {
        return m.name() + " (LOINC " + m.loinc() + ")" + (m.notBefore() == null ? "" : " dated " + m.notBefore() + " to " + m.notAfter());
    }

    private static String unknownFacts(Determination d) {
        List<String> texts = d.findings(FindingKind.FACT_UNKNOWN).stream().map(Finding::text).distinct().limit(5).toList();
        return texts.isEmpty() ? "facts the request does not state" : String.join("; ", texts);
    }

    private static String stated(Determination d) {
        List<String> texts = new ArrayList<>();
        for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.CRITERION_NOT_MET || f.kind() == FindingKind.NO_INDICATION_MET || f.kind() == FindingKind.EXPERIMENTAL
                    || f.kind() == FindingKind.NOT_COVERED_AS_SUBMITTED || f.kind() == FindingKind.ABSENCE_ASSUMED) {
                texts.add(f.text());
            }
        }
        return texts.isEmpty() ? "" : ": " + String.join("; ", texts.stream().distinct().limit(3).toList());
    }

    private static String program(Determination d) {
        return d.findings(FindingKind.PROGRAM_EXCEPTION_DEFERS).stream().findFirst()
                .map(f -> " (" + (f.text().isEmpty() ? f.ref() : f.text()) + ")").orElse("");
    }

    private static String notApplicable(Determination d) {
        for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.NO_CODE_IN_SCOPE || f.kind() == FindingKind.BEFORE_ORIGINAL_EFFECTIVE_DATE
                    || f.kind() == FindingKind.LINE_OF_BUSINESS_NOT_IN_SCOPE) {
                return ": " + f.text();
            }
        }
        return "";
    }

    /**
     * One assertion for an order that several guidelines decided: the least favourable (not-covered,
     * then conditional, then covered) with every reason.
     */
    static CoverageAssertion combine(List<CoverageAssertion> all) {
        CoverageAssertion worst = all.get(0);
        for (CoverageAssertion a : all) {
            if (rank(a.covered()) > rank(worst.covered())) {
                worst = a;
            }
        }
        if (all.size() == 1) {
            return worst;
        }
        List<CoverageAssertion.Reason> reasons = new ArrayList<>(worst.reasons());
        List<String> questionnaires = new ArrayList<>(worst.questionnaires());
        for (CoverageAssertion a : all) {
            if (a != worst) {
                a.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
                if (worst.docNeeded() != null) {
                    a.questionnaires().stream().filter(q -> !questionnaires.contains(q)).forEach(questionnaires::add);
                }
            }
        }
        return new CoverageAssertion(worst.covered(), worst.paNeeded(), worst.docNeeded(), worst.docPurpose(), worst.infoNeeded(),
                reasons, questionnaires, worst.satisfiedPaId());
    }

    private static int rank(String covered) {
        return switch (covered) {
            case "not-covered" -> 2;
            case "conditional" -> 1;
            default -> 0;
        };
    }
}
