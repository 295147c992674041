package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.request.CoverageRequest;
import java.util.function.Function;

/**
 * Decides one member criterion against a request and says why, in words a reviewer can check
 * ("age 49 on 2026-06-01 is under 50"). Built once per criterion by the compiler; stateless.
 */
public interface MemberJudge {

    /** The answer for {@code request}. */
    Judgement judge(CoverageRequest request);

    /**
     * Only the truth of {@link #judge}, without its words or evidence: what the outcome-only path
     * asks. Always equal to {@code judge(request).truth()}.
     */
    Truth truth(CoverageRequest request);

    /** The judge that answers with {@code judge} and screens with {@code truth}. */
    static MemberJudge of(Function<CoverageRequest, Judgement> judge, Function<CoverageRequest, Truth> truth) {
        return new MemberJudge() {
            @Override
            public Judgement judge(CoverageRequest request) {
                return judge.apply(request);
            }

            @Override
            public Truth truth(CoverageRequest request) {
                return truth.apply(request);
            }
        };
    }

    /**
     * A criterion's answer.
     *
     * @param because the fact that decided it, in words
     * @param evidence the request field that holds that fact
     * @param absence the request field whose absence the answer assumed ({@link ClosedWorld}), or null
     * @param absenceWhy why that field was taken as complete, or null
     */
    record Judgement(Truth truth, String because, Evidence evidence, String absence, String absenceWhy) {

        /** An answer that assumed no absence. */
        public Judgement(Truth truth, String because, Evidence evidence) {
            this(truth, because, evidence, null, null);
        }
    }
}
