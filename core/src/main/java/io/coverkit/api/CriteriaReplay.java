package io.coverkit.api;

import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.ClauseId;
import io.coverkit.model.Criterion;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Scoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A criterion tree with the truth a determination's findings give each node: the evaluator reports
 * a finding for every criterion about the member, every indication present and every scope
 * skipped, so the truth of every combination follows from them without deciding anything again.
 */
final class CriteriaReplay {

    /** Met, not met, or not known from what the request states (the evaluator's three values). */
    enum Truth {
        MET,
        NOT_MET,
        UNKNOWN;

        Truth not() {
            return this == MET ? NOT_MET : this == NOT_MET ? MET : UNKNOWN;
        }
    }

    /**
     * One node, judged.
     *
     * @param finding the finding that decided a leaf (a member criterion, an indication present, a
     *     scope skipped), or null: an indication the request does not state has none
     * @param negated whether the node sits under an odd number of {@code none}/{@code unless}: its
     *     findings then speak from the policy's side (an excluded criterion that holds is reported
     *     as not met)
     */
    record Judged(Criterion criterion, Truth truth, Finding finding, List<Judged> children, boolean negated) {}

    private final String guidelineId;
    private final Map<String, Deque<Finding>> byClause = new HashMap<>();

    /** A replay of {@code findings}, the findings of a determination under guideline {@code guidelineId}. */
    CriteriaReplay(String guidelineId, List<Finding> findings) {
        this.guidelineId = guidelineId;
        for (Finding f : findings) {
            if (f.kind() == FindingKind.INDICATION_MET || f.kind() == FindingKind.CRITERION_MET
                    || f.kind() == FindingKind.CRITERION_NOT_MET || f.kind() == FindingKind.FACT_UNKNOWN
                    || f.kind() == FindingKind.CRITERIA_NOT_APPLICABLE) {
                byClause.computeIfAbsent(f.clause(), c -> new ArrayDeque<>()).add(f);
            }
        }
    }

    /**
     * The tree {@code root}, judged. Findings are taken in the order the evaluator reported them, so
     * a clause that occurs twice in the tree is matched to its findings in turn.
     */
    Judged judge(Criterion root) {
        return judge(root, false);
    }

    private Judged judge(Criterion criterion, boolean negated) {
        if (criterion instanceof Indication i) {
            Finding f = take(ClauseId.qualified(guidelineId, "indication", i.id()));
            return new Judged(criterion, f == null ? Truth.NOT_MET : Truth.MET, f, List.of(), negated);
        }
        if (criterion instanceof MemberCriterion m) {
            Finding f = take(ClauseId.qualified(guidelineId, "criterion", m.id()));
            return new Judged(criterion, raw(f, negated), f, List.of(), negated);
        }
        if (criterion instanceof Not not) {
            Judged child = judge(not.criterion(), !negated);
            return new Judged(criterion, child.truth().not(), null, List.of(child), negated);
        }
        if (criterion instanceof Scoped scoped) {
            Finding skipped = take(ClauseId.qualified(guidelineId, "scope", scoped.scope().id()));
            if (skipped != null) {
                return new Judged(criterion, Truth.MET, skipped, List.of(), negated);
            }
            Judged child = judge(scoped.criterion(), negated);
            return new Judged(criterion, child.truth(), null, List.of(child), negated);
        }
        boolean any = criterion instanceof AnyOf;
        List<Criterion> parts = any ? ((AnyOf) criterion).criteria() : ((AllOf) criterion).criteria();
        List<Judged> children = new ArrayList<>(parts.size());
        for (Criterion part : parts) {
            children.add(judge(part, negated));
        }
        return new Judged(criterion, any ? anyOf(children) : allOf(children), null, List.copyOf(children), negated);
    }

    /** The member criterion's own truth: its finding speaks from the policy's side under a negation. */
    private static Truth raw(Finding f, boolean negated) {
        if (f == null || f.kind() == FindingKind.FACT_UNKNOWN) {
            // No finding would mean the evaluator did not look at the criterion; unknown claims least.
            return Truth.UNKNOWN;
        }
        Truth reported = f.kind() == FindingKind.CRITERION_MET ? Truth.MET : Truth.NOT_MET;
        return negated ? reported.not() : reported;
    }

    private static Truth anyOf(List<Judged> children) {
        Truth any = Truth.NOT_MET;
        for (Judged c : children) {
            if (c.truth() == Truth.MET) {
                return Truth.MET;
            }
            if (c.truth() == Truth.UNKNOWN) {
                any = Truth.UNKNOWN;
            }
        }
        return any;
    }

    private static Truth allOf(List<Judged> children) {
        Truth all = Truth.MET;
        for (Judged c : children) {
            if (c.truth() == Truth.NOT_MET) {
                return Truth.NOT_MET;
            }
            if (c.truth() == Truth.UNKNOWN) {
                all = Truth.UNKNOWN;
            }
        }
        return all;
    }

    private Finding take(String clause) {
        Deque<Finding> queue = byClause.get(clause);
        return queue == null ? null : queue.poll();
    }
}
