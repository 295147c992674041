package io.coverkit.model;

/** How member criteria read in plain words, for diffs, renderings and explanations. */
public final class MemberCriteria {
    private MemberCriteria() {}

    /** The test in words, such as {@code age 50 to 77} or {@code fact asymptomatic}. */
    public static String describe(MemberCriterion.Test test) {
        String claim = ClaimCriteria.describe(test);
        if (claim != null) {
            return claim;
        }
        if (test instanceof TimeTest time) {
            return time.describe();
        }
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
            String bounds = t.lower() != null && t.upper() != null ? " " + bounds(t)
                    : t.lower() != null ? (t.lowerInclusive() ? " at least " : " more than ") + t.lower().toPlainString()
                    : (t.upperInclusive() ? " at most " : " less than ") + t.upper().toPlainString();
            return t.quantity() + (t.method().isEmpty() ? "" : " by " + t.method()) + bounds
                    + (t.lower() != null && t.upper() != null || t.unit().isEmpty() ? "" : " " + t.unit());
        }
        if (test instanceof MemberCriterion.Since since) {
            return since.event() + " within " + since.within().describe()
                    + (since.anchor().isEmpty() ? "" : " before " + since.anchor()) + (since.inclusive() ? "" : " (exclusive)");
        }
        if (test instanceof MemberCriterion.Frequency f) {
            return "once per " + f.per().describe();
        }
        if (test instanceof MemberCriterion.Diagnosis d) {
            return "a diagnosis in " + d.list();
        }
        if (test instanceof MemberCriterion.Tried t) {
            return "tried " + (t.needed() > 1 ? t.needed() + " different of " : "") + t.filter().describe()
                    + (t.duration() == null ? "" : (t.inclusive() ? " for at least " : " for more than ") + t.duration().describe()
                            + (t.total() ? " in total" : ""))
                    + (t.outcome() == null ? "" : " with outcome " + t.outcome().toLowerCase(java.util.Locale.ROOT));
        }
        if (test instanceof MemberCriterion.Taking t) {
            return "taking " + t.filter().describe() + " on the date of service";
        }
        if (test instanceof MemberCriterion.Cap c) {
            return "fewer than " + c.limit().describe() + " of " + c.filter().describe()
                    + (c.per() == null ? " in a lifetime" : " per " + c.per().describe());
        }
        if (test instanceof MemberCriterion.Prerequisite p) {
            return p.service() + " (" + p.system() + " " + p.code() + ") documenting "
                    + String.join(", ", p.elements().stream().map(MemberCriterion.Element::id).toList());
        }
        if (test instanceof MemberCriterion.Ordered o) {
            return (o.written() ? "a written order" : "an order") + (o.during() == null ? "" : " given during " + o.during())
                    + (o.byPractitioner() ? " by a physician or qualified non-physician practitioner" : "");
        }
        return "fact " + ((MemberCriterion.Fact) test).name();
    }

    /**
     * Two bounds in words, with the unit: {@code 5 to under 15}, {@code over 5 to 14},
     * {@code 56 to 59 mm[Hg]}. A bound reads as written in the policy (no rounding, no exponent).
     */
    public static String bounds(MemberCriterion.Threshold t) {
        String unit = t.unit().isEmpty() ? "" : " " + t.unit();
        String low = t.lower() == null ? "" : (t.lowerInclusive() ? "" : "over ") + t.lower().toPlainString();
        String high = t.upper() == null ? "" : (t.upperInclusive() ? "" : "under ") + t.upper().toPlainString();
        if (t.upper() == null) {
            return (t.lowerInclusive() ? "at least " : "more than ") + t.lower().toPlainString() + unit;
        }
        if (t.lower() == null) {
            return (t.upperInclusive() ? "at most " : "less than ") + t.upper().toPlainString() + unit;
        }
        return low + " to " + high + unit;
    }
}
