package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.ClosedField;
import io.coverkit.model.MemberCriterion;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.util.List;

/**
 * Known absence versus unknown (issue 17, family 2). A criterion that finds nothing in the request
 * about its fact is unknown, never false, unless the fact's field is closed-world: the guideline
 * declares it complete ({@code closedWorld 'diagnoses'}), the request does ({@code "complete":
 * ["diagnoses"]}), or the criterion itself says {@code unstated: 'absent'}. Then the criterion is
 * not met, and its judgement names the absence it assumed, which the determination reports as an
 * {@code ABSENCE_ASSUMED} finding: nothing is silently false. {@code unstated: 'unknown'} keeps a
 * criterion unknown even where its field is complete.
 *
 * <p>The criteria this applies to are those whose only unknown is an unstated fact: a diagnosis
 * ({@code diagnoses}), an event ({@code events}), a prerequisite service ({@code priorServices}),
 * an order ({@code orders}) and a clinical fact ({@code facts}). The therapy criteria
 * ({@code tried}, {@code taking}, {@code cap}) read their field as complete already, as they always
 * have; a measurement is never assumed.
 */
public final class ClosedWorld {
    private ClosedWorld() {}

    /**
     * The request field whose absence makes {@code test} unknown, such as {@code diagnoses} or
     * {@code facts.asymptomatic}; null for a test whose unknowns are not absences.
     */
    public static String field(MemberCriterion.Test test) {
        if (test instanceof MemberCriterion.Diagnosis) {
            return "diagnoses";
        }
        if (test instanceof MemberCriterion.Since) {
            return "events";
        }
        if (test instanceof MemberCriterion.Prerequisite) {
            return "priorServices";
        }
        if (test instanceof MemberCriterion.Ordered) {
            return "orders";
        }
        if (test instanceof MemberCriterion.Fact fact) {
            return "facts." + fact.name();
        }
        return null;
    }

    /**
     * {@code judge} with the criterion's closed-world reading: where it answers unknown and the
     * field is closed, not met, with the absence named. {@code judge} itself when nothing can close
     * the field (no test field, or {@code unstated: 'unknown'}).
     */
    public static MemberJudge of(MemberCriterion criterion, MemberJudge judge, RevisionContext context) {
        String field = field(criterion.test());
        if (field == null || criterion.unstated().equals(MemberCriterion.UNKNOWN)) {
            return judge;
        }
        String list = field.startsWith("facts.") ? "facts" : field;
        boolean always = criterion.unstated().equals(MemberCriterion.ABSENT);
        boolean declared = context.closedWorld().contains(list);
        if (!always && !declared) {
            // Only the request can close it: the check costs one scan of a short list, and only
            // when the criterion is unknown.
            return new MemberJudge() {
                @Override
                public Judgement judge(CoverageRequest request) {
                    Judgement j = judge.judge(request);
                    return j.truth() == Truth.UNKNOWN && request.complete().contains(list)
                            ? absent(j, field, "the request states " + list + " as complete") : j;
                }

                @Override
                public Truth truth(CoverageRequest request) {
                    Truth t = judge.truth(request);
                    return t == Truth.UNKNOWN && request.complete().contains(list) ? Truth.NOT_MET : t;
                }
            };
        }
        String why = always ? "the criterion reads an unstated fact as absent" : "the guideline declares " + list + " complete";
        return new MemberJudge() {
            @Override
            public Judgement judge(CoverageRequest request) {
                Judgement j = judge.judge(request);
                return j.truth() == Truth.UNKNOWN ? absent(j, field, why) : j;
            }

            @Override
            public Truth truth(CoverageRequest request) {
                Truth t = judge.truth(request);
                return t == Truth.UNKNOWN ? Truth.NOT_MET : t;
            }
        };
    }

    private static Judgement absent(Judgement unknown, String field, String why) {
        return new Judgement(Truth.NOT_MET, unknown.because() + "; taken as absent: " + why, unknown.evidence(), field, why);
    }

    /** The request's {@code complete} names only fields that can be closed-world (a builder may name any). */
    static void check(CoverageRequest request, List<RequestError> errors) {
        for (int i = 0; i < request.complete().size(); i++) {
            String field = request.complete().get(i);
            if (!ClosedField.FIELDS.contains(field)) {
                errors.add(new RequestError("complete[" + i + "]", "`" + field + "` is not a field that can be complete; "
                        + "expected one of " + ClosedField.FIELDS));
            }
        }
    }

    /** The evidence of an assumed absence: the field, stated as absent. */
    static Evidence evidence(String field) {
        return new Evidence(field, "absent", null);
    }
}
