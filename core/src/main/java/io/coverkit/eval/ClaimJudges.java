package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.ClaimCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Scoped;
import io.coverkit.request.Authorization;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.request.PriorAuthorization;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import java.time.LocalDate;
import java.util.List;

/**
 * Judges of claim context criteria ({@link ClaimCriteria}). Each test has one search that finds
 * what decides it, shared by the judge (which then words it) and the screen (which does not), so
 * the two cannot disagree.
 */
final class ClaimJudges {
    private ClaimJudges() {}

    /** The judge of {@code test}, or null when it is not a claim context test. */
    static MemberJudge of(MemberCriterion.Test test, RevisionContext context) {
        String described = ClaimCriteria.describe(test);
        if (described == null) {
            return null;
        }
        if (test instanceof ClaimCriteria.Modifier m) {
            return MemberJudge.of(r -> modifier(m, r, context), r -> truth(modifierAt(m, r, context)));
        }
        if (test instanceof ClaimCriteria.Units u) {
            return MemberJudge.of(r -> units(u, described, r, context), r -> unitsTruth(u, r, context));
        }
        if (test instanceof ClaimCriteria.PlaceOfService p) {
            return MemberJudge.of(r -> placeOfService(p, r), r -> r.placeOfService() == null ? Truth.UNKNOWN
                    : p.codes().contains(r.placeOfService()) ? Truth.MET : Truth.NOT_MET);
        }
        if (test instanceof ClaimCriteria.Prescriber p) {
            return MemberJudge.of(r -> prescriber(p, described, r), r -> prescriberTruth(p, r));
        }
        if (test instanceof ClaimCriteria.Channel c) {
            return MemberJudge.of(r -> channel(c, r), r -> channelTruth(c, r));
        }
        if (test instanceof ClaimCriteria.AuthorizationOnFile a) {
            return MemberJudge.of(r -> authorization(a, described, r, context), r -> r.authorizations() == null ? Truth.UNKNOWN
                    : truth(authorizationAt(a, r, context)));
        }
        if (test instanceof ClaimCriteria.Billed b) {
            Scoped.RequestedCodes scope = b.asScope();
            return MemberJudge.of(r -> billed(scope, described, r, context), r -> truth(CodeScopes.procedureAt(scope, r, context)));
        }
        ClaimCriteria.Documented d = (ClaimCriteria.Documented) test;
        return MemberJudge.of(r -> documented(d, described, r), r -> r.documents().isEmpty() ? Truth.UNKNOWN
                : truth(documentAt(d, r)));
    }

    private static Truth truth(int found) {
        return found >= 0 ? Truth.MET : Truth.NOT_MET;
    }

    /** True when the filter admits a code of {@code system}. */
    static boolean admits(ClaimCriteria.CodeFilter filter, String system, String code, RevisionContext context) {
        if (filter.code() != null) {
            return filter.code().equals(code);
        }
        if (filter.group() != null) {
            ServiceCodes group = context.codeGroups().get(filter.group());
            return group != null && group.contains(system, code);
        }
        return context.serviceCodes().contains(system, code);
    }

    // --- modifier: the claim's lines are the record, so never unknown

