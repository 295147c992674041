package io.coverkit.eval;

import io.coverkit.model.Drug;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Therapy;
import java.util.List;

/**
 * Whether a request continues earlier care, which decides {@code initial} and {@code subsequent}
 * criteria and the length of a subsequent authorization: an earlier service of the guideline's
 * codes, or, for a pharmacy request, a therapy of the requested drug itself begun before the date
 * of service (the pharmacy history shows the member already on it, so the request renews it).
 */
final class Continuation {
    private Continuation() {}

    /** The index of the earliest-listed therapy of the requested drug begun before the date of service, or -1. */
    static int earlierTherapy(CoverageRequest request, RevisionContext context) {
        Drug requested = context.requestedDrug(request);
        if (requested == null) {
            return -1;
        }
        List<Therapy> therapies = request.therapies();
        for (int i = 0; i < therapies.size(); i++) {
            Therapy t = therapies.get(i);
            if (t.drug().equals(requested.id()) && t.start().isBefore(request.dateOfService())) {
                return i;
            }
        }
        return -1;
    }

    /** True when the request continues earlier care. */
    static boolean isSubsequent(CoverageRequest request, RevisionContext context) {
        return context.latestService(request, null) >= 0 || earlierTherapy(request, context) >= 0;
    }
}
