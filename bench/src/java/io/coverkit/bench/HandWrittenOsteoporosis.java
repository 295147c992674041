package io.coverkit.bench;

import io.coverkit.determination.AuthorizationPeriod;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.FindingList;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The osteoporosis prior-authorization rule (Ohio Medicaid UPDL) as an engineer would hand-code
 * and tune it: the drug list as a switch on the drug id, classes as small ints, therapy days
 * counted over a sorted array of day numbers, every finding's text built in one pass, and an
 * outcome-only path that stops once the answer is known. The practical limit the compiled evaluator
 * is measured against, so it gives exactly the same determinations (DecisionPathsAgreeTest checks).
 */
public final class HandWrittenOsteoporosis implements HandWritten {

    static final String G = OsteoporosisRequests.GUIDELINE;
    static final String POSITION = "POSITION STATEMENT";
    static final LocalDate ORIGINAL = LocalDate.of(2022, 4, 15);

    static final int NONE = -1;
    static final int BISPHOSPHONATES = 0;
    static final int CALCITONIN = 1;
    static final int PTH = 2;
    static final String[] CLASSES = {"bisphosphonates", "calcitonin-salmon", "parathyroid-hormone-analogs"};

    /** A drug of the list. */
    private record Drug(String id, boolean preferred, int drugClass, Finding finding) {}

    private static Drug drug(String id, String name, boolean preferred, int drugClass) {
        return new Drug(id, preferred, drugClass, new Finding(FindingKind.DRUG_IN_SCOPE, id, G + "/drug/" + id,
                name + " (" + (preferred ? "PREFERRED" : "NON-PREFERRED") + ", " + CLASSES[drugClass] + ")", "DRUG LIST", List.of()));
    }

    private static final Drug ALENDRONATE_TAB = drug("alendronate-tab", "Alendronate Tab", true, BISPHOSPHONATES);
    private static final Drug CALCITONIN_SALMON = drug("calcitonin-salmon", "Calcitonin-Salmon", true, CALCITONIN);
    private static final Drug FORTEO = drug("forteo", "Forteo", true, PTH);
    private static final Drug IBANDRONATE = drug("ibandronate", "Ibandronate", true, BISPHOSPHONATES);
    private static final Drug ALENDRONATE_SUSP = drug("alendronate-susp", "Alendronate Susp", false, BISPHOSPHONATES);
    private static final Drug FOSAMAX_PLUS_D = drug("fosamax-plus-d", "Fosamax Plus D", false, BISPHOSPHONATES);
    private static final Drug RISEDRONATE = drug("risedronate", "Risedronate", false, BISPHOSPHONATES);
    private static final Drug TYMLOS = drug("tymlos", "Tymlos", false, PTH);

    private static Drug listed(String id) {
        return switch (id) {
            case "alendronate-tab" -> ALENDRONATE_TAB;
            case "calcitonin-salmon" -> CALCITONIN_SALMON;
            case "forteo" -> FORTEO;
            case "ibandronate" -> IBANDRONATE;
            case "alendronate-susp" -> ALENDRONATE_SUSP;
            case "fosamax-plus-d" -> FOSAMAX_PLUS_D;
            case "risedronate" -> RISEDRONATE;
            case "tymlos" -> TYMLOS;
            default -> null;
        };
    }

    static final Finding NO_CODE = new Finding(FindingKind.NO_CODE_IN_SCOPE, "codes", G + "/codes",
            "none of the requested codes is in this guideline's code list on this date", "BILLING/CODING INFORMATION", List.of());
    static final Finding NO_PRIOR_AUTHORIZATION = new Finding(FindingKind.PRIOR_AUTHORIZATION_NOT_REQUIRED, "prior-authorization",
            G + "/prior-authorization", "prior authorization is required for non-preferred drugs only", "PRIOR AUTHORIZATION CRITERIA", List.of());

