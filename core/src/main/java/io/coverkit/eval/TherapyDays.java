package io.coverkit.eval;

import io.coverkit.model.Drug;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.MemberCriterion.TherapyFilter;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How therapy criteria count days. A therapy's days run from its start through its end, both
 * inclusive; an ongoing therapy, or one that ends later, counts through the day before the date of
 * service, because days from then on have not happened when the request is decided.
 */
public final class TherapyDays {
    private TherapyDays() {}

    /** The therapy's last counted day, or null when it starts on or after the date of service. */
    static LocalDate lastCounted(Therapy t, LocalDate dos) {
        LocalDate dayBefore = dos.minusDays(1);
        if (t.start().isAfter(dayBefore)) {
            return null;
        }
        return t.end() == null || t.end().isAfter(dayBefore) ? dayBefore : t.end();
    }

    /** The days of one therapy counted before the date of service. */
    static long days(Therapy t, LocalDate dos) {
        LocalDate last = lastCounted(t, dos);
        return last == null ? 0 : ChronoUnit.DAYS.between(t.start(), last) + 1;
    }

    /**
     * The distinct days of the matching therapies from {@code notBefore} (inclusive, or unbounded
     * when null) to the day before the date of service; overlapping therapies count a day once.
     */
    static long totalDays(List<Therapy> matching, LocalDate dos, LocalDate notBefore) {
        int[] all = new int[matching.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return totalDays(matching, all, all.length, dos, notBefore);
    }

    /**
     * {@link #totalDays(List, LocalDate, LocalDate)} over the therapies at the first {@code count}
     * of {@code indexes}. Spans are packed as epoch days into one long each (first day high, last
     * day low) and sorted as longs: the osteoporosis benchmark (GuidelineBenchmark) spent a sixth of
     * a decision sorting LocalDate pairs with a comparator and counting with ChronoUnit.
     */
    static long totalDays(List<Therapy> therapies, int[] indexes, int count, LocalDate dos, LocalDate notBefore) {
        long dayBefore = dos.toEpochDay() - 1;
        long floor = notBefore == null ? Long.MIN_VALUE : notBefore.toEpochDay();
        long[] spans = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            Therapy t = therapies.get(indexes[k]);
            long start = t.start().toEpochDay();
            if (start > dayBefore) {
                continue;
            }
            long last = t.end() == null ? dayBefore : Math.min(t.end().toEpochDay(), dayBefore);
            long first = Math.max(start, floor);
            if (first <= last) {
                // INVARIANT: epoch days of dates coverkit reads (DateText.RANGE) fit in an int.
                spans[n++] = (first << 32) | (last & 0xffffffffL);
            }
        }
        java.util.Arrays.sort(spans, 0, n);
        long total = 0;
        long coveredThrough = Long.MIN_VALUE;
        for (int k = 0; k < n; k++) {
            long first = spans[k] >> 32;
            long last = (int) spans[k];
            long from = Math.max(first, coveredThrough == Long.MIN_VALUE ? first : coveredThrough + 1);
            if (from <= last) {
                total += last - from + 1;
            }
            coveredThrough = Math.max(coveredThrough, last);
        }
        return total;
    }

    /**
     * The indexes of the therapies the filter admits, in request order, in the first
     * {@link Matches#count} places of {@link Matches#indexes}: ints, not a list of boxed indexes.
     */
    static Matches matching(TherapyFilter filter, CoverageRequest request, RevisionContext context) {
        Drug requested = context.requestedDrug(request);
        List<Therapy> therapies = request.therapies();
        int[] out = new int[therapies.size()];
        int n = 0;
        for (int i = 0; i < therapies.size(); i++) {
            if (admits(filter, therapies.get(i), requested, context)) {
                out[n++] = i;
            }
        }
        return new Matches(out, n);
    }

    /**
     * The trials a {@code tried} criterion counts: therapies its filter admits, begun by the date of
     * service, with the outcome it names (any, when it names none); judging and screening alike.
     */
    static Matches tried(MemberCriterion.Tried tried, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        List<Therapy> therapies = request.therapies();
        Matches matches = matching(tried.filter(), request, context);
        int[] matching = matches.indexes();
        int count = 0;
        for (int k = 0; k < matches.count(); k++) {
            Therapy t = therapies.get(matching[k]);
            if (!t.start().isAfter(dos) && (tried.outcome() == null || t.outcome().name().equals(tried.outcome()))) {
                matching[count++] = matching[k];
            }
        }
        return new Matches(matching, count);
    }

    /** Indexes of matching therapies: the first {@code count} of {@code indexes}. */
    record Matches(int[] indexes, int count) {}

    /** True when therapy of the requested drug itself counts under the filter, as a cap on it does. */
    static boolean admitsRequested(TherapyFilter filter, Drug requested, RevisionContext context) {
        return requested != null && admits(filter, new Therapy(requested.id(), requested.drugClass(), null, null, null),
                requested, context);
    }

    /**
     * True when the filter admits the therapy: of the registry class it names, if any, and a drug
     * that passes its drug-list filters, if it has any (a therapy that is not a drug passes none).
     */
    private static boolean admits(TherapyFilter f, Therapy t, Drug requested, RevisionContext context) {
        if (f.therapyClass() != null && !context.therapyRegistry().admits(f.therapyClass(), t)) {
            return false;
        }
        if (!f.readsDrugList()) {
            return true;
        }
        return t.kind() == Therapy.Kind.DRUG && !t.drug().isEmpty() && admits(f, t.drug(), t.drugClass(), requested, context);
    }

    /** True when the filter admits {@code drug}; {@code statedClass} is used when the drug list does not name it. */
    private static boolean admits(TherapyFilter f, String drug, String statedClass, Drug requested, RevisionContext context) {
        Drug listed = context.drugTable().get(drug);
        String drugClass = listed != null ? listed.drugClass() : statedClass;
        if (f.drug() != null && !f.drug().equals(drug)) {
            return false;
        }
        if (f.drugClass() != null && !f.drugClass().equals(drugClass)) {
            return false;
        }
        if (f.preferred() != null && (listed == null || (listed.status() == Drug.Status.PREFERRED) != f.preferred())) {
            return false;
        }
        if (f.sameClass() && (requested == null || !requested.drugClass().equals(drugClass))) {
            return false;
        }
        return !f.otherClass() || (requested != null && !drugClass.isEmpty() && !requested.drugClass().equals(drugClass));
    }
}
