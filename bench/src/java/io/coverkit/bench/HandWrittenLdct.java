package io.coverkit.bench;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.FindingList;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Event;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The LDCT rule (ncd-210.14, both decisions) as an engineer would hand-code and tune it: each
 * criterion a straight method, revision-dependent constants chosen once, every finding's text built
 * in one pass, nothing looked up by building a string, and the outcome-only path short-circuiting
 * where the three-valued answer is already decided. The practical limit the compiled evaluator is
 * measured against, so it gives exactly the same determinations (DecisionPathsAgreeTest checks).
 */
public final class HandWrittenLdct implements HandWritten {

    static final String G = LdctRequests.GUIDELINE;
    static final String POSITION = "POSITION STATEMENT";
    static final String BILLING = "BILLING/CODING INFORMATION";
    static final LocalDate ORIGINAL = LocalDate.of(2015, 2, 5);
    static final LocalDate RECONSIDERED = LocalDate.of(2022, 2, 10);

    static final Finding NO_CODE = new Finding(FindingKind.NO_CODE_IN_SCOPE, "codes", G + "/codes",
            "none of the requested codes is in this guideline's code list on this date", BILLING, List.of());
    static final Finding HCPCS_G0297 = new Finding(FindingKind.CODE_IN_SCOPE, "G0297", G + "/code/hcpcs-g0297", "", BILLING, List.of());
    static final Finding CPT_71271 = new Finding(FindingKind.CODE_IN_SCOPE, "71271", G + "/code/cpt-71271", "", BILLING, List.of());

    // The criteria texts, as the policy words them ([N]: 2015 decision, [R]: the reconsideration).
    static final String AGE_N = "Age 55-74 years;";
    static final String AGE_R = "Age 50 – 77 years;";
    static final String ASYMPTOMATIC_N = "Asymptomatic (no signs or symptoms of lung disease);";
    static final String ASYMPTOMATIC_R = "Asymptomatic (no signs or symptoms of lung cancer);";
    static final String PACK_YEARS_N = "Tobacco smoking history of at least 30 pack-years (one pack-year = smoking one pack per day for one year;"
            + " 1 pack = 20 cigarettes);";
    static final String PACK_YEARS_R = "Tobacco smoking history of at least 20 pack-years (one pack-year = smoking one pack per day for one year;"
            + " 1 pack = 20 cigarettes);";
    static final String ONCE_READING = " [reading: a screening is covered again on the anniversary of the last one; one exactly a year before"
            + " does not count against it]";
    static final String QUIT = "or one who has quit smoking within the last 15 years; and";
    static final String QUIT_READING = " [reading: a member who quit exactly 15 years before the date of service has quit within the last 15 years]";
    static final String ORDER = "Receive an order for lung cancer screening with LDCT.";
    static final String ORDER_READING = " [reading: any order dated on or before the date of service, written or not, from any practitioner;"
            + " an order naming a code must name one of this guideline's codes]";
    static final String INITIAL_ORDER = "For the initial LDCT lung cancer screening service: the beneficiary must receive a written order for"
            + " LDCT lung cancer screening during a lung cancer screening counseling and shared decision making visit, furnished by a"
            + " physician [as defined in Section 1861(r)(1) of the Social Security Act (the Act)] or qualified non-physician practitioner"
            + " (physician assistant, nurse practitioner, or clinical nurse specialist as defined in §1861(aa)(5) of the Act).";
    static final String INITIAL_ORDER_READING = " [reading: the screening is the initial one when the request states no earlier service of"
            + " this guideline's codes; the order names its visit as counseling-visit and who gave it (PHYSICIAN or NON_PHYSICIAN_PRACTITIONER)]";
    static final String SUBSEQUENT_ORDER = "For subsequent LDCT lung cancer screenings: the beneficiary must receive a written order, which may"
            + " be furnished during any appropriate visit (for example: during the Medicare annual wellness visit, tobacco cessation"
            + " counseling services, or evaluation and management visit) with a physician (as defined in Section 1861(r)(1) of the Act)"
            + " or qualified non-physician practitioner (physician assistant, nurse practitioner, or clinical nurse specialist as defined"
            + " in Section 1861(aa)(5) of the Act).";
    static final String SUBSEQUENT_ORDER_READING = " [reading: the examples of an appropriate visit are not a closed list: a written order"
            + " from any visit counts]";
    static final String VISIT = "Before the beneficiary's first lung cancer LDCT screening, the beneficiary must receive a counseling and"
            + " shared decision-making visit that meets all of the following criteria, and is appropriately documented in the"
            + " beneficiary's medical records:";
    static final String VISIT_READING = " [reading: the visit is a prior service billed with HCPCS G0296 on or before the date of service"
            + " whose record documents all four elements; the first screening is one with no earlier service of this guideline's codes stated]";
    static final String[] ELEMENTS = LdctRequests.ELEMENTS;

