package io.coverkit.eval;

import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.MemberCriterion;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Observation;
import java.math.BigDecimal;

/**
 * The value a {@link MemberCriterion.Threshold} compares, read from the request: the latest
 * observation of its quantity (of its method, when it names one), in the threshold's unit, or the
 * product or ratio of two observations the position statement derives it from.
 *
 * <p>Precision: every value and bound is an exact {@link BigDecimal}, and nothing is rounded. A
 * ratio is never divided to be compared: {@code a / b} against a bound {@code x} is {@code a}
 * against {@code x * b} (b is positive), so 1/3 compares exactly. A unit is converted only where
 * the conversion is exact: a fraction ({@code 1}) and a percentage ({@code %}) differ by a factor of
 * 100, and {@code mmHg} is written {@code mm[Hg]} in UCUM. Any other unit is not compared, and the
 * criterion is unknown with a reason, never guessed.
 *
 * <p>One class serves both paths: {@link #measure} finds the value without words, and the judge
 * asks {@link #why} only when the measure failed.
 */
final class Measures {
    private Measures() {}

    /** Why a quantity could not be measured; {@link #MEASURED} when it could. */
    enum Problem {
        MEASURED,
        /** No observation of the quantity (or of a factor of a derived one) is stated. */
        NOT_STATED,
        /** Observations are stated, none with the method the criterion names. */
        OTHER_METHOD,
        /** The latest observation is in a unit that does not convert exactly to the bound's. */
        UNIT,
        /** A ratio's denominator is zero or negative. */
        DIVISOR
    }

    /**
     * A measured value: {@code numerator}, divided by {@code denominator} when that is not null
     * (a ratio, never divided); the observation read, for evidence, when the value is one.
     */
    record Measure(Problem problem, BigDecimal numerator, BigDecimal denominator, Observation observation, int index) {

        /** Compares the value with {@code bound}, exactly: negative, zero or positive. */
        int compareTo(BigDecimal bound) {
            return denominator == null ? numerator.compareTo(bound) : numerator.compareTo(bound.multiply(denominator));
        }

        /** The value as a reader sees it: {@code 0.3}, or {@code 2/3} for a ratio that does not end. */
        String shown() {
            if (denominator == null) {
                return plain(numerator);
            }
            try {
                return plain(numerator.divide(denominator));
            } catch (ArithmeticException endless) {
                return plain(numerator) + "/" + plain(denominator);
            }
        }
    }

    private static final Measure NOT_STATED = new Measure(Problem.NOT_STATED, null, null, null, -1);
    private static final Measure OTHER_METHOD = new Measure(Problem.OTHER_METHOD, null, null, null, -1);
    private static final Measure DIVISOR = new Measure(Problem.DIVISOR, null, null, null, -1);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The value {@code t} compares, or the problem that kept it from being measured. */
    static Measure measure(MemberCriterion.Threshold t, CoverageRequest request, RevisionContext context) {
        for (DerivedQuantity d : context.derived()) {
            if (d.name().equals(t.quantity())) {
                return derived(d, t.method(), request);
            }
        }
        int index = latest(t.quantity(), t.method(), request);
        if (index < 0) {
            return index == -2 ? OTHER_METHOD : NOT_STATED;
        }
        Observation o = request.observations().get(index);
        BigDecimal value = inUnit(o.value(), o.unit(), t.unit());
        return value == null ? new Measure(Problem.UNIT, null, null, o, index) : new Measure(Problem.MEASURED, value, null, o, index);
    }

    private static Measure derived(DerivedQuantity d, String method, CoverageRequest request) {
        int a = latest(d.factor(), method, request);
        int b = latest(d.otherFactor(), method, request);
        if (a < 0 || b < 0) {
            return a == -2 || b == -2 ? OTHER_METHOD : NOT_STATED;
        }
        BigDecimal x = request.observations().get(a).value();
        BigDecimal y = request.observations().get(b).value();
        if (!d.ratio()) {
            return new Measure(Problem.MEASURED, x.multiply(y), null, null, -1);
        }
        return y.signum() <= 0 ? DIVISOR : new Measure(Problem.MEASURED, x, y, null, -1);
    }

    /**
     * The index of the latest observation of {@code code} on or before the date of service (undated
     * ones count as current) stating {@code method} when it is not empty; -1 when none of the code
     * is stated, -2 when some are but none of that method.
     */
    static int latest(String code, String method, CoverageRequest request) {
        int best = -1;
        boolean ofCode = false;
        for (int i = 0; i < request.observations().size(); i++) {
            Observation o = request.observations().get(i);
            if (!o.code().equals(code) || (o.date() != null && o.date().isAfter(request.dateOfService()))) {
                continue;
            }
            ofCode = true;
            if (!method.isEmpty() && !method.equals(o.method())) {
                continue;
            }
            if (best < 0 || (o.date() != null && (request.observations().get(best).date() == null
                    || o.date().isAfter(request.observations().get(best).date())))) {
                best = i;
            }
        }
        return best < 0 && ofCode && !method.isEmpty() ? -2 : best;
    }

    /**
     * {@code value} stated in {@code from}, in unit {@code to}; null when it does not convert
     * exactly. An empty unit on either side compares the value as stated (the request contract v2
     * made a unit optional, and a bound without one takes the value as it is).
     */
    static BigDecimal inUnit(BigDecimal value, String from, String to) {
        if (from.isEmpty() || to.isEmpty() || same(from, to)) {
            return value;
        }
        if (from.equals("1") && to.equals("%")) {
            return value.multiply(HUNDRED);
        }
        if (from.equals("%") && to.equals("1")) {
            return value.movePointLeft(2);
        }
        return null;
    }

    /** True when two unit texts name the same unit: equal, or {@code mmHg} for UCUM's {@code mm[Hg]}. */
    static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String unit) {
        return unit.equals("mmHg") ? "mm[Hg]" : unit;
    }

    /** True when {@code m} is within the threshold's bounds. */
    static boolean admits(MemberCriterion.Threshold t, Measure m) {
        if (t.lower() != null) {
            int c = m.compareTo(t.lower());
            if (t.lowerInclusive() ? c < 0 : c <= 0) {
                return false;
            }
        }
        if (t.upper() != null) {
            int c = m.compareTo(t.upper());
            return t.upperInclusive() ? c <= 0 : c < 0;
        }
        return true;
    }

    /** Why a value is outside the bounds, such as {@code under 5} or {@code not under 15}; empty when within. */
    static String outside(MemberCriterion.Threshold t, Measure m) {
        if (t.lower() != null) {
            int c = m.compareTo(t.lower());
            if (t.lowerInclusive() ? c < 0 : c <= 0) {
                return (t.lowerInclusive() ? "under " : "not over ") + plain(t.lower());
            }
        }
        if (t.upper() != null) {
            int c = m.compareTo(t.upper());
            if (t.upperInclusive() ? c > 0 : c >= 0) {
                return (t.upperInclusive() ? "over " : "not under ") + plain(t.upper());
            }
        }
        return "";
    }

    /** A number as written in a policy: no exponent, no trailing zeros after the point. */
    static String plain(BigDecimal n) {
        return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    }
}
