package io.coverkit.eval;

import io.coverkit.model.MemberCriterion;

/**
 * A rough cost of screening a criterion, so an all-of or any-of screens its cheapest children
 * first: the first child not met (all-of) or met (any-of) decides the outcome, and under
 * three-valued truth the order changes nothing else. A fact is a map lookup; a therapy criterion
 * resolves every therapy's drug. In policy order, the outcome-only LDCT path computed pack-years
 * (two scans of the observations and a BigDecimal product) for requests a screening in the past
 * year already excluded, and was 2.2x its hand-written path (GuidelineBenchmark, CPU samples).
 */
final class ScreeningCost {
    private ScreeningCost() {}

    /** The estimated cost of screening {@code check}; only the order of the numbers matters. */
    static int of(CriterionCheck check) {
        if (check instanceof CriterionCheck.IndicationCheck) {
            return 1;
        }
        if (check instanceof CriterionCheck.MemberCheck member) {
            return of(member.criterion().test());
        }
        if (check instanceof CriterionCheck.NotCheck not) {
            return of(not.child());
        }
        if (check instanceof CriterionCheck.ScopedCheck scoped) {
            // Deciding the scope reads the prior services or the requested drug; a request outside
            // it is met at once, so only part of the child's cost is expected.
            return 3 + of(scoped.child()) / 2;
        }
        int sum = 0;
        for (CriterionCheck child : check instanceof CriterionCheck.AnyCheck any ? any.children()
                : ((CriterionCheck.AllCheck) check).children()) {
            sum += of(child);
        }
        return sum;
    }

    private static int of(MemberCriterion.Test test) {
        if (test instanceof MemberCriterion.Fact || test instanceof MemberCriterion.Sex) {
            return 1;
        }
        if (test instanceof MemberCriterion.AgeRange) {
            return 2;
        }
        if (test instanceof MemberCriterion.Frequency || test instanceof MemberCriterion.Since || test instanceof MemberCriterion.Ordered) {
            return 3;
        }
        if (test instanceof MemberCriterion.Prerequisite || test instanceof MemberCriterion.Diagnosis) {
            return 4;
        }
        if (test instanceof MemberCriterion.Threshold) {
            return 5;
        }
        if (test instanceof io.coverkit.model.TimeTest) {
            // adherence adds up a series; the others scan one list of the request
            return test instanceof io.coverkit.model.TimeTest.Adherence ? 7 : 4;
        }
        // tried, taking, cap: every therapy's drug is looked up
        return 6;
    }

    /** The positions of {@code children}, cheapest to screen first; equal costs keep policy order. */
    static int[] order(java.util.List<CriterionCheck> children) {
        int n = children.size();
        int[] order = new int[n];
        int[] costs = new int[n];
        // A stable insertion sort, not a sort with a comparator: compiled in a command's fresh JVM,
        // where binding a lambda costs more than sorting a handful of children.
        for (int i = 0; i < n; i++) {
            int cost = of(children.get(i));
            int j = i;
            while (j > 0 && costs[j - 1] > cost) {
                order[j] = order[j - 1];
                costs[j] = costs[j - 1];
                j--;
            }
            order[j] = i;
            costs[j] = cost;
        }
        return order;
    }
}
