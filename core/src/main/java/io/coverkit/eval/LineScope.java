package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.model.PlanLine;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Member;
import io.coverkit.request.RequestError;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of business a guideline declares it applies to ({@code lineOfBusiness}), checked
 * before anything else the guideline says: a member outside them is not this guideline's to decide
 * ({@code NOT_APPLICABLE}, with a finding naming the lines it applies to). A member of a fixed line
 * the guideline declares is in scope whatever plan the request names; a plan-defined line admits
 * only a member whose request names that plan ({@code member.plan}) under its kind.
 *
 * @param lines the declared lines, never empty (a guideline without declarations has no scope)
 * @param outside the finding of a member outside them, without its evidence
 */
public record LineScope(List<PlanLine> lines, Finding outside) {

    public LineScope {
        lines = List.copyOf(lines);
    }

    /** True when the request's member is in one of the lines. */
    public boolean admits(CoverageRequest request) {
        Member m = request.member();
        for (PlanLine line : lines) {
            if (line.admits(m.lineOfBusiness(), m.plan())) {
                return true;
            }
        }
        return false;
    }

    /** The finding for a member outside the lines, with the member's line as evidence. */
    public Finding outsideFor(CoverageRequest request) {
        Member m = request.member();
        String stated = m.lineOfBusiness() + (m.plan() == null ? "" : ", plan " + m.plan());
        return new Finding(outside.kind(), outside.ref(), outside.clause(), outside.text(), outside.section(),
                List.of(new Evidence(m.plan() == null ? "member.lineOfBusiness" : "member.plan", stated, null)));
    }

    /**
     * A request's {@code member.plan} names a plan-defined line of {@code declared} (of any
     * guideline's declarations when it declares plan lines at all), under its own kind.
     */
    static void check(List<PlanLine> declared, CoverageRequest request, String guidelineId, List<RequestError> errors) {
        String plan = request.member().plan();
        if (plan == null) {
            return;
        }
        List<String> plans = new ArrayList<>();
        for (PlanLine line : declared) {
            if (line.planDefined()) {
                plans.add(line.id());
                if (line.id().equals(plan) && line.kind() != request.member().lineOfBusiness()) {
                    errors.add(new RequestError("member.plan", "plan `" + plan + "` is a line of " + line.kind()
                            + ", but member.lineOfBusiness is " + request.member().lineOfBusiness()));
                }
            }
        }
        if (!plans.contains(plan)) {
            errors.add(new RequestError("member.plan", "unknown plan `" + io.coverkit.request.RequestText.shown(plan)
                    + "` for guideline " + guidelineId + (plans.isEmpty() ? "; it declares no plan-defined line of business"
                    : "; known: " + String.join(", ", plans))));
        }
    }
}
