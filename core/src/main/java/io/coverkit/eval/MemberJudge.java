package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.request.CoverageRequest;

/**
 * Decides one member criterion against a request and says why, in words a reviewer can check
 * ("age 49 on 2026-06-01 is under 50"). Built once per criterion by the compiler; stateless.
 */
@FunctionalInterface
public interface MemberJudge {

    /** The answer for {@code request}. */
    Judgement judge(CoverageRequest request);

    /**
     * A criterion's answer.
     *
     * @param because the fact that decided it, in words
     * @param evidence the request field that holds that fact
     */
    record Judgement(Truth truth, String because, Evidence evidence) {}
}
