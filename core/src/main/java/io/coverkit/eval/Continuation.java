package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.model.Drug;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.PriorService;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether a request continues earlier care, which decides {@code initial} and {@code subsequent}
 * criteria and the length of a subsequent authorization: an earlier service of the guideline's
 * codes, or, for a pharmacy request, therapy of the requested drug itself begun before the date of
 * service and still under way the day before it (the pharmacy history shows the member on it, so
 * the request renews it). A trial of the drug that ended earlier, such as one that failed years
 * ago, does not make a renewal.
 */
final class Continuation {
    private Continuation() {}

    /** The index of the first-listed therapy of the requested drug under way the day before the date of service, or -1. */
    static int earlierTherapy(CoverageRequest request, RevisionContext context) {
        Drug requested = context.requestedDrug(request);
        if (requested == null) {
            return -1;
        }
        List<Therapy> therapies = request.therapies();
        for (int i = 0; i < therapies.size(); i++) {
            Therapy t = therapies.get(i);
            LocalDate dayBefore = request.dateOfService().minusDays(1);
            if (t.drug().equals(requested.id()) && !t.start().isAfter(dayBefore) && (t.end() == null || !t.end().isBefore(dayBefore))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The finding of the length an approval takes where the guideline gives initial and subsequent
     * lengths: the published length, which of the two applied, and the therapy or service that made
     * the request a renewal.
     */
    static Finding lengthFinding(CompiledGuideline.Pharmacy pharmacy, CoverageRequest request) {
        Finding f = pharmacy.lengthFinding();
        RevisionContext context = pharmacy.context();
        int service = context.latestService(request, null);
        int therapy = service >= 0 ? -1 : earlierTherapy(request, context);
        String text;
        List<Evidence> evidence;
        if (service >= 0) {
            PriorService p = request.priorServices().get(service);
            text = "subsequent: " + pharmacy.subsequentLength().describe() + ", after " + p.system() + " " + p.code() + " on " + p.date();
            evidence = List.of(new Evidence("priorServices[" + service + "]", p.code(), p.date()));
        } else if (therapy >= 0) {
            Therapy t = request.therapies().get(therapy);
            text = "subsequent: " + pharmacy.subsequentLength().describe() + ", renewing " + t.label() + " from " + t.start();
            evidence = List.of(new Evidence("therapies[" + therapy + "]", t.label(), t.start()));
        } else {
            text = "initial: " + pharmacy.length().describe() + ", no therapy of the requested drug under way the day before";
            evidence = List.of();
        }
        return new Finding(f.kind(), f.ref(), f.clause(), f.text() + " (" + text + ")", f.section(), evidence);
    }

    /** True when the request continues earlier care. */
    static boolean isSubsequent(CoverageRequest request, RevisionContext context) {
        return context.latestService(request, null) >= 0 || earlierTherapy(request, context) >= 0;
    }
}
