package io.coverkit.eval;

import io.coverkit.model.Drug;
import io.coverkit.model.MemberCriterion.TherapyFilter;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
        List<LocalDate[]> spans = new ArrayList<>();
        for (Therapy t : matching) {
            LocalDate last = lastCounted(t, dos);
            LocalDate first = notBefore != null && t.start().isBefore(notBefore) ? notBefore : t.start();
            if (last != null && !first.isAfter(last)) {
                spans.add(new LocalDate[] {first, last});
            }
        }
        spans.sort(Comparator.comparing(s -> s[0]));
        long total = 0;
        LocalDate coveredThrough = null;
        for (LocalDate[] s : spans) {
            LocalDate from = coveredThrough != null && !s[0].isAfter(coveredThrough) ? coveredThrough.plusDays(1) : s[0];
            if (!from.isAfter(s[1])) {
                total += ChronoUnit.DAYS.between(from, s[1]) + 1;
            }
            if (coveredThrough == null || s[1].isAfter(coveredThrough)) {
                coveredThrough = s[1];
            }
        }
        return total;
    }

    /** The therapies of the request the filter admits, in request order, with their indexes. */
    static List<Integer> matching(TherapyFilter filter, CoverageRequest request, RevisionContext context) {
        Drug requested = context.requestedDrug(request);
        List<Integer> out = new ArrayList<>();
        List<Therapy> therapies = request.therapies();
        for (int i = 0; i < therapies.size(); i++) {
            if (admits(filter, therapies.get(i).drug(), therapies.get(i).drugClass(), requested, context)) {
                out.add(i);
            }
        }
        return out;
    }

    /** True when therapy of the requested drug itself counts under the filter, as a cap on it does. */
    static boolean admitsRequested(TherapyFilter filter, Drug requested, RevisionContext context) {
        return requested != null && admits(filter, requested.id(), requested.drugClass(), requested, context);
    }

    /** True when the filter admits {@code drug}; {@code statedClass} is used when the drug list does not name it. */
    private static boolean admits(TherapyFilter f, String drug, String statedClass, Drug requested, RevisionContext context) {
        Drug listed = context.drugs().get(drug);
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
