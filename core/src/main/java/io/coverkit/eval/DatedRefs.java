package io.coverkit.eval;

import io.coverkit.model.Drug;
import io.coverkit.model.TimeTest.Ref;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Event;
import io.coverkit.request.PriorService;
import io.coverkit.request.Therapy;
import java.time.LocalDate;

/**
 * Where a request states the dates a time test relates ({@link Ref}): the date of service, events,
 * prior services, therapy starts. Only dates on or before the date of service count: later ones
 * have not happened when the request is decided. Occurrences are visited by position in their
 * request list, so judging and screening read them without building a list.
 */
final class DatedRefs {
    private DatedRefs() {}

    /** The position standing for the date of service itself, which is in no list. */
    static final int SERVICE = Integer.MAX_VALUE;

    /** How many entries the list {@code ref} reads holds (1 for the date of service). */
    static int size(Ref ref, CoverageRequest request) {
        return switch (ref.kind()) {
            case SERVICE -> 1;
            case EVENT -> request.events().size();
            case PRIOR_SERVICE -> request.priorServices().size();
            case THERAPY -> request.therapies().size();
        };
    }

    /**
     * The date of entry {@code i} when it is an occurrence of {@code ref} on or before the date of
     * service, or null.
     */
    static LocalDate occurrence(Ref ref, CoverageRequest request, int i, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        LocalDate date;
        switch (ref.kind()) {
            case SERVICE:
                return dos;
            case EVENT: {
                Event e = request.events().get(i);
                date = e.code().equals(ref.code()) ? e.date() : null;
                break;
            }
            case PRIOR_SERVICE: {
                PriorService s = request.priorServices().get(i);
                date = s.code().equals(ref.code()) ? s.date() : null;
                break;
            }
            default: {
                Therapy t = request.therapies().get(i);
                date = isTherapyOf(t, ref.code(), context) ? t.start() : null;
            }
        }
        return date == null || date.isAfter(dos) ? null : date;
    }

    /**
     * The position of the latest occurrence of {@code ref} on or before the date of service ({@link
     * #SERVICE} for the date of service), or -1 when the request states none.
     */
    static int latest(Ref ref, CoverageRequest request, RevisionContext context) {
        if (ref.kind() == Ref.Kind.SERVICE) {
            return SERVICE;
        }
        int best = -1;
        LocalDate bestDate = null;
        int n = size(ref, request);
        for (int i = 0; i < n; i++) {
            LocalDate d = occurrence(ref, request, i, context);
            if (d != null && (bestDate == null || d.isAfter(bestDate))) {
                best = i;
                bestDate = d;
            }
        }
        return best;
    }

    /** The date at {@code position}, a position {@link #latest} or {@link #occurrence} accepted. */
    static LocalDate dateAt(Ref ref, CoverageRequest request, int position) {
        return switch (ref.kind()) {
            case SERVICE -> request.dateOfService();
            case EVENT -> request.events().get(position).date();
            case PRIOR_SERVICE -> request.priorServices().get(position).date();
            case THERAPY -> request.therapies().get(position).start();
        };
    }

    /** The request field at {@code position}, such as {@code events[2]}, for evidence. */
    static String field(Ref ref, int position) {
        String list = list(ref);
        return ref.kind() == Ref.Kind.SERVICE ? list : position < 0 ? list : list + "[" + position + "]";
    }

    /** The request field that states occurrences of {@code ref}. */
    static String list(Ref ref) {
        return switch (ref.kind()) {
            case SERVICE -> "dateOfService";
            case EVENT -> "events";
            case PRIOR_SERVICE -> "priorServices";
            case THERAPY -> "therapies";
        };
    }

    /** True when the therapy is of drug {@code id} or of class {@code id} (the drug list's class first). */
    static boolean isTherapyOf(Therapy t, String id, RevisionContext context) {
        if (t.drug().equals(id)) {
            return true;
        }
        Drug listed = context.drugTable().get(t.drug());
        return id.equals(listed != null ? listed.drugClass() : t.drugClass());
    }
}
