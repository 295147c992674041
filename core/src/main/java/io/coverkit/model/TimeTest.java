package io.coverkit.model;

/**
 * Member criteria about time (issue 17, families 3 and 7): an event relative to another date
 * ({@code occurred}), how long a therapy lasted ({@code lasted}), adherence computed from dated
 * observations ({@code adherence}), events counted in a window ({@code count}) and when the latest
 * measurement was taken ({@code measured}), and the change of a measurement from a baseline ({@code trend}).
 *
 * <p>Day counting, for every test here: a date carries no time of day, and a span is counted from
 * the anchor's own day, which is day 0. "31 days after" an anchor on 2024-01-20 is 2024-02-20, "the
 * 31st day after" it. An event on the anchor's own day is 0 days before and 0 days after it, so it
 * meets a window with no lower bound (or {@code atLeast: 0.days}); {@code moreThan: 0.days} asks
 * for a strictly earlier (or later) day.
 */
public sealed interface TimeTest extends MemberCriterion.Test
        permits TimeTest.Occurred, TimeTest.Lasted, TimeTest.Adherence, TimeTest.Count, TimeTest.Measured,
                TimeTest.Trend {

    /** The test in words, for diffs, renderings and explanations (see {@link MemberCriteria#describe}). */
    String describe();

    /** An event's place against an anchor in words, such as {@code re-evaluation on day 31 to day 91 after pap-start}. */
    private static String relation(String what, Ref anchor, boolean before, Window w) {
        String window = w.days();
        String side = (before ? "before " : "after ") + anchor.describe();
        return what + (window.isEmpty() ? " " : window.startsWith("day ") ? " on " + window + " " : " " + window + " ") + side;
    }

    /**
     * A dated thing a request states, which time tests relate: written in a policy as
     * {@code 'service'} (the date of service), an event code ({@code 'pap-start'}), {@code
     * 'prior:CODE'} (a prior service of a procedure code) or {@code 'therapy:ID'} (the start of a
     * therapy of a drug or class id).
     */
    record Ref(Kind kind, String code) implements java.io.Serializable {

        /** Where the request states it. */
        public enum Kind {
            /** The request's date of service. */
            SERVICE,
            /** An event of {@code events}, by code. */
            EVENT,
            /** A prior service of {@code priorServices}, by procedure code. */
            PRIOR_SERVICE,
            /** The start of a therapy of {@code therapies}, by drug or class id. */
            THERAPY
        }

        public Ref {
            java.util.Objects.requireNonNull(kind, "a reference needs its kind");
            code = kind == Kind.SERVICE ? "" : java.util.Objects.requireNonNull(code, "a reference needs its code");
        }

        /** The date of service. */
        public static final Ref SERVICE = new Ref(Kind.SERVICE, "");

        /** The reference as a policy writes it, such as {@code prior:95810}. */
        public String written() {
            return switch (kind) {
                case SERVICE -> "service";
                case EVENT -> code;
                case PRIOR_SERVICE -> "prior:" + code;
                case THERAPY -> "therapy:" + code;
            };
        }

        /** In words, such as {@code the date of service} or {@code the start of cpap}. */
        public String describe() {
            return switch (kind) {
                case SERVICE -> "the date of service";
                case EVENT -> code;
                case PRIOR_SERVICE -> "prior service " + code;
                case THERAPY -> "the start of " + code;
            };
        }
    }

    /**
     * How far from an anchor a date may be: a lower and an upper span, either left out. A left-out
     * lower bound is 0 days, inclusive (the anchor's own day counts); a left-out upper bound is
     * none.
     */
    record Window(TimeSpan lower, boolean lowerInclusive, TimeSpan upper, boolean upperInclusive)
            implements java.io.Serializable {

        /** No bound: any distance on the right side of the anchor, its own day included. */
        public static final Window ANY = new Window(null, true, null, true);

        /** In words, such as {@code at least 31 days and at most 91 days}, or empty for no bound. */
        public String describe() {
            String lo = lower == null ? "" : (lowerInclusive ? "at least " : "more than ") + lower.describe();
            String hi = upper == null ? "" : (upperInclusive ? "at most " : "less than ") + upper.describe();
            return lo.isEmpty() ? hi : hi.isEmpty() ? lo : lo + " and " + hi;
        }

        /**
         * The window as a range of days, such as {@code day 31 to day 91}, when both bounds are
         * inclusive and in days; otherwise {@link #describe()}.
         */
        public String days() {
            if (lower != null && upper != null && lowerInclusive && upperInclusive
                    && lower.unit() == TimeSpan.Unit.DAYS && upper.unit() == TimeSpan.Unit.DAYS) {
                return "day " + lower.amount() + " to day " + upper.amount();
            }
            return describe();
        }
    }

    /**
     * An event relative to an anchor: met when the request states an occurrence of {@code event}, on
     * or before the date of service, whose distance {@code before} (or after) the anchor's date is
     * within the window. The anchor is its latest occurrence on or before the date of service.
     * Unknown when the request states no occurrence of the event or none of the anchor.
     */
    record Occurred(Ref event, Ref anchor, boolean before, Window window) implements TimeTest {
        @Override
        public String describe() {
            return TimeTest.relation(event.describe(), anchor, before, window);
        }
    }

    /**
     * How long a therapy lasted: met when a therapy of {@code therapy} (a drug or class id as the
     * request states it) started on or before the date of service and lasted the span: its days run
     * from its start through its end, both counted, and an ongoing therapy (or one ending later)
     * counts through the date of service. Unknown when the request states no such therapy.
     */
    record Lasted(String therapy, TimeSpan span, boolean inclusive) implements TimeTest {
        @Override
        public String describe() {
            return therapy + " lasted " + (inclusive ? "at least " : "more than ") + span.describe();
        }
    }

    /**
     * Adherence from dated observations of one code, such as nightly hours of use: met when, within
     * the first {@code period} from the anchor's day (day 0 is the first day of the period), some
     * run of {@code windowDays} consecutive days lies whole in the period and holds at least the days
     * needed on which the day's observations add up to at least {@code perDay}. A day without an
     * observation counts as a day without use. Unknown when the anchor is not stated or no
     * observation of the code is stated at all.
     *
     * @param percent the share of the run's days needed, 1 to 100, or null when {@code days} is given
     * @param days the number of the run's days needed, or null when {@code percent} is given
     * @param unit the unit {@code perDay} is in, or empty; an observation stated in another unit is not compared
     */
    record Adherence(String code, java.math.BigDecimal perDay, Integer percent, Integer days, int windowDays,
            TimeSpan period, Ref anchor, String unit) implements TimeTest {
        public Adherence {
            unit = unit == null ? "" : unit;
            if ((percent == null) == (days == null)) {
                throw new IllegalArgumentException("adherence needs a percent of days or a number of days, not both");
            }
        }

        /** The days of a run that must meet {@code perDay}: a percent is rounded up to whole days. */
        public int daysNeeded() {
            return days != null ? days : (percent * windowDays + 99) / 100;
        }

        @Override
        public String describe() {
            return code + " at least " + perDay.stripTrailingZeros().toPlainString() + (unit.isEmpty() ? "" : " " + unit)
                    + " on " + (percent != null ? percent + "% of days (" + daysNeeded() + ")" : days + " days")
                    + " in any " + windowDays + " consecutive days within the first " + period.describe() + " from "
                    + anchor.describe();
        }
    }

    /**
     * A count of occurrences in a window: met when the occurrences of {@code event} dated within
     * {@code within} before the anchor's date (both ends counted), up to the anchor, number at least
     * {@code atLeast} and at most {@code atMost} (either may be null). Unknown when the anchor is not
     * stated, or when the request states no occurrence of the event at all.
     */
    record Count(Ref event, Integer atLeast, Integer atMost, TimeSpan within, Ref anchor) implements TimeTest {
        public Count {
            if (atLeast == null && atMost == null) {
                throw new IllegalArgumentException("a count needs atLeast, atMost or both");
            }
        }

        @Override
        public String describe() {
            String bounds = atLeast != null && atMost != null ? (atLeast.equals(atMost) ? "exactly " + atLeast : atLeast + " to " + atMost)
                    : atLeast != null ? "at least " + atLeast : "at most " + atMost;
            return bounds + " " + event.describe() + " within " + within.describe() + " before " + anchor.describe();
        }
    }

    /**
     * When the latest observation of {@code code} (on or before the date of service, the one a
     * {@code quantity} criterion compares) was taken: met when it is dated within the window
     * {@code before} (or after) the anchor. Unknown when no dated observation of the code or no
     * anchor is stated.
     */
    record Measured(String code, Ref anchor, boolean before, Window window) implements TimeTest {
        @Override
        public String describe() {
            return TimeTest.relation("latest " + code + " measured", anchor, before, window);
        }
    }

    /**
     * The change of a measurement from its baseline: met when the latest dated observation of
     * {@code code} on or before the date of service is later than the baseline and lower ({@code
     * falling}) or higher than it by at least (or more than) {@code by}. The baseline is the latest
     * observation on or before the anchor's day, or the earliest observation when there is no
     * anchor. Unknown when either observation is missing or they are in different units.
     *
     * @param by the least change, 0 for any change in the direction (then {@code inclusive} is false)
     * @param baseline the anchor the baseline is taken on or before, or null for the earliest observation
     */
    record Trend(String code, boolean falling, java.math.BigDecimal by, boolean inclusive, Ref baseline) implements TimeTest {
        @Override
        public String describe() {
            String change = by.signum() == 0 && !inclusive ? (falling ? "lower" : "higher")
                    : (falling ? "lower by " : "higher by ") + (inclusive ? "at least " : "more than ") + by.stripTrailingZeros().toPlainString();
            return "latest " + code + " " + change + " than "
                    + (baseline == null ? "the first measured" : "the one measured on or before " + baseline.describe());
        }
    }
}
