package io.coverkit.eval;

import io.coverkit.model.DiagnosisList;
import io.coverkit.model.Drug;
import io.coverkit.model.Scoped;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Therapy;
import java.util.List;

/**
 * Whether the scopes of a drug list's status, a therapy class and a stated diagnosis cover a request:
 * {@code forStatus('non-preferred')}, {@code forClass('tnf-inhibitors')} and
 * {@code forDiagnosis('atopic-dermatitis')}. A diagnosis
 * scope is unknown when the request states no diagnosis: its criteria are then met only if they
 * are met anyway, never skipped on a fact the request left out.
 */
final class RequestScopes {
    private RequestScopes() {}

    /** True when {@code scope} is one of these and it is unknown whether it covers the request. */
    static boolean unknown(Scoped.Scope scope, CoverageRequest request) {
        return scope instanceof Scoped.StatedDiagnosis && request.diagnoses().isEmpty();
    }

    /** Whether a status or diagnosis scope covers the request (false while {@link #unknown}). */
    static boolean covers(Scoped.Scope scope, CoverageRequest request, RevisionContext context) {
        if (scope instanceof Scoped.RequestedStatus status) {
            Drug requested = context.requestedDrug(request);
            return requested != null && (requested.status() == Drug.Status.PREFERRED) == status.preferred();
        }
        if (scope instanceof Scoped.RequestedClass inClass) {
            Drug requested = context.requestedDrug(request);
            return requested != null && context.therapyRegistry().admits(inClass.therapyClass(),
                    new Therapy(requested.id(), requested.drugClass(), null, null, null));
        }
        DiagnosisList list = context.diagnosisLists().get(((Scoped.StatedDiagnosis) scope).list());
        return matching(list, request) >= 0;
    }

    /** Why a status or diagnosis scope does not cover the request, or null when it does. */
    static String skipReason(Scoped.Scope scope, CoverageRequest request, RevisionContext context) {
        if (covers(scope, request, context)) {
            return null;
        }
        if (scope instanceof Scoped.RequestedClass inClass) {
            Drug requested = context.requestedDrug(request);
            return "the request is for " + (requested == null ? "no drug of the list" : requested.id())
                    + ", not a drug of therapy class " + inClass.therapyClass();
        }
        if (scope instanceof Scoped.RequestedStatus) {
            Drug requested = context.requestedDrug(request);
            return requested == null ? "the request is for no drug of the list"
                    : "the request is for " + requested.id() + ", a " + requested.status().heading().toLowerCase(java.util.Locale.ROOT) + " drug";
        }
        return "none of the stated diagnoses ("
                + String.join(", ", request.diagnoses().stream().map(Diagnosis::code).toList()) + ") is in "
                + ((Scoped.StatedDiagnosis) scope).list();
    }

    /** The index of the first stated ICD-10-CM diagnosis in the list, or -1. */
    private static int matching(DiagnosisList list, CoverageRequest request) {
        List<Diagnosis> diagnoses = request.diagnoses();
        for (int i = 0; list != null && i < diagnoses.size(); i++) {
            Diagnosis d = diagnoses.get(i);
            if ("ICD-10-CM".equals(d.system()) && list.match(d.code()) != null) {
                return i;
            }
        }
        return -1;
    }
}
