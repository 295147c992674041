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
 * @param unstated how the criterion treats a fact the request does not state: {@link #ABSENT}
 *     (the fact is absent, and the determination says it assumed so), {@link #UNKNOWN} (always
 *     unknown, even where the field is complete), or empty (absent only where the guideline or the
 *     request declares the field complete)
 */
public record MemberCriterion(
        String id, Test test, String text, String reading, String section, Validity validity, SourceRef at, String unstated)
        implements Criterion {

    /** {@code unstated: 'absent'}. */
    public static final String ABSENT = "absent";

    /** {@code unstated: 'unknown'}. */
    public static final String UNKNOWN = "unknown";

    /** A criterion that treats an unstated fact as the guideline's and the request's declarations say. */
    public MemberCriterion(String id, Test test, String text, String reading, String section, Validity validity, SourceRef at) {
        this(id, test, text, reading, section, validity, at, "");
    }

    /** What the criterion tests. */
    public sealed interface Test extends java.io.Serializable permits AgeRange, Sex, Fact, Threshold, Since, Frequency, Diagnosis, Tried, Taking, Cap, Prerequisite, Ordered,
            // claim context (helper `context`)
            ClaimCriteria.Modifier, ClaimCriteria.Units, ClaimCriteria.PlaceOfService, ClaimCriteria.Prescriber,
            ClaimCriteria.Channel, ClaimCriteria.AuthorizationOnFile, ClaimCriteria.Documented, ClaimCriteria.Billed,
            TimeTest {}

    /**
     * Which therapies a therapy criterion counts: any field left null or false does not narrow.
     *
     * @param drug one drug id of the drug list
     * @param drugClass one therapeutic class id of the drug list
     * @param preferred only preferred (true) or only non-preferred (false) drugs
     * @param sameClass only drugs of the requested drug's class
     * @param otherClass only drugs of a class other than the requested drug's
     * @param therapyClass one class of the guideline's therapy class registry ({@link TherapyClass}),
     *     which may hold drugs the drug list does not list, or therapies that are not drugs
     */
    public record TherapyFilter(
            String drug, String drugClass, Boolean preferred, boolean sameClass, boolean otherClass, String therapyClass)
            implements java.io.Serializable {

        /** A filter over the drug list alone. */
        public TherapyFilter(String drug, String drugClass, Boolean preferred, boolean sameClass, boolean otherClass) {
            this(drug, drugClass, preferred, sameClass, otherClass, null);
        }

        /** True when the filter narrows by the drug list (a drug, its class, its status): only drugs pass it. */
        public boolean readsDrugList() {
            return drug != null || drugClass != null || preferred != null || sameClass || otherClass;
        }

        /** Plain-language form, such as {@code a preferred drug of the requested drug's class}. */
        public String describe() {
            StringBuilder s = new StringBuilder();
            if (drug != null) {
                return drug;
            }
            if (therapyClass != null && !readsDrugList()) {
                return "therapy class " + therapyClass;
            }
            s.append(preferred == null ? "a drug" : preferred ? "a preferred drug" : "a non-preferred drug");
            if (therapyClass != null) {
                s.append(" of therapy class ").append(therapyClass);
            }
            if (drugClass != null) {
                s.append(" of class ").append(drugClass);
            }
            if (sameClass) {
                s.append(" of the requested drug's class");
            }
            if (otherClass) {
                s.append(" of a class other than the requested drug's");
            }
            return s.toString();
        }
    }

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
     * A quantity compared with one bound or two: an observation the request states (its latest on or
     * before the date of service, of the method when one is named), or a quantity the position
     * statement derives from observations. Bounds are exact decimals; nothing is rounded.
     *
     * @param lower the lowest value that meets it, or null for none
     * @param lowerInclusive whether {@code lower} itself meets it ({@code atLeast}) or not ({@code moreThan})
     * @param upper the highest value that meets it, or null for none
     * @param upperInclusive whether {@code upper} itself meets it ({@code atMost}) or not ({@code lessThan})
     * @param unit the unit the bounds are in (UCUM, such as {@code %} or {@code mm[Hg]}), or empty; an
     *     observation stated in another unit is converted only where the conversion is exact
     * @param method the method an observation must state (such as {@code echo}), or empty for any
     */
    public record Threshold(String quantity, java.math.BigDecimal lower, boolean lowerInclusive, java.math.BigDecimal upper,
            boolean upperInclusive, String unit, String method) implements Test {
        public Threshold {
            Objects.requireNonNull(quantity, "a threshold names its quantity");
            if (lower == null && upper == null) {
                throw new IllegalArgumentException("a threshold needs a lower bound, an upper bound or both");
            }
            if (lower != null && upper != null && (lower.compareTo(upper) > 0
                    || lower.compareTo(upper) == 0 && !(lowerInclusive && upperInclusive))) {
                throw new IllegalArgumentException("no value is within " + lower + " and " + upper);
            }
            unit = unit == null ? "" : unit;
            method = method == null ? "" : method;
        }

        /** One bound without a unit: {@code atLeast} true for a lower bound, false for an upper one. */
        public Threshold(String quantity, java.math.BigDecimal bound, boolean atLeast, boolean inclusive) {
            this(quantity, atLeast ? bound : null, atLeast && inclusive, atLeast ? null : bound, !atLeast && inclusive, "", "");
        }
    }

    /**
     * An event within a span before the date of service, such as quitting smoking within 15 years.
     *
     * @param inclusive whether an event exactly {@code within} before the date of service counts
     * @param anchor the event the window counts back from instead of the date of service (its
     *     latest on or before the date of service), or empty
     */
    public record Since(String event, TimeSpan within, boolean inclusive, String anchor) implements Test {
        public Since {
            anchor = anchor == null ? "" : anchor;
        }

        /** An event within a span before the date of service. */
        public Since(String event, TimeSpan within, boolean inclusive) {
            this(event, within, inclusive, "");
        }
    }

    /**
     * At most one service of the guideline's codes per span: not met when the request states a
     * prior service of a code in force, dated before the date of service and less than {@code per}
     * before it (one exactly {@code per} before does not count against it).
     */
    public record Frequency(TimeSpan per) implements Test {}

    /** A diagnosis on the request that falls in the named ICD-10-CM list. */
    public record Diagnosis(String list) implements Test {}

    /**
     * A therapy the member has tried, stated in the request: of the drugs the filter admits, with
     * the outcome (or any when null), lasting at least (or more than) {@code duration} when given.
     *
     * @param inclusive whether a trial of exactly {@code duration} counts ({@code atLeast}) or not ({@code moreThan})
     * @param total whether the days of every matching therapy add up, rather than one trial lasting long enough
     * @param outcome the therapy outcome required, upper case (such as {@code FAILURE}), or null for any
     * @param distinct how many different therapies (different drugs, or different classes for therapies
     *     stated by class alone) must each meet the outcome and length, as in "at least two different
     *     antihistamines"; 0 when one suffices
     */
    public record Tried(TherapyFilter filter, TimeSpan duration, boolean inclusive, boolean total, String outcome, int distinct)
            implements Test {
        public Tried {
            if (distinct < 0) {
                throw new IllegalArgumentException("a count of different therapies is not negative");
            }
        }

        /** One trial suffices. */
        public Tried(TherapyFilter filter, TimeSpan duration, boolean inclusive, boolean total, String outcome) {
            this(filter, duration, inclusive, total, outcome, 0);
        }

        /** How many different therapies must each meet the criterion: 1 unless {@code distinct} says more. */
        public int needed() {
            return Math.max(1, distinct);
        }
    }

    /** A therapy the member is on on the date of service: started on or before it, not ended before it. */
    public record Taking(TherapyFilter filter) implements Test {}

    /**
     * A cap on therapy days: met while the days of matching therapy before the date of service are
     * fewer than {@code limit}, over the member's lifetime or, with {@code per}, within that span.
     */
    public record Cap(TherapyFilter filter, TimeSpan limit, TimeSpan per) implements Test {}

    /**
     * A service that must come before this one, with the elements its record must document.
     *
     * @param service the prerequisite's id, such as {@code counseling-visit}, which orders name as their visit
     */
    public record Prerequisite(String service, String system, String code, java.util.List<Element> elements) implements Test {
        public Prerequisite {
            elements = java.util.List.copyOf(elements);
        }
    }

    /** An element a prerequisite's record must document. */
    public record Element(String id, String text, SourceRef at) implements java.io.Serializable {}

    /**
     * An order for the service on or before the date of service.
     *
     * @param written whether the order must be written
     * @param during the prerequisite visit the order must be given during, or null for any visit
     * @param byPractitioner whether the order must name who gave it (a physician or a qualified
     *     non-physician practitioner)
     */
    public record Ordered(boolean written, String during, boolean byPractitioner) implements Test {}

    public MemberCriterion {
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("a criterion id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(test, "a member criterion needs its test");
        text = text == null ? "" : text;
        reading = reading == null ? "" : reading;
        validity = validity == null ? Validity.ALWAYS : validity;
        unstated = unstated == null ? "" : unstated;
        if (!unstated.isEmpty() && !unstated.equals(ABSENT) && !unstated.equals(UNKNOWN)) {
            throw new IllegalArgumentException("unstated is absent or unknown, got " + unstated);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.member(this);
    }
}
