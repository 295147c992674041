package io.coverkit.eval;

import io.coverkit.determination.FindingKind;
import io.coverkit.model.MemberCriterion;

/**
 * A member criterion's finding text around the judge's words, worded once when the guideline is
 * compiled: {@code prefix + because + suffix} is {@code text (because) [reading: ...]}, with
 * {@code must not: } in front when the criterion is excluded. The finding's text is then built in
 * one copy; before, a judgement's text was joined from the criterion's text and reading on every
 * decision and copied again for an excluded one (GuidelineBenchmark, osteoporosis: the findings'
 * text was the largest allocation of a decision).
 *
 * @param excluded true for an excluded criterion: a judgement that holds is reported as not met
 */
public record CriterionText(String prefix, String suffix, boolean excluded) {

    /** The text of {@code criterion}'s findings. */
    public static CriterionText of(MemberCriterion criterion) {
        boolean hasText = !criterion.text().isEmpty();
        return new CriterionText(hasText ? criterion.text() + " (" : "",
                (hasText ? ")" : "") + (criterion.reading().isEmpty() ? "" : " [reading: " + criterion.reading() + "]"), false);
    }

    /** The text of the excluded criterion: {@code must not: } first, and met and not met swapped. */
    public CriterionText negated() {
        return new CriterionText("must not: " + prefix, suffix, !excluded);
    }

    /** The finding's text for the judge's words. */
    public String compose(String because) {
        return prefix + because + suffix;
    }

    /** The finding's kind when the criterion, negation applied, is {@code truth}. */
    public static FindingKind kind(Truth truth) {
        return switch (truth) {
            case MET -> FindingKind.CRITERION_MET;
            case NOT_MET -> FindingKind.CRITERION_NOT_MET;
            case UNKNOWN -> FindingKind.FACT_UNKNOWN;
        };
    }
}
