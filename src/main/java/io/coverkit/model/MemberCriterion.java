package io.coverkit.model;

import java.util.Objects;

/**
 * A criterion about the member that a request states as a fact: an age range, a sex, or a
 * clinical status such as {@code asymptomatic}. When the request does not state the fact, the
 * criterion is unknown, never assumed false.
 *
 * @param id stable id, such as {@code age-50-77}
 * @param text the criterion as published, or empty
 * @param reading the interpretation chosen where the published text is ambiguous, cited in every
 *     finding of the criterion, or empty
 */
public record MemberCriterion(
        String id, Test test, String text, String reading, String section, Validity validity, SourceRef at)
        implements Criterion {

    /** What the criterion tests. */
    public sealed interface Test extends java.io.Serializable permits AgeRange, Sex, Fact, Threshold, Since, Frequency {}

    /**
     * Age in whole years on the date of service, both bounds inclusive; a bound may be null (open).
     * A year is complete on the birthday itself.
     */
    public record AgeRange(Integer min, Integer max) implements Test {
        public AgeRange {
            if (min == null && max == null) {
                throw new IllegalArgumentException("an age range needs a minimum, a maximum or both");
            }
        }
    }

    /** The member's sex as the request states it: {@code F} or {@code M}. */
    public record Sex(String sex) implements Test {}

    /** A clinical status the request states as true or false, such as {@code asymptomatic}. */
    public record Fact(String name) implements Test {}

    /**
     * A quantity compared with a bound: an observation the request states (its latest on or before
     * the date of service), or a quantity the position statement derives from observations.
     *
     * @param inclusive whether the bound itself meets the criterion ({@code atLeast} vs {@code moreThan})
     * @param atLeast true for a lower bound, false for an upper one
     */
    public record Threshold(String quantity, java.math.BigDecimal bound, boolean atLeast, boolean inclusive) implements Test {}

    /**
     * An event within a span before the date of service, such as quitting smoking within 15 years.
     *
     * @param inclusive whether an event exactly {@code within} before the date of service counts
     */
    public record Since(String event, TimeSpan within, boolean inclusive) implements Test {}

    /**
     * At most one service of the guideline's codes per span: not met when the request states a
     * prior service of a code in force, dated before the date of service and less than {@code per}
     * before it (one exactly {@code per} before does not count against it).
     */
    public record Frequency(TimeSpan per) implements Test {}

    public MemberCriterion {
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("a criterion id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(test, "a member criterion needs its test");
        text = text == null ? "" : text;
        reading = reading == null ? "" : reading;
        validity = validity == null ? Validity.ALWAYS : validity;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.member(this);
    }
}
