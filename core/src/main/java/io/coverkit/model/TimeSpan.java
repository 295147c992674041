package io.coverkit.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A calendar length such as six months, written {@code 6.months} in a policy.
 *
 * <p>Calendar arithmetic follows java.time: six months before 2026-08-31 is 2026-02-28.
 *
 * <p>A span is at most {@value #MAX_YEARS} years in any unit ({@link Unit#maximum()}), so a span
 * added to or taken from any date coverkit reads ({@link DateText#RANGE}) is a real day.
 */
public record TimeSpan(int amount, Unit unit) implements Serializable {

    /** The longest span, in years; each unit's maximum is this many years of it. */
    public static final int MAX_YEARS = 200;

    /** Calendar units a policy may use, each with the most of it a span may hold. */
    public enum Unit {
        DAYS(73_000),
        WEEKS(10_400),
        MONTHS(2_400),
        YEARS(MAX_YEARS);

        private final int maximum;

        Unit(int maximum) {
            this.maximum = maximum;
        }

        /** The most of this unit a span may hold: about {@value TimeSpan#MAX_YEARS} years. */
        public int maximum() {
            return maximum;
        }

        /** The unit's name as a policy writes it, such as {@code days}. */
        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TimeSpan {
        if (amount < 0) {
            throw new IllegalArgumentException("a time span cannot be negative, got " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a time span needs a unit");
        }
        if (amount > unit.maximum()) {
            throw new IllegalArgumentException("a time span is at most " + unit.maximum() + " " + unit.written()
                    + ", got " + amount);
        }
    }

    /** The date this span before {@code date}. */
    public LocalDate before(LocalDate date) {
        return switch (unit) {
            case DAYS -> date.minusDays(amount);
            case WEEKS -> date.minusWeeks(amount);
            case MONTHS -> date.minusMonths(amount);
            case YEARS -> date.minusYears(amount);
        };
    }

    /** The date this span after {@code date}. */
    public LocalDate after(LocalDate date) {
        return switch (unit) {
            case DAYS -> date.plusDays(amount);
            case WEEKS -> date.plusWeeks(amount);
            case MONTHS -> date.plusMonths(amount);
            case YEARS -> date.plusYears(amount);
        };
    }

    // Written out rather than generated: a record's generated equals and hashCode are bound through
    // method handles on first call, which a short command deciding one request felt (about ten
    // milliseconds) for a comparison of two fields.
    @Override
    public boolean equals(Object other) {
        return other instanceof TimeSpan span && span.amount == amount && span.unit == unit;
    }

    @Override
    public int hashCode() {
        return 31 * amount + unit.hashCode();
    }

    /** Plain-language form, such as {@code 6 months} or {@code 1 day}. */
    public String describe() {
        String name = unit.name().toLowerCase(java.util.Locale.ROOT);
        return amount + " " + (amount == 1 ? name.substring(0, name.length() - 1) : name);
    }
}