    static final String ALLERGY = "Allergy to medications not requiring prior approval";
    static final String ALLERGY_READING = " [reading: a therapy of any preferred drug, of any class, that the request states ended in allergy]";
    static final String CONTRAINDICATION = "Contraindication to or drug interaction with medications not requiring prior approval";
    static final String CONTRAINDICATION_READING = " [reading: a preferred drug the request states as contraindicated or interacting"
            + " (outcome CONTRAINDICATION)]";
    static final String TOXIC = "History of unacceptable/toxic side effects to medications not requiring prior approval";
    static final String TOXIC_READING = " [reading: a therapy of a preferred drug that the request states ended in intolerance]";
    static final String TRIAL = "The requested medication may be approved if there has been a therapeutic failure to no less than a 90-day"
            + " trial of at least one preferred medication within the same class of the requested medication";
    static final String TRIAL_READING = " [reading: one therapy of one preferred drug of the requested drug's class, ended in failure, lasting"
            + " at least 90 days counting its first and last days; an ongoing therapy counts through the day before the date of service]";
    static final String ONE_CLASS = "must not: Patients should only be on ONE of the therapeutic classes (bisphosphonates, calcitonin-salmon).";
    static final String ONE_CLASS_READING = " [reading: a therapy of a class other than the requested drug's, under way on the date of"
            + " service (no end date, or ending on or after it), fails the request; switching needs the old therapy's end date]";
    static final String FEMALE = "Patient is female and postmenopausal";
    static final String POSTMENOPAUSAL_READING = " [reading: the published criterion \"Patient is female and postmenopausal\" is read as"
            + " two: sex F, and postmenopausal stated as a fact]";
    static final String DIAGNOSIS = "Diagnosis of osteoporosis";
    static final String BISPHOSPHONATE_TRIAL = "Trial of bisphosphonates for greater than 365 days";
    static final String BISPHOSPHONATE_READING = " [reading: the days of every bisphosphonate therapy before the date of service add up,"
            + " each day once, whatever the outcome; 366 days meet it, 365 do not]";
    static final String CAP = "Total lifetime therapy of parathyroid hormone analogs does not exceed 730 days (2 years)";
    static final String CAP_READING = " [reading: days of teriparatide and abaloparatide before the date of service count, each day once;"
            + " with 730 days used the cap is reached and the request is not met; with fewer, an approval is shortened so the lifetime"
            + " total cannot pass 730 days]";
    static final int CAP_DAYS = 730;

    static final int MET = HandWrittenLdct.MET;
    static final int NOT_MET = HandWrittenLdct.NOT_MET;
    static final int UNKNOWN = HandWrittenLdct.UNKNOWN;

    private final String sourceDigest;

    /** @param sourceDigest the digest the determinations name */
    public HandWrittenOsteoporosis(String sourceDigest) {
        this.sourceDigest = sourceDigest;
    }

