package io.coverkit.eval;

import io.coverkit.model.DiagnosisList;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.TimeSpan;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Order;
import io.coverkit.request.PriorService;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The outcome-only judges: each gives the truth {@link MemberJudges} gives for the same criterion,
 * without a word of explanation or an evidence record. Before them, screening a request judged
 * every criterion in full and threw the words away, so the outcome-only path of LDCT and
 * osteoporosis was no faster than deciding (GuidelineBenchmark: compiledOutcome = compiled).
 * GuidelinePathsAgreeTest and every scenario that checks both paths hold the two to the same truth.
 */
final class MemberScreens {
    private MemberScreens() {}

    static Truth age(MemberCriterion.AgeRange range, CoverageRequest request) {
        LocalDate birth = request.member().birthDate();
        LocalDate dos = request.dateOfService();
        if (birth == null || dos.isBefore(birth)) {
            return Truth.UNKNOWN;
        }
        int years = Period.between(birth, dos).getYears();
        return (range.min() != null && years < range.min()) || (range.max() != null && years > range.max()) ? Truth.NOT_MET : Truth.MET;
    }

    static Truth sex(MemberCriterion.Sex sex, CoverageRequest request) {
        String stated = request.member().sex();
        if (stated == null || stated.equals("U")) {
            return Truth.UNKNOWN;
        }
        return stated.equals(sex.sex()) ? Truth.MET : Truth.NOT_MET;
    }

    static Truth fact(String name, CoverageRequest request) {
        Boolean stated = request.facts().get(name);
        return stated == null ? Truth.UNKNOWN : stated ? Truth.MET : Truth.NOT_MET;
    }

    static Truth threshold(MemberCriterion.Threshold threshold, CoverageRequest request, RevisionContext context) {
        Measures.Measure m = Measures.measure(threshold, request, context);
        if (m.problem() != Measures.Problem.MEASURED) {
            return Truth.UNKNOWN;
        }
        return Measures.admits(threshold, m) ? Truth.MET : Truth.NOT_MET;
    }

    static Truth frequency(MemberCriterion.Frequency frequency, CoverageRequest request, RevisionContext context) {
        return context.latestService(request, frequency.per().before(request.dateOfService())) < 0 ? Truth.MET : Truth.NOT_MET;
    }

    static Truth since(MemberCriterion.Since since, CoverageRequest request) {
        int field = MemberJudges.latestEvent(since.event(), request);
        if (field < 0) {
            return Truth.UNKNOWN;
        }
        LocalDate latest = request.events().get(field).date();
        LocalDate from = request.dateOfService();
        if (!since.anchor().isEmpty()) {
            int anchor = MemberJudges.latestEvent(since.anchor(), request);
            if (anchor < 0) {
                return Truth.UNKNOWN;
            }
            from = request.events().get(anchor).date();
            if (latest.isAfter(from)) {
                return Truth.NOT_MET;
            }
        }
        LocalDate earliest = since.within().before(from);
        boolean within = since.inclusive() ? !latest.isBefore(earliest) : latest.isAfter(earliest);
        return within ? Truth.MET : Truth.NOT_MET;
    }

    static Truth diagnosis(DiagnosisList list, CoverageRequest request) {
        List<Diagnosis> diagnoses = request.diagnoses();
        if (diagnoses.isEmpty()) {
            return Truth.UNKNOWN;
        }
        for (int i = 0; i < diagnoses.size(); i++) {
            Diagnosis d = diagnoses.get(i);
            if ("ICD-10-CM".equals(d.system()) && list.match(d.code()) != null) {
                return Truth.MET;
            }
        }
        return Truth.NOT_MET;
    }

    static Truth tried(MemberCriterion.Tried tried, CoverageRequest request, RevisionContext context) {
        if (tried.needed() > 1) {
            return DistinctTrials.screen(tried, request, context);
        }
        LocalDate dos = request.dateOfService();
        List<Therapy> therapies = request.therapies();
        TherapyDays.Matches trials = TherapyDays.tried(tried, request, context);
        int[] matching = trials.indexes();
        int count = trials.count();
        if (count == 0) {
            return Truth.NOT_MET;
        }
        TimeSpan duration = tried.duration();
        if (duration == null) {
            return Truth.MET;
        }
        long needed = ChronoUnit.DAYS.between(duration.before(dos), dos);
        long days = 0;
        if (tried.total()) {
            days = TherapyDays.totalDays(therapies, matching, count, dos, null);
        } else {
            for (int k = 0; k < count; k++) {
                days = Math.max(days, TherapyDays.days(therapies.get(matching[k]), dos));
            }
        }
        return (tried.inclusive() ? days >= needed : days > needed) ? Truth.MET : Truth.NOT_MET;
    }

    static Truth taking(MemberCriterion.Taking taking, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        TherapyDays.Matches matches = TherapyDays.matching(taking.filter(), request, context);
        for (int k = 0; k < matches.count(); k++) {
            Therapy t = request.therapies().get(matches.indexes()[k]);
            if (!t.start().isAfter(dos) && (t.end() == null || !t.end().isBefore(dos))) {
                return Truth.MET;
            }
        }
        return Truth.NOT_MET;
    }

    static Truth cap(MemberCriterion.Cap cap, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        return MemberJudges.usedDays(cap, request, context) < MemberJudges.limitDays(cap, dos) ? Truth.MET : Truth.NOT_MET;
    }

    static Truth prerequisite(MemberCriterion.Prerequisite p, CoverageRequest request) {
        int best = bestPrerequisite(p, request);
        return best < 0 ? Truth.UNKNOWN : missing(p, request.priorServices().get(best)) == 0 ? Truth.MET : Truth.NOT_MET;
    }

    /**
     * The prior service of the prerequisite's code on or before the date of service whose record
     * documents the most of its elements (the latest among equals), or -1.
     */
    static int bestPrerequisite(MemberCriterion.Prerequisite p, CoverageRequest request) {
        LocalDate dos = request.dateOfService();
        List<PriorService> services = request.priorServices();
        int best = -1;
        int bestMissing = Integer.MAX_VALUE;
        for (int i = 0; i < services.size(); i++) {
            PriorService s = services.get(i);
            if (s.system().equals(p.system()) && s.code().equals(p.code()) && !s.date().isAfter(dos)) {
                int missing = missing(p, s);
                if (missing < bestMissing || (missing == bestMissing && s.date().isAfter(services.get(best).date()))) {
                    best = i;
                    bestMissing = missing;
                }
            }
        }
        return best;
    }

    /** How many of the prerequisite's elements the service's record does not document. */
    private static int missing(MemberCriterion.Prerequisite p, PriorService s) {
        int missing = 0;
        for (MemberCriterion.Element e : p.elements()) {
            if (!s.elements().contains(e.id())) {
                missing++;
            }
        }
        return missing;
    }

    static Truth ordered(MemberCriterion.Ordered o, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        Truth truth = Truth.UNKNOWN;
        for (Order order : request.orders()) {
            if (!counts(order, dos, context)) {
                continue;
            }
            boolean fails = (o.written() && !order.written()) || (o.during() != null && !o.during().equals(order.visit()))
                    || (o.byPractitioner() && order.orderedBy().isEmpty());
            if (!fails) {
                return Truth.MET;
            }
            truth = Truth.NOT_MET;
        }
        return truth;
    }

    /** True when the order is dated on or before the date of service and names no code, or one of the revision's. */
    static boolean counts(Order order, LocalDate dos, RevisionContext context) {
        return !order.date().isAfter(dos) && (order.code().isEmpty() || context.serviceCodes().containsCode(order.code()));
    }
}
