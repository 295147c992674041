package io.coverkit.model;

/** How member criteria read in plain words, for diffs, renderings and explanations. */
public final class MemberCriteria {
    private MemberCriteria() {}

    /** The test in words, such as {@code age 50 to 77} or {@code fact asymptomatic}. */
    public static String describe(MemberCriterion.Test test) {
        if (test instanceof MemberCriterion.AgeRange age) {
            if (age.min() != null && age.max() != null) {
                return "age " + age.min() + " to " + age.max();
            }
            return age.min() != null ? "age at least " + age.min() : "age at most " + age.max();
        }
        if (test instanceof MemberCriterion.Sex sex) {
            return "sex " + sex.sex();
        }
        if (test instanceof MemberCriterion.Threshold t) {
            return t.quantity() + (t.atLeast() ? (t.inclusive() ? " at least " : " more than ")
                    : (t.inclusive() ? " at most " : " less than ")) + t.bound().toPlainString();
        }
        if (test instanceof MemberCriterion.Since since) {
            return since.event() + " within " + since.within().describe() + (since.inclusive() ? "" : " (exclusive)");
        }
        if (test instanceof MemberCriterion.Frequency f) {
            return "once per " + f.per().describe();
        }
        return "fact " + ((MemberCriterion.Fact) test).name();
    }
}
