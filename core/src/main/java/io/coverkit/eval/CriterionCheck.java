package io.coverkit.eval;

import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Scoped;
import io.coverkit.model.Section;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.PriorService;
import java.util.List;

/**
 * A compiled criterion, three-valued. Indications present in a request arrive as a bit set (one bit
 * per indication of the guideline), so checking them allocates nothing; criteria about the member
 * read the request's stated facts, and a fact the request does not state is unknown.
 */
public sealed interface CriterionCheck
        permits CriterionCheck.IndicationCheck, CriterionCheck.AnyCheck, CriterionCheck.AllCheck, CriterionCheck.MemberCheck,
        CriterionCheck.NotCheck, CriterionCheck.ScopedCheck {

    /**
     * Whether the criterion holds; adds a finding for every met indication and for every member
     * criterion, so every child is visited even after the answer is known.
     */
    Truth test(long present, CoverageRequest request, List<Finding> findings);

    /** Met when bit {@code bit} is set; {@code met} is the finding it reports. */
    record IndicationCheck(int bit, Finding met) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            if ((present & (1L << bit)) != 0) {
                findings.add(met);
                return Truth.MET;
            }
            return Truth.NOT_MET;
        }
    }

    /** Met when any child is met. */
    record AnyCheck(List<CriterionCheck> children) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            Truth any = Truth.NOT_MET;
            for (CriterionCheck child : children) {
                any = any.or(child.test(present, request, findings));
            }
            return any;
        }
    }

    /** Met when every child is met. */
    record AllCheck(List<CriterionCheck> children) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            Truth all = Truth.MET;
            for (CriterionCheck child : children) {
                all = all.and(child.test(present, request, findings));
            }
            return all;
        }
    }

    /** A criterion about the member; its findings say which fact decided it, in words. */
    record MemberCheck(MemberCriterion criterion, String clause, MemberJudge judge) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            MemberJudge.Judgement j = judge.judge(request);
            FindingKind kind = switch (j.truth()) {
                case MET -> FindingKind.CRITERION_MET;
                case NOT_MET -> FindingKind.CRITERION_NOT_MET;
                case UNKNOWN -> FindingKind.FACT_UNKNOWN;
            };
            String text = (criterion.text().isEmpty() ? j.because() : criterion.text() + " (" + j.because() + ")")
                    + (criterion.reading().isEmpty() ? "" : " [reading: " + criterion.reading() + "]");
            findings.add(new Finding(kind, criterion.id(), clause, text, criterion.section(), List.of(j.evidence())));
            return j.truth();
        }
    }

    /**
     * Met when its child is not met; unknown stays unknown. The child's findings are reported from
     * the policy's side: an excluded criterion that holds is a criterion not met.
     */
    record NotCheck(CriterionCheck child) implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            int from = findings.size();
            Truth truth = child.test(present, request, findings).not();
            for (int i = from; i < findings.size(); i++) {
                Finding f = findings.get(i);
                FindingKind flipped = f.kind() == FindingKind.CRITERION_MET ? FindingKind.CRITERION_NOT_MET
                        : f.kind() == FindingKind.CRITERION_NOT_MET ? FindingKind.CRITERION_MET : f.kind();
                findings.set(i, new Finding(flipped, f.ref(), f.clause(), "must not: " + f.text(), f.section(), f.evidence()));
            }
            return truth;
        }
    }

    /**
     * Criteria that apply only within a scope; outside it they are met without being tested, and a
     * finding says why they were skipped.
     */
    record ScopedCheck(Scoped.Scope scope, CriterionCheck child, RevisionContext context, String clause)
            implements CriterionCheck {
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            String skipped = skipReason(request);
            if (skipped == null) {
                return child.test(present, request, findings);
            }
            findings.add(new Finding(FindingKind.CRITERIA_NOT_APPLICABLE, "for-" + scope.id(), clause,
                    "criteria for " + scope.describe() + " do not apply: " + skipped, Section.POSITION_STATEMENT, List.of()));
            return Truth.MET;
        }

        /** Why the scope does not cover the request, or null when it does. */
        private String skipReason(CoverageRequest request) {
            if (scope instanceof Scoped.RequestedDrug drug) {
                String requested = request.priorAuthorization() == null ? null : request.priorAuthorization().drug();
                return drug.drug().equals(requested) ? null
                        : "the request is for " + (requested == null ? "no drug" : requested) + ", not " + drug.drug();
            }
            int index = context.latestService(request, null);
            PriorService earlier = index < 0 ? null : request.priorServices().get(index);
            boolean initial = scope instanceof Scoped.InitialService;
            if (initial && earlier != null) {
                return "the request states an earlier service, " + earlier.system() + " " + earlier.code() + " on " + earlier.date();
            }
            if (!initial && earlier == null) {
                return "the request states no earlier service of this guideline's codes";
            }
            return null;
        }
    }
}
