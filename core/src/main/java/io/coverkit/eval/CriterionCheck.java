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

    /**
     * Only the truth of {@link #test}, for the outcome-only path: no finding is built, and an any-of
     * or all-of stops at the first child that decides it.
     */
    Truth screen(long present, CoverageRequest request);

    /**
     * The check of {@code child} excluded, with the findings and truth a {@link NotCheck} over it
     * gives, built directly: a member criterion's finding negated as it is made ({@link
     * CriterionText#negated()}), and "none of" / "not all of" member criteria turned by De Morgan's
     * laws (which hold for three-valued truth) into all / any of them negated, children in the same
     * order. Null when {@code child} has findings a NotCheck must rewrite (indications, scopes).
     * The osteoporosis benchmark's one "none of" rewrote its finding on every decision.
     */
    static CriterionCheck excluded(CriterionCheck child) {
        if (child instanceof MemberCheck member) {
            return member.negated();
        }
        List<CriterionCheck> children = child instanceof AnyCheck any ? any.children()
                : child instanceof AllCheck all ? all.children() : null;
        if (children == null) {
            return null;
        }
        List<CriterionCheck> negated = new java.util.ArrayList<>(children.size());
        for (CriterionCheck c : children) {
            CriterionCheck n = excluded(c);
            if (n == null) {
                return null;
            }
            negated.add(n);
        }
        return child instanceof AnyCheck ? new AllCheck(List.copyOf(negated)) : new AnyCheck(List.copyOf(negated));
    }

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

        @Override
        public Truth screen(long present, CoverageRequest request) {
            return (present & (1L << bit)) != 0 ? Truth.MET : Truth.NOT_MET;
        }
    }

    /** Met when any child is met. */
    record AnyCheck(List<CriterionCheck> children, int[] screenOrder) implements CriterionCheck {

        /** The check of {@code children}, screened cheapest first ({@link ScreeningCost}). */
        public AnyCheck(List<CriterionCheck> children) {
            this(children, ScreeningCost.order(children));
        }
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            Truth any = Truth.NOT_MET;
            for (CriterionCheck child : children) {
                any = any.or(child.test(present, request, findings));
            }
            return any;
        }

        @Override
        public Truth screen(long present, CoverageRequest request) {
            Truth any = Truth.NOT_MET;
            for (int i : screenOrder) {
                Truth t = children.get(i).screen(present, request);
                if (t == Truth.MET) {
                    return t;
                }
                any = any.or(t);
            }
            return any;
        }
    }

    /** Met when every child is met. */
    record AllCheck(List<CriterionCheck> children, int[] screenOrder) implements CriterionCheck {

        /** The check of {@code children}, screened cheapest first ({@link ScreeningCost}). */
        public AllCheck(List<CriterionCheck> children) {
            this(children, ScreeningCost.order(children));
        }
        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            Truth all = Truth.MET;
            for (CriterionCheck child : children) {
                all = all.and(child.test(present, request, findings));
            }
            return all;
        }

        @Override
        public Truth screen(long present, CoverageRequest request) {
            Truth all = Truth.MET;
            for (int i : screenOrder) {
                Truth t = children.get(i).screen(present, request);
                if (t == Truth.NOT_MET) {
                    return t;
                }
                all = all.and(t);
            }
            return all;
        }
    }

    /**
     * A criterion about the member; its findings say which fact decided it, in words. An excluded
     * member criterion is compiled to one of these with {@link CriterionText#negated() negated}
     * text, the finding a {@link NotCheck} over it would report, built directly.
     */
    record MemberCheck(MemberCriterion criterion, String clause, MemberJudge judge, CriterionText text) implements CriterionCheck {

        /** The check of {@code criterion}, as the policy states it (not excluded). */
        public MemberCheck(MemberCriterion criterion, String clause, MemberJudge judge) {
            this(criterion, clause, judge, CriterionText.of(criterion));
        }

        /** The check of the criterion excluded: met where this one is not met. */
        public MemberCheck negated() {
            return new MemberCheck(criterion, clause, judge, text.negated());
        }

        @Override
        public Truth test(long present, CoverageRequest request, List<Finding> findings) {
            MemberJudge.Judgement j = judge.judge(request);
            Truth truth = text.excluded() ? j.truth().not() : j.truth();
            findings.add(new Finding(CriterionText.kind(truth), criterion.id(), clause, text.compose(j.because()), criterion.section(),
                    List.of(j.evidence())));
            if (j.absence() != null) {
                findings.add(new Finding(FindingKind.ABSENCE_ASSUMED, criterion.id(), clause, "no " + j.absence()
                        + " stated; taken as absent: " + j.absenceWhy(), criterion.section(), List.of(ClosedWorld.evidence(j.absence()))));
            }
            return truth;
        }

        @Override
        public Truth screen(long present, CoverageRequest request) {
            Truth truth = judge.truth(request);
            return text.excluded() ? truth.not() : truth;
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

        @Override
        public Truth screen(long present, CoverageRequest request) {
            return child.screen(present, request).not();
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
            if (RequestScopes.unknown(scope, request)) {
                Truth truth = child.test(present, request, findings);
                if (truth != Truth.MET) {
                    findings.add(new Finding(FindingKind.FACT_UNKNOWN, "for-" + scope.id(), clause, "whether criteria for "
                            + scope.describe() + " apply is not known: the request states no diagnosis", Section.POSITION_STATEMENT, List.of()));
                }
                return truth == Truth.MET ? Truth.MET : Truth.UNKNOWN;
            }
            String skipped = skipReason(request);
            if (skipped == null) {
                return child.test(present, request, findings);
            }
            findings.add(new Finding(FindingKind.CRITERIA_NOT_APPLICABLE, "for-" + scope.id(), clause,
                    "criteria for " + scope.describe() + " do not apply: " + skipped, Section.POSITION_STATEMENT, List.of()));
            return Truth.MET;
        }

        @Override
        public Truth screen(long present, CoverageRequest request) {
            if (RequestScopes.unknown(scope, request)) {
                return child.screen(present, request) == Truth.MET ? Truth.MET : Truth.UNKNOWN;
            }
            return covers(request) ? child.screen(present, request) : Truth.MET;
        }

        /** True when the scope covers the request: {@link #skipReason} without its words. */
        private boolean covers(CoverageRequest request) {
            if (scope instanceof Scoped.RequestedCodes codes) {
                return CodeScopes.procedureAt(codes, request, context) >= 0;
            }
            if (scope instanceof Scoped.RequestedStatus || scope instanceof Scoped.StatedDiagnosis || scope instanceof Scoped.RequestedClass) {
                return RequestScopes.covers(scope, request, context);
            }
            if (scope instanceof Scoped.RequestedDrug drug) {
                return request.priorAuthorization() != null && drug.drug().equals(request.priorAuthorization().drug());
            }
            boolean earlier = Continuation.isSubsequent(request, context);
            return scope instanceof Scoped.InitialService ? !earlier : earlier;
        }

        /** Why the scope does not cover the request, or null when it does. */
        private String skipReason(CoverageRequest request) {
            if (scope instanceof Scoped.RequestedCodes codes) {
                return CodeScopes.skipReason(codes, request, context);
            }
            if (scope instanceof Scoped.RequestedStatus || scope instanceof Scoped.StatedDiagnosis || scope instanceof Scoped.RequestedClass) {
                return RequestScopes.skipReason(scope, request, context);
            }
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
            int therapy = earlier == null ? Continuation.earlierTherapy(request, context) : -1;
            if (initial && therapy >= 0) {
                return "the request states therapy of the requested drug from " + request.therapies().get(therapy).start();
            }
            if (!initial && earlier == null && therapy < 0) {
                return context.requestedDrug(request) != null
                        ? "the request states no earlier therapy of the requested drug and no earlier service of this guideline's codes"
                        : "the request states no earlier service of this guideline's codes";
            }
            return null;
        }
    }
}