    /** The index of the first admitted procedure carrying one of the modifiers, or -1. */
    private static int modifierAt(ClaimCriteria.Modifier m, CoverageRequest request, RevisionContext context) {
        List<Procedure> procedures = request.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            if (admits(m.codes(), p.system(), p.code(), context)) {
                for (String modifier : p.modifiers()) {
                    if (m.modifiers().contains(modifier)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    private static Judgement modifier(ClaimCriteria.Modifier m, CoverageRequest request, RevisionContext context) {
        int at = modifierAt(m, request, context);
        String wanted = String.join(" or ", m.modifiers());
        if (at >= 0) {
            Procedure p = request.procedures().get(at);
            return new Judgement(Truth.MET, p.system() + " " + p.code() + " carries modifier " + String.join(", ", p.modifiers()),
                    new Evidence("procedures[" + at + "].modifiers", String.join(",", p.modifiers()), null));
        }
        int admitted = -1;
        for (int i = 0; i < request.procedures().size() && admitted < 0; i++) {
            Procedure p = request.procedures().get(i);
            admitted = admits(m.codes(), p.system(), p.code(), context) ? i : -1;
        }
        if (admitted < 0) {
            return new Judgement(Truth.NOT_MET, "the request has no " + m.codes().describe().substring(2)
                    + ", so none carries " + wanted, new Evidence("procedures", "no such procedure", null));
        }
        return new Judgement(Truth.NOT_MET, "no " + m.codes().describe().substring(2) + " carries " + wanted
                + ": the claim's modifiers are its record, so " + wanted + " is known absent",
                new Evidence("procedures[" + admitted + "].modifiers", String.join(",", request.procedures().get(admitted).modifiers()),
                        null));
    }

    // --- billed: the claim's lines are the record, so never unknown

    private static Judgement billed(Scoped.RequestedCodes scope, String described, CoverageRequest request, RevisionContext context) {
        int at = CodeScopes.procedureAt(scope, request, context);
        if (at < 0) {
            return new Judgement(Truth.NOT_MET, "not " + described + ": " + CodeScopes.skipReason(scope, request, context),
                    new Evidence("procedures", request.procedures().size() + " billed", null));
        }
        Procedure p = request.procedures().get(at);
        return new Judgement(Truth.MET, p.system() + " " + p.code() + (p.modifiers().isEmpty() ? "" : " " + String.join(", ", p.modifiers()))
                + " is billed", new Evidence("procedures[" + at + "]", p.system() + " " + p.code(), null));
    }

    // --- units

    /**
     * The units counted: requested, plus (with {@code per}) prior services within the span; or -1
     * - index when the prior service at that index states no units (unknown).
     */
    private static long unitsCounted(ClaimCriteria.Units u, CoverageRequest request, RevisionContext context) {
        long total = 0;
        for (Procedure p : request.procedures()) {
            if (admits(u.codes(), p.system(), p.code(), context)) {
                total += p.units();
            }
        }
        if (u.per() == null) {
            return total;
        }
        LocalDate dos = request.dateOfService();
        LocalDate from = u.per().before(dos);
        List<PriorService> services = request.priorServices();
        for (int i = 0; i < services.size(); i++) {
            PriorService s = services.get(i);
            // A service exactly one span before does not count against it, as with `oncePer`.
            if (s.date().isBefore(dos) && s.date().isAfter(from) && admits(u.codes(), s.system(), s.code(), context)) {
                if (s.units() == null) {
                    return -1 - i;
                }
                total += s.units();
            }
        }
        return total;
    }

    private static boolean within(ClaimCriteria.Units u, long units) {
        return (u.min() == null || units >= u.min()) && (u.max() == null || units <= u.max());
    }

    private static Truth unitsTruth(ClaimCriteria.Units u, CoverageRequest request, RevisionContext context) {
        long units = unitsCounted(u, request, context);
        return units < 0 ? Truth.UNKNOWN : within(u, units) ? Truth.MET : Truth.NOT_MET;
    }

    private static Judgement units(ClaimCriteria.Units u, String described, CoverageRequest request, RevisionContext context) {
        long units = unitsCounted(u, request, context);
        if (units < 0) {
            int i = (int) (-1 - units);
            PriorService s = request.priorServices().get(i);
            return new Judgement(Truth.UNKNOWN, "the prior service " + s.system() + " " + s.code() + " on " + s.date()
                    + " counts toward the units but states none", new Evidence("priorServices[" + i + "].units", "not stated", s.date()));
        }
        boolean met = within(u, units);
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, units + " units" + (u.per() == null ? " requested" : " requested and billed within "
                + u.per().describe() + " before " + request.dateOfService()) + (met ? " meet " : " fail ") + described,
                new Evidence(u.per() == null ? "procedures" : "procedures, priorServices", units + " units", null));
    }

    // --- place of service

    private static Judgement placeOfService(ClaimCriteria.PlaceOfService p, CoverageRequest request) {
        String place = request.placeOfService();
        Evidence evidence = new Evidence("placeOfService", String.valueOf(place), null);
        if (place == null) {
            return new Judgement(Truth.UNKNOWN, "the request states no place of service", evidence);
        }
        boolean met = p.codes().contains(place);
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, "place of service " + place + (met ? " is " : " is not ")
                + String.join(" or ", p.codes()), evidence);
    }

    // --- prescriber

    private static boolean anyIn(List<String> stated, List<String> wanted) {
        if (stated != null) {
            for (String s : stated) {
                if (wanted.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Truth prescriberTruth(ClaimCriteria.Prescriber p, CoverageRequest request) {
        PriorAuthorization pa = request.priorAuthorization();
        if (pa == null) {
            return Truth.UNKNOWN;
        }
        if (p.specialties().contains(pa.prescriber()) || anyIn(pa.prescriberCredentials(), p.credentials())
                || p.consultation() && anyIn(pa.consultedSpecialties(), p.specialties())) {
            return Truth.MET;
        }
        // Only what the criterion asks about can leave it unknown.
        boolean unstated = !p.specialties().isEmpty() && pa.prescriber().isEmpty()
                || !p.credentials().isEmpty() && pa.prescriberCredentials() == null
                || p.consultation() && pa.consultedSpecialties() == null;
        return unstated ? Truth.UNKNOWN : Truth.NOT_MET;
    }

    private static Judgement prescriber(ClaimCriteria.Prescriber p, String described, CoverageRequest request) {
        PriorAuthorization pa = request.priorAuthorization();
        Truth truth = prescriberTruth(p, request);
        if (pa == null) {
            return new Judgement(truth, "the request states no prescriber", new Evidence("priorAuthorization.prescriber", "null", null));
        }
        if (truth == Truth.MET) {
            if (p.specialties().contains(pa.prescriber())) {
                return new Judgement(truth, "the prescriber's specialty is " + pa.prescriber(),
                        new Evidence("priorAuthorization.prescriber", pa.prescriber(), null));
            }
            if (anyIn(pa.prescriberCredentials(), p.credentials())) {
                return new Judgement(truth, "the prescriber holds " + String.join(", ", pa.prescriberCredentials()),
                        new Evidence("priorAuthorization.prescriberCredentials", String.join(",", pa.prescriberCredentials()), null));
            }
            return new Judgement(truth, "the prescriber consulted " + String.join(", ", pa.consultedSpecialties()),
                    new Evidence("priorAuthorization.consultedSpecialties", String.join(",", pa.consultedSpecialties()), null));
        }
        if (truth == Truth.UNKNOWN) {
            String missing = !p.specialties().isEmpty() && pa.prescriber().isEmpty() ? "prescriber"
                    : !p.credentials().isEmpty() && pa.prescriberCredentials() == null ? "prescriberCredentials" : "consultedSpecialties";
            return new Judgement(truth, "the request does not state the " + (missing.equals("prescriber") ? "prescriber's specialty"
                    : missing.equals("prescriberCredentials") ? "prescriber's credentials" : "specialties consulted")
                    + (pa.prescriber().isEmpty() ? "" : " (the prescriber's specialty is " + pa.prescriber() + ")") + ", needed for: "
                    + described, new Evidence("priorAuthorization." + missing, "not stated", null));
        }
        return new Judgement(truth, (pa.prescriber().isEmpty() ? "the request states no prescriber specialty"
                : "the prescriber's specialty is " + pa.prescriber()) + "; not " + described,
                new Evidence("priorAuthorization.prescriber", pa.prescriber(), null));
    }

    // --- dispensing channel

    private static Truth channelTruth(ClaimCriteria.Channel c, CoverageRequest request) {
        PriorAuthorization pa = request.priorAuthorization();
        if (pa == null || pa.channel().isEmpty()) {
            return Truth.UNKNOWN;
        }
        return c.channels().contains(pa.channel()) ? Truth.MET : Truth.NOT_MET;
    }

    private static Judgement channel(ClaimCriteria.Channel c, CoverageRequest request) {
        Truth truth = channelTruth(c, request);
        String stated = request.priorAuthorization() == null ? "" : request.priorAuthorization().channel();
        Evidence evidence = new Evidence("priorAuthorization.channel", stated, null);
        if (truth == Truth.UNKNOWN) {
            return new Judgement(truth, "the request states no dispensing channel", evidence);
        }
        return new Judgement(truth, "dispensed through " + stated + (truth == Truth.MET ? ", which is " : ", not ")
                + String.join(" or ", c.channels()), evidence);
    }

    // --- authorization on file

    /** The index of the first authorization on file that satisfies the test, or -1. */
    private static int authorizationAt(ClaimCriteria.AuthorizationOnFile a, CoverageRequest request, RevisionContext context) {
        List<Authorization> on = request.authorizations();
        LocalDate dos = request.dateOfService();
        String drug = request.priorAuthorization() == null ? null : request.priorAuthorization().drug();
        for (int i = 0; i < on.size(); i++) {
            Authorization x = on.get(i);
            boolean forService = x.drug().isEmpty() ? context.serviceCodes().contains(x.system(), x.code()) : x.drug().equals(drug);
            if (!forService || x.start().isAfter(dos)) {
                continue;
            }
            boolean dated = a.current() ? x.covers(dos)
                    : a.within() == null || x.covers(dos) || x.end() != null && !x.end().isBefore(a.within().before(dos));
            if (dated) {
                return i;
            }
        }
        return -1;
    }

    private static Judgement authorization(ClaimCriteria.AuthorizationOnFile a, String described, CoverageRequest request,
            RevisionContext context) {
        if (request.authorizations() == null) {
            return new Judgement(Truth.UNKNOWN, "the request does not state the authorizations on file",
                    new Evidence("authorizations", "not stated", null));
        }
        int at = authorizationAt(a, request, context);
        if (at < 0) {
            return new Judgement(Truth.NOT_MET, "the request states no " + described.substring(described.indexOf(' ') + 1)
                    + " for this service", new Evidence("authorizations", request.authorizations().size() + " on file", null));
        }
        Authorization x = request.authorizations().get(at);
        String what = x.drug().isEmpty() ? x.system() + " " + x.code() : x.drug();
        return new Judgement(Truth.MET, "an authorization for " + what + " is on file from " + x.start()
                + (x.end() == null ? "" : " through " + x.end()), new Evidence("authorizations[" + at + "]", what, x.start()));
    }

    // --- an element a document on file records

    private static int documentAt(ClaimCriteria.Documented d, CoverageRequest request) {
        List<Document> documents = request.documents();
        for (int i = 0; i < documents.size(); i++) {
            Document doc = documents.get(i);
            if ((d.loinc().isEmpty() || d.loinc().equals(doc.loinc())) && !doc.date().isAfter(request.dateOfService())
                    && doc.elements().contains(d.element())) {
                return i;
            }
        }
        return -1;
    }

    private static Judgement documented(ClaimCriteria.Documented d, String described, CoverageRequest request) {
        if (request.documents().isEmpty()) {
            return new Judgement(Truth.UNKNOWN, "the request lists no documents on file, needed for: " + described,
                    new Evidence("documents", "none", null));
        }
        int at = documentAt(d, request);
        if (at < 0) {
            return new Judgement(Truth.NOT_MET, "no document on file on or before " + request.dateOfService() + " records "
                    + d.element(), new Evidence("documents", request.documents().size() + " on file", null));
        }
        Document doc = request.documents().get(at);
        return new Judgement(Truth.MET, "the document " + doc.loinc() + " of " + doc.date() + " records " + d.element(),
                new Evidence("documents[" + at + "].elements", d.element(), doc.date()));
    }

}
