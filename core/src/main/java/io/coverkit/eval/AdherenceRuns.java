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
 * Adherence from dated observations ({@code adherence}): the best run of {@code windowDays}
 * consecutive days that lies whole in the period, counted in days whose observations add up to at
 * least the per-day amount. A day without an observation is a day without use.
 *
 * <p>Cost: one pass over the request's observations, collecting the n that fall in the period into
 * one {@code long[]} (day and position packed together); a sort only when they are not already in
 * date order; then one pass to add up each day and one two-pointer pass over the days that meet the
 * amount: O(n) for observations in date order, O(n log n) otherwise, and one array of at most the
 * request's observation count per decision. Deciding with a year of nightly records (365
 * observations; AdherenceBenchmark, {@code bench/run --only series}, 3 forks x 5 iterations):
 * median 18.8 us per full determination and 16.3 us outcome-only for L33718's 3-month period, 20.9
 * and 29.6 us when all 365 records fall in a 12-month period, 21.2 to 43.5 us with the records
 * shuffled; 2,936 bytes allocated per outcome (the one array). Measured on 2 cores at a load average
 * of about 20 (five other builds running), so these are upper bounds.
 */
final class AdherenceRuns {
    private AdherenceRuns() {}

    /** The anchor is not stated. */
    static final long NO_ANCHOR = -1;
    /** No observation of the code is stated. */
    static final long NO_RECORDS = -2;
    /** An observation of the code is stated in a unit other than the criterion's. */
    static final long OTHER_UNIT = -3;

    /**
     * The best run: {@code days met << 32 | first day of the run - first day of the period}, or
     * one of {@link #NO_ANCHOR}, {@link #NO_RECORDS}, {@link #OTHER_UNIT}.
     */
    static long best(TimeTest.Adherence a, CoverageRequest request, RevisionContext context) {
        int anchorAt = DatedRefs.latest(a.anchor(), request, context);
        if (anchorAt < 0) {
            return NO_ANCHOR;
        }
        LocalDate anchor = DatedRefs.dateAt(a.anchor(), request, anchorAt);
        long first = anchor.toEpochDay();
        // The period holds the anchor's day (day 0) and ends the day before `period` after it.
        LocalDate end = a.period().after(anchor);
        long last = end.toEpochDay() - 1;
        LocalDate dos = request.dateOfService();
        List<Observation> observations = request.observations();
        long[] inPeriod = new long[observations.size()];
        int n = 0;
        boolean stated = false;
        boolean sorted = true;
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (!o.code().equals(a.code())) {
                continue;
            }
            if (!a.unit().isEmpty() && !o.unit().isEmpty() && !o.unit().equals(a.unit())) {
                return OTHER_UNIT;
            }
            if (o.date() == null) {
                continue;
            }
            LocalDate date = o.date();
            if (date.isAfter(dos)) {
                continue;
            }
            stated = true;
            // Dates compared first: most of a year of records lies outside a 3-month period.
            if (!date.isBefore(anchor) && date.isBefore(end)) {
                // INVARIANT: epoch days of dates coverkit reads (DateText.RANGE) fit in an int.
                long packed = (date.toEpochDay() << 32) | i;
                sorted &= n == 0 || packed > inPeriod[n - 1];
                inPeriod[n++] = packed;
            }
        }
        if (!stated) {
            return NO_RECORDS;
        }
        if (!sorted) {
            java.util.Arrays.sort(inPeriod, 0, n);
        }
        int good = usedDays(a, observations, inPeriod, n);
        return run(inPeriod, good, first, last, a.windowDays());
    }

    /**
     * Replaces the first entries of {@code packed} with the days (epoch days, ascending, distinct)
     * whose observations add up to at least the per-day amount; returns how many there are.
     */
    private static int usedDays(TimeTest.Adherence a, List<Observation> observations, long[] packed, int n) {
        int good = 0;
        int k = 0;
        while (k < n) {
            long day = packed[k] >> 32;
            BigDecimal value = observations.get((int) packed[k]).value();
            k++;
            // Several observations of one day (sessions of one night) add up; one needs no addition.
            while (k < n && packed[k] >> 32 == day) {
                value = value.add(observations.get((int) packed[k]).value());
                k++;
            }
            if (value.compareTo(a.perDay()) >= 0) {
                packed[good++] = day;
            }
        }
        return good;
    }

    /**
     * The run of {@code window} days inside [first, last] holding the most of the {@code count}
     * days: for each day, the run starting there (or the last run of the period, when one starting
     * there would end past it); both ends only move forward, so the pass is linear.
     */
    private static long run(long[] days, int count, long first, long last, int window) {
        long latestStart = last - window + 1;
        if (latestStart < first) {
            return 0;
        }
        int bestCount = 0;
        long bestStart = first;
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < count; i++) {
            long start = Math.min(days[i], latestStart);
            long end = start + window - 1;
            while (lo < count && days[lo] < start) {
                lo++;
            }
            while (hi < count && days[hi] <= end) {
                hi++;
            }
            if (hi - lo > bestCount) {
                bestCount = hi - lo;
                bestStart = start;
            }
        }
        return ((long) bestCount << 32) | (bestStart - first);
    }

    static Truth truth(TimeTest.Adherence a, CoverageRequest request, RevisionContext context) {
        long best = best(a, request, context);
        return best < 0 ? Truth.UNKNOWN : (int) (best >>> 32) >= a.daysNeeded() ? Truth.MET : Truth.NOT_MET;
    }

    static Judgement judge(TimeTest.Adherence a, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        long best = best(a, request, context);
        if (best == NO_ANCHOR) {
            return new Judgement(Truth.UNKNOWN, "no " + a.anchor().describe() + " on or before " + dos + " is stated",
                    new Evidence(DatedRefs.list(a.anchor()), a.anchor().written(), null));
        }
        if (best == NO_RECORDS) {
            return new Judgement(Truth.UNKNOWN, "no dated `" + a.code() + "` observation on or before " + dos + " is stated",
                    new Evidence("observations", a.code(), null));
        }
        if (best == OTHER_UNIT) {
            return new Judgement(Truth.UNKNOWN, "`" + a.code() + "` is stated in another unit than " + a.unit()
                    + "; state it in " + a.unit(), new Evidence("observations", a.code(), null));
        }
        LocalDate anchor = DatedRefs.dateAt(a.anchor(), request, DatedRefs.latest(a.anchor(), request, context));
        int used = (int) (best >>> 32);
        LocalDate from = anchor.plusDays(best & 0xffffffffL);
        LocalDate to = from.plusDays(a.windowDays() - 1L);
        int needed = a.daysNeeded();
        boolean met = used >= needed;
        String amount = a.perDay().stripTrailingZeros().toPlainString() + (a.unit().isEmpty() ? "" : " " + a.unit());
        String need = a.percent() != null ? needed + " needed: " + a.percent() + "% of " + a.windowDays()
                : needed + " needed";
        String anchorWords = a.anchor().kind() == io.coverkit.model.TimeTest.Ref.Kind.SERVICE
                ? "the date of service, " + anchor : a.anchor().describe() + " on " + anchor;
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, "the best run of " + a.windowDays() + " days in the first "
                + a.period().describe() + " from " + anchorWords + ", " + from + " to " + to + ", has " + used
                + (used == 1 ? " day" : " days") + " with " + a.code() + " at least " + amount + " (" + need + ")"
                + "; a day without a record counts as a day without use",
                new Evidence("observations", a.code() + " on " + used + " of " + a.windowDays() + " days", from));
    }
}