    static final int MET = 0;
    static final int NOT_MET = 1;
    static final int UNKNOWN = 2;

    /** One decision's per-revision constants. */
    private record Revision(LocalDate effective, int minAge, int maxAge, String ageRef, String ageText, String asymptomaticText,
            BigDecimal packYears, String packRef, String packText) {}

    private static final Revision N = new Revision(ORIGINAL, 55, 74, "age-55-74", AGE_N, ASYMPTOMATIC_N, BigDecimal.valueOf(30),
            "pack-years-30", PACK_YEARS_N);
    private static final Revision R = new Revision(RECONSIDERED, 50, 77, "age-50-77", AGE_R, ASYMPTOMATIC_R, BigDecimal.valueOf(20),
            "pack-years-20", PACK_YEARS_R);

    private final String sourceDigest;

    /** @param sourceDigest the digest the determinations name */
    public HandWrittenLdct(String sourceDigest) {
        this.sourceDigest = sourceDigest;
    }

    /** The full determination. */
    @Override
    public Determination decide(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        FindingList findings = new FindingList(10);
        if (dos.isBefore(ORIGINAL)) {
            findings.add(new Finding(FindingKind.BEFORE_ORIGINAL_EFFECTIVE_DATE, "original-effective-date", G + "/original-effective-date",
                    "the date is before the original effective date 2015-02-05", "", List.of(new Evidence("dateOfService", dos.toString(), dos))));
            return determination(r, null, Outcome.NOT_APPLICABLE, findings);
        }
        Revision v = dos.isBefore(RECONSIDERED) ? N : R;
        List<Procedure> procedures = r.procedures();
        boolean inScope = false;
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            Finding f = code(p.system(), p.code());
            if (f != null) {
                findings.add(new Finding(f.kind(), f.ref(), f.clause(), "", BILLING,
                        List.of(new Evidence("procedures[" + i + "]", p.system() + " " + p.code(), null))));
                inScope = true;
            }
        }
        if (!inScope) {
            findings.add(NO_CODE);
            return determination(r, v.effective, Outcome.NOT_APPLICABLE, findings);
        }
        int all = age(r, v, findings);
        all = and(all, asymptomatic(r, v, findings));
        all = and(all, packYears(r, v, findings));
        int earlier = latestService(r, dos.minusYears(1));
        all = and(all, oncePerYear(r, earlier, findings));
        int smoker = or(fact(r, "current-smoker", "Current smoker", findings), quit(r, findings));
        all = and(all, smoker);
        int previous = earlier >= 0 ? earlier : latestService(r, null);
        if (v == N) {
            if (previous < 0) {
                all = and(all, order(r, true, true, true, "initial-written-order", INITIAL_ORDER, INITIAL_ORDER_READING,
                        "a written order given during counseling-visit by a physician or qualified non-physician practitioner", findings));
                findings.add(notSubsequent());
            } else {
                findings.add(notInitial(r.priorServices().get(previous)));
                all = and(all, order(r, true, false, true, "subsequent-written-order", SUBSEQUENT_ORDER, SUBSEQUENT_ORDER_READING,
                        "a written order by a physician or qualified non-physician practitioner", findings));
            }
        } else {
            all = and(all, order(r, false, false, false, "order", ORDER, ORDER_READING, "an order", findings));
            if (previous < 0) {
                all = and(all, visit(r, findings));
            } else {
                findings.add(notInitial(r.priorServices().get(previous)));
            }
        }
        Outcome outcome = all == MET ? Outcome.MEETS_MEDICAL_NECESSITY : all == NOT_MET ? Outcome.NOT_MEDICALLY_NECESSARY
                : Outcome.NEEDS_MORE_INFORMATION;
        return determination(r, v.effective, outcome, findings);
    }

    /** Only the outcome: the same decision, stopping at the first criterion not met. */
    @Override
    public Outcome outcome(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        if (dos.isBefore(ORIGINAL)) {
            return Outcome.NOT_APPLICABLE;
        }
        Revision v = dos.isBefore(RECONSIDERED) ? N : R;
        List<Procedure> procedures = r.procedures();
        boolean inScope = false;
        for (int i = 0; i < procedures.size() && !inScope; i++) {
            inScope = code(procedures.get(i).system(), procedures.get(i).code()) != null;
        }
        if (!inScope) {
            return Outcome.NOT_APPLICABLE;
        }
        // Cheapest first; an unknown is remembered, since a later criterion may still be not met.
        boolean unknown = false;
        int t = ageTruth(r, v);
        if (t == NOT_MET) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        unknown |= t == UNKNOWN;
        t = factTruth(r, "asymptomatic");
        if (t == NOT_MET) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        unknown |= t == UNKNOWN;
        int earlier = latestService(r, dos.minusYears(1));
        if (earlier >= 0) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        BigDecimal packYears = packYears(r);
        if (packYears == null) {
            unknown = true;
        } else if (packYears.compareTo(v.packYears) < 0) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        t = factTruth(r, "current-smoker");
        if (t != MET) {
            int q = quitTruth(r);
            if (q == NOT_MET && t == NOT_MET) {
                return Outcome.NOT_MEDICALLY_NECESSARY;
            }
            unknown |= q != MET;
        }
        int previous = latestService(r, null);
        if (v == N) {
            t = orderTruth(r, true, previous < 0, true);
        } else {
            t = orderTruth(r, false, false, false);
            if (t != NOT_MET && previous < 0) {
                int visit = visitTruth(r);
                t = visit == NOT_MET ? NOT_MET : t == UNKNOWN || visit == UNKNOWN ? UNKNOWN : MET;
            }
        }
        if (t == NOT_MET) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        return unknown || t == UNKNOWN ? Outcome.NEEDS_MORE_INFORMATION : Outcome.MEETS_MEDICAL_NECESSITY;
    }

    private static Finding code(String system, String code) {
        if (system.equals("HCPCS")) {
            return code.equals("G0297") ? HCPCS_G0297 : null;
        }
        return system.equals("CPT") && code.equals("71271") ? CPT_71271 : null;
    }

    private static boolean ourCode(String system, String code) {
        return code(system, code) != null;
    }

    static int and(int a, int b) {
        return a == NOT_MET || b == NOT_MET ? NOT_MET : a == UNKNOWN || b == UNKNOWN ? UNKNOWN : MET;
    }

    static int or(int a, int b) {
        return a == MET || b == MET ? MET : a == UNKNOWN || b == UNKNOWN ? UNKNOWN : NOT_MET;
    }

    static FindingKind kind(int truth) {
        return truth == MET ? FindingKind.CRITERION_MET : truth == NOT_MET ? FindingKind.CRITERION_NOT_MET : FindingKind.FACT_UNKNOWN;
    }

    private static Finding criterion(int truth, String ref, String text, Evidence evidence) {
        return new Finding(kind(truth), ref, G + "/criterion/" + ref, text, POSITION, List.of(evidence));
    }

    private static int ageTruth(CoverageRequest r, Revision v) {
        LocalDate birth = r.member().birthDate();
        LocalDate dos = r.dateOfService();
        if (birth == null || dos.isBefore(birth)) {
            return UNKNOWN;
        }
        int years = Period.between(birth, dos).getYears();
        return years < v.minAge || years > v.maxAge ? NOT_MET : MET;
    }

    private static int age(CoverageRequest r, Revision v, List<Finding> findings) {
        LocalDate birth = r.member().birthDate();
        LocalDate dos = r.dateOfService();
        Evidence evidence = new Evidence("member.birthDate", String.valueOf(birth), birth);
        StringBuilder text = new StringBuilder(64).append(v.ageText).append(" (");
        int truth;
        if (birth == null || dos.isBefore(birth)) {
            truth = UNKNOWN;
            text.append("age on ").append(dos).append(" is not known: the request gives no birth date");
        } else {
            int years = Period.between(birth, dos).getYears();
            text.append("age ").append(years).append(" on ").append(dos);
            if (years < v.minAge) {
                truth = NOT_MET;
                text.append(" is under ").append(v.minAge);
            } else if (years > v.maxAge) {
                truth = NOT_MET;
                text.append(" is over ").append(v.maxAge);
            } else {
                truth = MET;
                text.append(" is within ").append(v.minAge).append(" to ").append(v.maxAge);
            }
        }
        findings.add(criterion(truth, v.ageRef, text.append(')').toString(), evidence));
        return truth;
    }

    private static int factTruth(CoverageRequest r, String name) {
        Boolean stated = r.facts().get(name);
        return stated == null ? UNKNOWN : stated ? MET : NOT_MET;
    }

    private static int asymptomatic(CoverageRequest r, Revision v, List<Finding> findings) {
        return fact(r, "asymptomatic", v.asymptomaticText, findings);
    }

    private static int fact(CoverageRequest r, String name, String criterionText, List<Finding> findings) {
        Boolean stated = r.facts().get(name);
        int truth = stated == null ? UNKNOWN : stated ? MET : NOT_MET;
        String text = criterionText + " (`" + name + (stated == null ? "` is not stated in the request)" : "` is " + stated + ")");
        findings.add(criterion(truth, name, text, new Evidence("facts." + name, String.valueOf(stated), null)));
        return truth;
    }

    /** Packs per day times years smoked, each the latest stated on or before the date of service; null when either is missing. */
    private static BigDecimal packYears(CoverageRequest r) {
        Observation packs = null;
        Observation years = null;
        LocalDate dos = r.dateOfService();
        List<Observation> observations = r.observations();
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o.date() != null && o.date().isAfter(dos)) {
                continue;
            }
            String code = o.code();
            if (code.equals("packs-per-day")) {
                packs = later(packs, o);
            } else if (code.equals("years-smoked")) {
                years = later(years, o);
            }
        }
        return packs == null || years == null ? null : packs.value().multiply(years.value());
    }

    private static Observation later(Observation best, Observation o) {
        return best == null || (o.date() != null && (best.date() == null || o.date().isAfter(best.date()))) ? o : best;
    }

    private static int packYears(CoverageRequest r, Revision v, List<Finding> findings) {
        BigDecimal value = packYears(r);
        if (value == null) {
            findings.add(criterion(UNKNOWN, v.packRef, v.packText + " (`pack-years` is not stated in the request's observations)",
                    new Evidence("observations", "pack-years = ?", null)));
            return UNKNOWN;
        }
        int truth = value.compareTo(v.packYears) >= 0 ? MET : NOT_MET;
        String text = v.packText + " (pack-years " + value.stripTrailingZeros().toPlainString() + (truth == MET ? " meets" : " fails")
                + " pack-years at least " + v.packYears + ")";
        findings.add(criterion(truth, v.packRef, text, new Evidence("observations", "pack-years = " + value.toPlainString(), null)));
        return truth;
    }

    /** The latest prior service of this guideline's codes before the date of service and after {@code after} (unbounded when null), or -1. */
    private static int latestService(CoverageRequest r, LocalDate after) {
        List<PriorService> services = r.priorServices();
        LocalDate dos = r.dateOfService();
        int latest = -1;
        for (int i = 0; i < services.size(); i++) {
            PriorService p = services.get(i);
            LocalDate date = p.date();
            if (date.isBefore(dos) && (after == null || date.isAfter(after)) && (latest < 0 || date.isAfter(services.get(latest).date()))
                    && ourCode(p.system(), p.code())) {
                latest = i;
            }
        }
        return latest;
    }

    private static int oncePerYear(CoverageRequest r, int blocking, List<Finding> findings) {
        LocalDate dos = r.dateOfService();
        if (blocking < 0) {
            LocalDate after = dos.minusYears(1);
            findings.add(criterion(MET, "once-per-1-year", "no prior service of this guideline's codes is stated after " + after + ONCE_READING,
                    new Evidence("priorServices", "none after " + after, null)));
            return MET;
        }
        PriorService p = r.priorServices().get(blocking);
        String service = p.system() + " " + p.code();
        findings.add(criterion(NOT_MET, "once-per-1-year", service + " on " + p.date() + " is less than 1 year before " + dos + ONCE_READING,
                new Evidence("priorServices[" + blocking + "]", service, p.date())));
        return NOT_MET;
    }

    /** The latest quit-smoking event on or before the date of service, or -1. */
    private static int quitEvent(CoverageRequest r) {
        List<Event> events = r.events();
        LocalDate dos = r.dateOfService();
        int field = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.code().equals("quit-smoking") && !e.date().isAfter(dos) && (field < 0 || e.date().isAfter(events.get(field).date()))) {
                field = i;
            }
        }
        return field;
    }

    private static int quitTruth(CoverageRequest r) {
        int field = quitEvent(r);
        return field < 0 ? UNKNOWN : r.events().get(field).date().isBefore(r.dateOfService().minusYears(15)) ? NOT_MET : MET;
    }

    private static int quit(CoverageRequest r, List<Finding> findings) {
        int field = quitEvent(r);
        LocalDate dos = r.dateOfService();
        if (field < 0) {
            findings.add(criterion(UNKNOWN, "quit-smoking-within-15-years", QUIT + " (no `quit-smoking` event on or before " + dos
                    + " is stated)" + QUIT_READING, new Evidence("events", "quit-smoking", null)));
            return UNKNOWN;
        }
        LocalDate quit = r.events().get(field).date();
        int truth = quit.isBefore(dos.minusYears(15)) ? NOT_MET : MET;
        findings.add(criterion(truth, "quit-smoking-within-15-years", QUIT + " (quit-smoking on " + quit
                + (truth == MET ? " is within" : " is more than") + " 15 years before " + dos + ")" + QUIT_READING,
                new Evidence("events[" + field + "]", "quit-smoking", quit)));
        return truth;
    }

    // Why an order fails the requirement, or null when it meets it.
    private static String problem(Order order, boolean written, boolean duringVisit, boolean byPractitioner) {
        if (written && !order.written()) {
            return "is not written";
        }
        if (duringVisit && !order.visit().equals("counseling-visit")) {
            return order.visit().isEmpty() ? "was not given during counseling-visit"
                    : "was not given during counseling-visit but during " + order.visit();
        }
        return byPractitioner && order.orderedBy().isEmpty() ? "does not say who gave it" : null;
    }

    // An order that counts: dated on or before the date of service, naming none or one of the guideline's codes.
    private static boolean eligible(Order order, LocalDate dos) {
        return !order.date().isAfter(dos) && (order.code().isEmpty() || order.code().equals("G0297") || order.code().equals("71271"));
    }

    private static int orderTruth(CoverageRequest r, boolean written, boolean duringVisit, boolean byPractitioner) {
        List<Order> orders = r.orders();
        LocalDate dos = r.dateOfService();
        int truth = UNKNOWN;
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            if (eligible(order, dos)) {
                if (problem(order, written, duringVisit, byPractitioner) == null) {
                    return MET;
                }
                truth = NOT_MET;
            }
        }
        return truth;
    }

    private static int order(CoverageRequest r, boolean written, boolean duringVisit, boolean byPractitioner, String ref, String text,
            String reading, String describe, List<Finding> findings) {
        List<Order> orders = r.orders();
        LocalDate dos = r.dateOfService();
        int failedAt = -1;
        String failed = null;
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            if (!eligible(order, dos)) {
                continue;
            }
            String problem = problem(order, written, duringVisit, byPractitioner);
            if (problem == null) {
                findings.add(criterion(MET, ref, text + " (the order of " + order.date() + " meets " + describe + ")" + reading,
                        new Evidence("orders[" + i + "]", order.code().isEmpty() ? "order" : order.code(), order.date())));
                return MET;
            }
            failed = problem;
            failedAt = i;
        }
        if (failedAt < 0) {
            findings.add(criterion(UNKNOWN, ref, text + " (no order on or before " + dos + " is stated)" + reading,
                    new Evidence("orders", "none", null)));
            return UNKNOWN;
        }
        LocalDate date = orders.get(failedAt).date();
        findings.add(criterion(NOT_MET, ref, text + " (the order of " + date + " " + failed + ")" + reading,
                new Evidence("orders[" + failedAt + "]", "order", date)));
        return NOT_MET;
    }

    // Bit k set when the service documents the k-th element.
    private static int documented(PriorService s) {
        int bits = 0;
        List<String> elements = s.elements();
        for (int k = 0; k < ELEMENTS.length; k++) {
            if (elements.contains(ELEMENTS[k])) {
                bits |= 1 << k;
            }
        }
        return bits;
    }

    /** The counseling visit that documents the most elements (the latest among equals), or -1; its bits in {@code bitsOut[0]}. */
    private static int bestVisit(CoverageRequest r, int[] bitsOut) {
        List<PriorService> services = r.priorServices();
        LocalDate dos = r.dateOfService();
        int best = -1;
        int bestCount = -1;
        for (int i = 0; i < services.size(); i++) {
            PriorService s = services.get(i);
            if (s.code().equals("G0296") && s.system().equals("HCPCS") && !s.date().isAfter(dos)) {
                int bits = documented(s);
                int count = Integer.bitCount(bits);
                if (count > bestCount || (count == bestCount && s.date().isAfter(services.get(best).date()))) {
                    best = i;
                    bestCount = count;
                    bitsOut[0] = bits;
                }
            }
        }
        return best;
    }

    private static int visitTruth(CoverageRequest r) {
        int[] bits = new int[1];
        int best = bestVisit(r, bits);
        return best < 0 ? UNKNOWN : bits[0] == (1 << ELEMENTS.length) - 1 ? MET : NOT_MET;
    }

    private static int visit(CoverageRequest r, List<Finding> findings) {
        int[] bits = new int[1];
        int best = bestVisit(r, bits);
        if (best < 0) {
            findings.add(criterion(UNKNOWN, "counseling-visit", VISIT + " (no counseling-visit (HCPCS G0296) on or before "
                    + r.dateOfService() + " is stated)" + VISIT_READING, new Evidence("priorServices", "no HCPCS G0296", null)));
            return UNKNOWN;
        }
        LocalDate date = r.priorServices().get(best).date();
        StringBuilder text = new StringBuilder(VISIT.length() + VISIT_READING.length() + 120).append(VISIT)
                .append(" (counseling-visit (HCPCS G0296) on ").append(date);
        int truth = bits[0] == (1 << ELEMENTS.length) - 1 ? MET : NOT_MET;
        if (truth == MET) {
            text.append(" documents every element)");
        } else {
            text.append(" does not document ");
            boolean first = true;
            for (int k = 0; k < ELEMENTS.length; k++) {
                if ((bits[0] & (1 << k)) == 0) {
                    text.append(first ? "" : ", ").append(ELEMENTS[k]);
                    first = false;
                }
            }
            text.append(')');
        }
        findings.add(criterion(truth, "counseling-visit", text.append(VISIT_READING).toString(),
                new Evidence("priorServices[" + best + "]", "HCPCS G0296", date)));
        return truth;
    }

    private static Finding notInitial(PriorService earlier) {
        return new Finding(FindingKind.CRITERIA_NOT_APPLICABLE, "for-initial", G + "/scope/initial",
                "criteria for the initial service do not apply: the request states an earlier service, " + earlier.system() + " "
                        + earlier.code() + " on " + earlier.date(), POSITION, List.of());
    }

    private static final Finding NOT_SUBSEQUENT = new Finding(FindingKind.CRITERIA_NOT_APPLICABLE, "for-subsequent", G + "/scope/subsequent",
            "criteria for a subsequent service do not apply: the request states no earlier service of this guideline's codes", POSITION, List.of());

    private static Finding notSubsequent() {
        return NOT_SUBSEQUENT;
    }

    private Determination determination(CoverageRequest r, LocalDate revision, Outcome outcome, FindingList findings) {
        return new Determination(G, revision, r.dateOfService(), RevisionBasis.DATE_OF_SERVICE, r.dateOfService(), outcome,
                findings.freeze(), List.of(), sourceDigest);
    }

}