    /** The full determination. */
    @Override
    public Determination decide(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        FindingList findings = new FindingList(12);
        if (dos.isBefore(ORIGINAL)) {
            findings.add(new Finding(FindingKind.BEFORE_ORIGINAL_EFFECTIVE_DATE, "original-effective-date", G + "/original-effective-date",
                    "the date is before the original effective date 2022-04-15", "", List.of(new Evidence("dateOfService", dos.toString(), dos))));
            return determination(r, null, Outcome.NOT_APPLICABLE, findings, null);
        }
        Drug requested = r.priorAuthorization() == null ? null : listed(r.priorAuthorization().drug());
        if (requested == null) {
            findings.add(NO_CODE);
            return determination(r, ORIGINAL, Outcome.NOT_APPLICABLE, findings, null);
        }
        Finding f = requested.finding;
        findings.add(new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(),
                List.of(new Evidence("priorAuthorization.drug", requested.id, null))));
        if (requested.preferred) {
            findings.add(NO_PRIOR_AUTHORIZATION);
            return determination(r, ORIGINAL, Outcome.NO_PRIOR_AUTHORIZATION_REQUIRED, findings, null);
        }
        List<Therapy> therapies = r.therapies();
        int n = therapies.size();
        int[] classes = new int[n];
        boolean[] preferred = new boolean[n];
        for (int i = 0; i < n; i++) {
            Drug d = listed(therapies.get(i).drug());
            classes[i] = d != null ? d.drugClass : classOf(therapies.get(i).drugClass());
            preferred[i] = d != null && d.preferred;
        }
        int reasons = tried(r, preferred, Therapy.Outcome.ALLERGY, "allergy", "allergy-to-preferred", ALLERGY, ALLERGY_READING, findings);
        reasons = HandWrittenLdct.or(reasons, tried(r, preferred, Therapy.Outcome.CONTRAINDICATION, "contraindication",
                "contraindication-to-preferred", CONTRAINDICATION, CONTRAINDICATION_READING, findings));
        reasons = HandWrittenLdct.or(reasons, tried(r, preferred, Therapy.Outcome.INTOLERANCE, "intolerance",
                "toxic-side-effects-to-preferred", TOXIC, TOXIC_READING, findings));
        int all = HandWrittenLdct.or(reasons, trial(r, preferred, classes, requested.drugClass, findings));
        all = HandWrittenLdct.and(all, oneClass(r, classes, requested.drugClass, findings));
        long used = 0;
        if (requested == TYMLOS) {
            all = HandWrittenLdct.and(all, female(r, findings));
            all = HandWrittenLdct.and(all, postmenopausal(r, findings));
            all = HandWrittenLdct.and(all, diagnosis(r, findings));
            all = HandWrittenLdct.and(all, bisphosphonates(r, classes, findings));
            used = days(therapies, classes, PTH, dos, false);
            all = HandWrittenLdct.and(all, cap(dos, used, findings));
        } else {
            findings.add(new Finding(FindingKind.CRITERIA_NOT_APPLICABLE, "for-tymlos", G + "/scope/tymlos",
                    "criteria for a request for tymlos do not apply: the request is for " + requested.id + ", not tymlos", POSITION, List.of()));
        }
        if (all != MET) {
            return determination(r, ORIGINAL, all == NOT_MET ? Outcome.NOT_MEDICALLY_NECESSARY : Outcome.NEEDS_MORE_INFORMATION, findings, null);
        }
        LocalDate through = dos.plusDays(364);
        if (requested.drugClass == PTH) {
            long left = CAP_DAYS - (requested == TYMLOS ? used : days(therapies, classes, PTH, dos, false));
            LocalDate capEnd = dos.plusDays(left - 1);
            if (left > 0 && capEnd.isBefore(through)) {
                through = capEnd;
                findings.add(new Finding(FindingKind.AUTHORIZATION_LIMITED, "length-of-authorization", G + "/length-of-authorization",
                        "365 Days, shortened to " + left + " days: pth-analog-lifetime-730-days leaves " + left + " days",
                        "LENGTH OF AUTHORIZATIONS", List.of(new Evidence("therapies", left + " days left", capEnd))));
            }
        }
        return determination(r, ORIGINAL, Outcome.MEETS_MEDICAL_NECESSITY, findings, new AuthorizationPeriod(dos, through));
    }

    /** Only the outcome: the same decision without findings, stopping once it is known. */
    @Override
    public Outcome outcome(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        if (dos.isBefore(ORIGINAL)) {
            return Outcome.NOT_APPLICABLE;
        }
        Drug requested = r.priorAuthorization() == null ? null : listed(r.priorAuthorization().drug());
        if (requested == null) {
            return Outcome.NOT_APPLICABLE;
        }
        if (requested.preferred) {
            return Outcome.NO_PRIOR_AUTHORIZATION_REQUIRED;
        }
        List<Therapy> therapies = r.therapies();
        int n = therapies.size();
        // One pass over the therapies answers the step-therapy reasons and the one-class rule.
        boolean reason = false;
        for (int i = 0; i < n; i++) {
            Therapy t = therapies.get(i);
            Drug d = listed(t.drug());
            int drugClass = d != null ? d.drugClass : classOf(t.drugClass());
            boolean started = !t.start().isAfter(dos);
            if (started && drugClass != NONE && drugClass != requested.drugClass && (t.end() == null || !t.end().isBefore(dos))) {
                return Outcome.NOT_MEDICALLY_NECESSARY;
            }
            if (!reason && started && d != null && d.preferred) {
                Therapy.Outcome o = t.outcome();
                reason = o == Therapy.Outcome.ALLERGY || o == Therapy.Outcome.CONTRAINDICATION || o == Therapy.Outcome.INTOLERANCE
                        || (o == Therapy.Outcome.FAILURE && drugClass == requested.drugClass && days(t, dos) >= 90);
            }
        }
        if (!reason) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        if (requested != TYMLOS) {
            return Outcome.MEETS_MEDICAL_NECESSITY;
        }
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            Drug d = listed(therapies.get(i).drug());
            classes[i] = d != null ? d.drugClass : classOf(therapies.get(i).drugClass());
        }
        String sex = r.member().sex();
        boolean unknown = sex == null || sex.equals("U");
        if (!unknown && !sex.equals("F")) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        Boolean post = r.facts().get("postmenopausal");
        if (post == Boolean.FALSE) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        unknown |= post == null;
        int dx = diagnosisTruth(r.diagnoses());
        if (dx == NOT_MET || days(therapies, classes, BISPHOSPHONATES, dos, true) <= 365
                || days(therapies, classes, PTH, dos, false) >= CAP_DAYS) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        return unknown || dx == UNKNOWN ? Outcome.NEEDS_MORE_INFORMATION : Outcome.MEETS_MEDICAL_NECESSITY;
    }

    private static int classOf(String stated) {
        return switch (stated) {
            case "bisphosphonates" -> BISPHOSPHONATES;
            case "calcitonin-salmon" -> CALCITONIN;
            case "parathyroid-hormone-analogs" -> PTH;
            default -> stated.isEmpty() ? NONE : NONE - 1;
        };
    }

    private static Finding criterion(int truth, String ref, String text, Evidence evidence) {
        return new Finding(HandWrittenLdct.kind(truth), ref, G + "/criterion/" + ref, text, POSITION, List.of(evidence));
    }

    private static Evidence allTherapies(CoverageRequest r) {
        return new Evidence("therapies", String.valueOf(r.therapies().size()), null);
    }

    private static int tried(CoverageRequest r, boolean[] preferred, Therapy.Outcome outcome, String outcomeName, String ref, String text,
            String reading, List<Finding> findings) {
        List<Therapy> therapies = r.therapies();
        LocalDate dos = r.dateOfService();
        for (int i = 0; i < therapies.size(); i++) {
            Therapy t = therapies.get(i);
            if (preferred[i] && !t.start().isAfter(dos) && t.outcome() == outcome) {
                findings.add(criterion(MET, ref, text + " (" + t.drug() + " from " + t.start() + " is a preferred drug with outcome " + outcomeName
                        + ")" + reading, new Evidence("therapies[" + i + "]", t.drug(), t.start())));
                return MET;
            }
        }
        findings.add(criterion(NOT_MET, ref, text + " (no therapy of a preferred drug with outcome " + outcomeName + " is stated before " + dos
                + ")" + reading, allTherapies(r)));
        return NOT_MET;
    }

    /** The days of one therapy counted before the date of service. */
    private static long days(Therapy t, LocalDate dos) {
        LocalDate dayBefore = dos.minusDays(1);
        if (t.start().isAfter(dayBefore)) {
            return 0;
        }
        LocalDate last = t.end() == null || t.end().isAfter(dayBefore) ? dayBefore : t.end();
        return ChronoUnit.DAYS.between(t.start(), last) + 1;
    }

    private static int trial(CoverageRequest r, boolean[] preferred, int[] classes, int requestedClass, List<Finding> findings) {
        List<Therapy> therapies = r.therapies();
        LocalDate dos = r.dateOfService();
        int longest = -1;
        long longestDays = 0;
        for (int i = 0; i < therapies.size(); i++) {
            Therapy t = therapies.get(i);
            if (preferred[i] && classes[i] == requestedClass && !t.start().isAfter(dos) && t.outcome() == Therapy.Outcome.FAILURE) {
                long d = days(t, dos);
                if (longest < 0 || d > longestDays) {
                    longest = i;
                    longestDays = d;
                }
            }
        }
        if (longest < 0) {
            findings.add(criterion(NOT_MET, "preferred-trial-90-days", TRIAL + " (no therapy of a preferred drug of the requested drug's class"
                    + " with outcome failure is stated before " + dos + ")" + TRIAL_READING, allTherapies(r)));
            return NOT_MET;
        }
        Therapy t = therapies.get(longest);
        int truth = longestDays >= 90 ? MET : NOT_MET;
        findings.add(criterion(truth, "preferred-trial-90-days", TRIAL + " (" + t.drug() + " from " + t.start() + " for " + longestDays
                + (truth == MET ? " days is at least 90 days)" : " days is not at least 90 days)") + TRIAL_READING,
                new Evidence("therapies[" + longest + "]", t.drug(), t.start())));
        return truth;
    }

    private static int oneClass(CoverageRequest r, int[] classes, int requestedClass, List<Finding> findings) {
        List<Therapy> therapies = r.therapies();
        LocalDate dos = r.dateOfService();
        for (int i = 0; i < therapies.size(); i++) {
            Therapy t = therapies.get(i);
            if (classes[i] != NONE && classes[i] != requestedClass && !t.start().isAfter(dos) && (t.end() == null || !t.end().isBefore(dos))) {
                // Under way: the excluded criterion holds, so the rule is not met.
                findings.add(criterion(NOT_MET, "one-therapeutic-class", ONE_CLASS + " (" + t.drug() + " from " + t.start() + " is under way on "
                        + dos + " and is a drug of a class other than the requested drug's)" + ONE_CLASS_READING,
                        new Evidence("therapies[" + i + "]", t.drug(), t.start())));
                return NOT_MET;
            }
        }
        findings.add(criterion(MET, "one-therapeutic-class", ONE_CLASS + " (no therapy of a drug of a class other than the requested drug's"
                + " is under way on " + dos + ")" + ONE_CLASS_READING, allTherapies(r)));
        return MET;
    }

    private static int female(CoverageRequest r, List<Finding> findings) {
        String sex = r.member().sex();
        Evidence evidence = new Evidence("member.sex", String.valueOf(sex), null);
        if (sex == null || sex.equals("U")) {
            findings.add(criterion(UNKNOWN, "female", FEMALE + " (sex is not known from the request)", evidence));
            return UNKNOWN;
        }
        boolean met = sex.equals("F");
        findings.add(criterion(met ? MET : NOT_MET, "female", FEMALE + " (sex " + sex + (met ? " is F)" : " is not F)"), evidence));
        return met ? MET : NOT_MET;
    }

    private static int postmenopausal(CoverageRequest r, List<Finding> findings) {
        Boolean stated = r.facts().get("postmenopausal");
        int truth = stated == null ? UNKNOWN : stated ? MET : NOT_MET;
        findings.add(criterion(truth, "postmenopausal", (stated == null ? "`postmenopausal` is not stated in the request"
                : "`postmenopausal` is " + stated) + POSTMENOPAUSAL_READING, new Evidence("facts.postmenopausal", String.valueOf(stated), null)));
        return truth;
    }

    /** True for an ICD-10-CM code in categories M80 or M81 (the codes below them included). */
    private static boolean osteoporosis(Diagnosis d) {
        String code = d.code();
        return code.length() >= 3 && (code.charAt(0) == 'M' || code.charAt(0) == 'm') && code.charAt(1) == '8'
                && (code.charAt(2) == '0' || code.charAt(2) == '1') && d.system().equals("ICD-10-CM");
    }

    private static int diagnosisTruth(List<Diagnosis> diagnoses) {
        if (diagnoses.isEmpty()) {
            return UNKNOWN;
        }
        for (int i = 0; i < diagnoses.size(); i++) {
            if (osteoporosis(diagnoses.get(i))) {
                return MET;
            }
        }
        return NOT_MET;
    }

    private static int diagnosis(CoverageRequest r, List<Finding> findings) {
        List<Diagnosis> diagnoses = r.diagnoses();
        if (diagnoses.isEmpty()) {
            findings.add(criterion(UNKNOWN, "diagnosis-osteoporosis", DIAGNOSIS + " (the request states no diagnosis)",
                    new Evidence("diagnoses", "none", null)));
            return UNKNOWN;
        }
        for (int i = 0; i < diagnoses.size(); i++) {
            Diagnosis d = diagnoses.get(i);
            if (osteoporosis(d)) {
                findings.add(criterion(MET, "diagnosis-osteoporosis", DIAGNOSIS + " (ICD-10-CM " + d.code() + " is in osteoporosis (M80-M81))",
                        new Evidence("diagnoses[" + i + "]", d.code(), null)));
                return MET;
            }
        }
        StringBuilder text = new StringBuilder(80).append(DIAGNOSIS).append(" (none of the stated diagnoses (");
        for (int i = 0; i < diagnoses.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(diagnoses.get(i).code());
        }
        findings.add(criterion(NOT_MET, "diagnosis-osteoporosis", text.append(") is in osteoporosis)").toString(),
                new Evidence("diagnoses", String.valueOf(diagnoses.size()), null)));
        return NOT_MET;
    }

    /**
     * The distinct days of therapy of class {@code drugClass} before the date of service, a day
     * counted once however many therapies cover it; with {@code startedOnly}, only therapies that
     * started on or before the date of service count (as a trial does).
     */
    private static long days(List<Therapy> therapies, int[] classes, int drugClass, LocalDate dos, boolean startedOnly) {
        long dayBefore = dos.toEpochDay() - 1;
        long[] spans = null;
        int count = 0;
        for (int i = 0; i < therapies.size(); i++) {
            Therapy t = therapies.get(i);
            if (classes[i] != drugClass || (startedOnly && t.start().isAfter(dos))) {
                continue;
            }
            long first = t.start().toEpochDay();
            long last = t.end() == null ? dayBefore : Math.min(t.end().toEpochDay(), dayBefore);
            if (first <= last) {
                if (spans == null) {
                    spans = new long[therapies.size()];
                }
                // first in the high bits, last in the low: sorting orders by first day
                spans[count++] = (first << 32) | (last & 0xffffffffL);
            }
        }
        if (count == 0) {
            return 0;
        }
        Arrays.sort(spans, 0, count);
        long total = 0;
        long coveredThrough = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long first = spans[i] >> 32;
            long last = (int) spans[i];
            long from = Math.max(first, coveredThrough + 1);
            if (from <= last) {
                total += last - from + 1;
            }
            coveredThrough = Math.max(coveredThrough, last);
        }
        return total;
    }

    private static boolean anyStarted(CoverageRequest r, int[] classes, int drugClass) {
        List<Therapy> therapies = r.therapies();
        for (int i = 0; i < therapies.size(); i++) {
            if (classes[i] == drugClass && !therapies.get(i).start().isAfter(r.dateOfService())) {
                return true;
            }
        }
        return false;
    }

    private static int bisphosphonates(CoverageRequest r, int[] classes, List<Finding> findings) {
        LocalDate dos = r.dateOfService();
        if (!anyStarted(r, classes, BISPHOSPHONATES)) {
            findings.add(criterion(NOT_MET, "bisphosphonate-trial-365-days", BISPHOSPHONATE_TRIAL + " (no therapy of a drug of class"
                    + " bisphosphonates is stated before " + dos + ")" + BISPHOSPHONATE_READING, allTherapies(r)));
            return NOT_MET;
        }
        long total = days(r.therapies(), classes, BISPHOSPHONATES, dos, true);
        int truth = total > 365 ? MET : NOT_MET;
        findings.add(criterion(truth, "bisphosphonate-trial-365-days", BISPHOSPHONATE_TRIAL + " (" + total + " days of a drug of class"
                + " bisphosphonates in total" + (truth == MET ? " is more than 365 days)" : " is not more than 365 days)") + BISPHOSPHONATE_READING,
                new Evidence("therapies", total + " days", null)));
        return truth;
    }

    private static int cap(LocalDate dos, long used, List<Finding> findings) {
        boolean met = used < CAP_DAYS;
        findings.add(criterion(met ? MET : NOT_MET, "pth-analog-lifetime-730-days", CAP + " (" + used + " days of a drug of class"
                + " parathyroid-hormone-analogs before " + dos + (met ? " leave " + (CAP_DAYS - used) + " of 730)" : " reach the limit of 730)")
                + CAP_READING, new Evidence("therapies", used + " days", null)));
        return met ? MET : NOT_MET;
    }

    private Determination determination(CoverageRequest r, LocalDate revision, Outcome outcome, FindingList findings,
            AuthorizationPeriod period) {
        LocalDate dos = r.dateOfService();
        return period == null
                ? new Determination(G, revision, dos, RevisionBasis.DATE_OF_SERVICE, dos, outcome, findings.freeze(), List.of(), sourceDigest)
                : new Determination(G, revision, dos, RevisionBasis.DATE_OF_SERVICE, dos, outcome, findings.freeze(), List.of(), sourceDigest,
                        period);
    }
}
