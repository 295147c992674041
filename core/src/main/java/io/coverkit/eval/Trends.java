package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.TimeTest;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The judge and screen of {@code trend}: the latest observation of a code against its baseline.
 * One pass over the observations finds both; the judge words what the screen decided.
 */
final class Trends {
    private Trends() {}

    /** The baseline's anchor is not stated. */
    static final long NO_ANCHOR = -1;
    /** No baseline, or no observation after it. */
    static final long NO_PAIR = -2;
    /** The two are in different units. */
    static final long OTHER_UNIT = -3;

    /**
     * The baseline's and the latest observation's positions ({@code baseline << 32 | latest}), or
     * {@link #NO_ANCHOR}, {@link #NO_PAIR} or {@link #OTHER_UNIT}. Undated observations are not placed.
     */
    static long pair(TimeTest.Trend t, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        LocalDate anchor = null;
        if (t.baseline() != null) {
            int a = DatedRefs.latest(t.baseline(), request, context);
            if (a < 0) {
                return NO_ANCHOR;
            }
            anchor = DatedRefs.dateAt(t.baseline(), request, a);
        }
        List<Observation> observations = request.observations();
        int baseline = -1;
        int latest = -1;
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (!o.code().equals(t.code()) || o.date() == null || o.date().isAfter(dos)) {
                continue;
            }
            if (latest < 0 || !o.date().isBefore(observations.get(latest).date())) {
                latest = i;
            }
            // With an anchor: the latest on or before its day; without: the earliest of all.
            if (anchor != null ? !o.date().isAfter(anchor) && (baseline < 0 || !o.date().isBefore(observations.get(baseline).date()))
                    : baseline < 0 || o.date().isBefore(observations.get(baseline).date())) {
                baseline = i;
            }
        }
        if (baseline < 0 || latest < 0 || !observations.get(latest).date().isAfter(observations.get(baseline).date())) {
            return NO_PAIR;
        }
        String u1 = observations.get(baseline).unit();
        String u2 = observations.get(latest).unit();
        if (!u1.isEmpty() && !u2.isEmpty() && !u1.equals(u2)) {
            return OTHER_UNIT;
        }
        return ((long) baseline << 32) | latest;
    }

    /** The change from the baseline, in the direction the trend asks for (positive when it went that way). */
    private static BigDecimal change(TimeTest.Trend t, Observation baseline, Observation latest) {
        BigDecimal d = latest.value().subtract(baseline.value());
        return t.falling() ? d.negate() : d;
    }

    private static boolean met(TimeTest.Trend t, BigDecimal change) {
        int c = change.compareTo(t.by());
        return t.inclusive() ? c >= 0 : c > 0;
    }

    static Truth truth(TimeTest.Trend t, CoverageRequest request, RevisionContext context) {
        long pair = pair(t, request, context);
        if (pair < 0) {
            return Truth.UNKNOWN;
        }
        List<Observation> o = request.observations();
        return met(t, change(t, o.get((int) (pair >>> 32)), o.get((int) pair))) ? Truth.MET : Truth.NOT_MET;
    }

    static Judgement judge(TimeTest.Trend t, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        long pair = pair(t, request, context);
        if (pair == NO_ANCHOR) {
            return new Judgement(Truth.UNKNOWN, "no " + t.baseline().describe() + " on or before " + dos + " is stated",
                    new Evidence(DatedRefs.list(t.baseline()), t.baseline().written(), null));
        }
        if (pair == NO_PAIR) {
            return new Judgement(Truth.UNKNOWN, "no two dated `" + t.code() + "` observations (a baseline"
                    + (t.baseline() == null ? "" : " on or before " + t.baseline().describe()) + " and a later one, on or before "
                    + dos + ") are stated", new Evidence("observations", t.code(), null));
        }
        if (pair == OTHER_UNIT) {
            return new Judgement(Truth.UNKNOWN, "`" + t.code() + "` is stated in two units; state both in one",
                    new Evidence("observations", t.code(), null));
        }
        List<Observation> o = request.observations();
        Observation baseline = o.get((int) (pair >>> 32));
        Observation latest = o.get((int) pair);
        BigDecimal change = change(t, baseline, latest);
        boolean met = met(t, change);
        String unit = latest.unit().isEmpty() ? baseline.unit() : latest.unit();
        String moved = change.signum() == 0 ? "unchanged" : (change.signum() > 0) == t.falling() ? "down " : "up ";
        String by = change.signum() == 0 ? "" : change.abs().stripTrailingZeros().toPlainString() + (unit.isEmpty() ? "" : " " + unit);
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, t.code() + " " + plain(latest) + " on " + latest.date() + " is " + moved
                + by + " from " + plain(baseline) + " on " + baseline.date() + (met ? ", as required: " : "; required: ")
                + required(t), new Evidence("observations[" + (int) pair + "]", t.code() + " = " + plain(latest), latest.date()));
    }

    private static String plain(Observation o) {
        return o.value().stripTrailingZeros().toPlainString();
    }

    private static String required(TimeTest.Trend t) {
        String direction = t.falling() ? "lower" : "higher";
        return t.by().signum() == 0 && !t.inclusive() ? direction
                : direction + " by " + (t.inclusive() ? "at least " : "more than ") + t.by().stripTrailingZeros().toPlainString();
    }
}
