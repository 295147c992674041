package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.IcdRange;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Event;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorService;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/** The judge of each kind of member criterion; the compiler picks one per criterion, once. */
public final class MemberJudges {
    private MemberJudges() {}

    /**
     * The judge of {@code test} within one revision. What a judgement's words need from the policy
     * alone (a criterion's description, a span in words) is worded here, once, rather than on every
     * decision; the outcome-only path screens with {@link MemberScreens}, which builds no words.
     */
    public static MemberJudge of(MemberCriterion.Test test, RevisionContext context) {
        MemberJudge claim = ClaimJudges.of(test, context);
        if (claim != null) {
            return claim;
        }
        if (test instanceof io.coverkit.model.TimeTest time) {
            return TimeRelations.of(time, context);
        }
        if (test instanceof MemberCriterion.AgeRange range) {
            return MemberJudge.of(r -> age(range, r), r -> MemberScreens.age(range, r));
        }
        if (test instanceof MemberCriterion.Sex sex) {
            return MemberJudge.of(r -> sex(sex, r), r -> MemberScreens.sex(sex, r));
        }
        if (test instanceof MemberCriterion.Threshold threshold) {
            String described = MemberCriteria.describe(threshold);
            return MemberJudge.of(r -> threshold(threshold, described, r, context), r -> MemberScreens.threshold(threshold, r, context));
        }
        if (test instanceof MemberCriterion.Frequency frequency) {
            String per = frequency.per().describe();
            return MemberJudge.of(r -> frequency(frequency, per, r, context), r -> MemberScreens.frequency(frequency, r, context));
        }
        if (test instanceof MemberCriterion.Since since) {
            String within = since.within().describe();
            return MemberJudge.of(r -> since(since, within, r), r -> MemberScreens.since(since, r));
        }
        if (test instanceof MemberCriterion.Diagnosis diagnosis) {
            DiagnosisList list = context.diagnosisLists().get(diagnosis.list());
            return MemberJudge.of(r -> diagnosis(list, r), r -> MemberScreens.diagnosis(list, r));
        }
        if (test instanceof MemberCriterion.Tried tried) {
            String what = tried.filter().describe() + (tried.outcome() == null ? "" : " with outcome " + lower(tried.outcome()));
            return MemberJudge.of(r -> tried(tried, what, r, context), r -> MemberScreens.tried(tried, r, context));
        }
        if (test instanceof MemberCriterion.Taking taking) {
            String what = taking.filter().describe();
            return MemberJudge.of(r -> taking(taking, what, r, context), r -> MemberScreens.taking(taking, r, context));
        }
        if (test instanceof MemberCriterion.Cap cap) {
            String what = cap.filter().describe();
            String per = cap.per() == null ? null : cap.per().describe();
            return MemberJudge.of(r -> cap(cap, what, per, r, context), r -> MemberScreens.cap(cap, r, context));
        }
        if (test instanceof MemberCriterion.Prerequisite prerequisite) {
            return MemberJudge.of(r -> prerequisite(prerequisite, r), r -> MemberScreens.prerequisite(prerequisite, r));
        }
        if (test instanceof MemberCriterion.Ordered ordered) {
            String described = MemberCriteria.describe(ordered);
            return MemberJudge.of(r -> ordered(ordered, described, r, context), r -> MemberScreens.ordered(ordered, r, context));
        }
        String name = ((MemberCriterion.Fact) test).name();
        return MemberJudge.of(r -> fact(name, r), r -> MemberScreens.fact(name, r));
    }

    private static Judgement age(MemberCriterion.AgeRange range, CoverageRequest request) {
        LocalDate dos = request.dateOfService();
        OptionalInt age = request.member().ageOn(dos);
        Evidence evidence = new Evidence("member.birthDate", String.valueOf(request.member().birthDate()), request.member().birthDate());
        if (age.isEmpty()) {
            return new Judgement(Truth.UNKNOWN, "age on " + dos + " is not known: the request gives no birth date", evidence);
        }
        int years = age.getAsInt();
        if (range.min() != null && years < range.min()) {
            return new Judgement(Truth.NOT_MET, "age " + years + " on " + dos + " is under " + range.min(), evidence);
        }
        if (range.max() != null && years > range.max()) {
            return new Judgement(Truth.NOT_MET, "age " + years + " on " + dos + " is over " + range.max(), evidence);
        }
        String bounds = range.min() != null && range.max() != null ? range.min() + " to " + range.max()
                : range.min() != null ? "at least " + range.min() : "at most " + range.max();
        return new Judgement(Truth.MET, "age " + years + " on " + dos + " is within " + bounds, evidence);
    }

    private static Judgement sex(MemberCriterion.Sex sex, CoverageRequest request) {
        String stated = request.member().sex();
        Evidence evidence = new Evidence("member.sex", String.valueOf(stated), null);
        if (stated == null || stated.equals("U")) {
            return new Judgement(Truth.UNKNOWN, "sex is not known from the request", evidence);
        }
        boolean met = stated.equals(sex.sex());
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, "sex " + stated + (met ? " is " : " is not ") + sex.sex(), evidence);
    }

    private static Judgement fact(String name, CoverageRequest request) {
        Boolean stated = request.facts().get(name);
        Evidence evidence = new Evidence("facts." + name, String.valueOf(stated), null);
        if (stated == null) {
            return new Judgement(Truth.UNKNOWN, "`" + name + "` is not stated in the request", evidence);
        }
        return new Judgement(stated ? Truth.MET : Truth.NOT_MET, "`" + name + "` is " + stated, evidence);
    }

    private static Judgement threshold(MemberCriterion.Threshold threshold, String described, CoverageRequest request,
            RevisionContext context) {
        Measures.Measure m = Measures.measure(threshold, request, context);
        String q = threshold.quantity();
        String by = threshold.method().isEmpty() ? "" : " by " + threshold.method();
        switch (m.problem()) {
            case NOT_STATED:
                return new Judgement(Truth.UNKNOWN, "`" + q + "`" + by + " is not stated in the request's observations",
                        new Evidence("observations", q + " = ?", null));
            case OTHER_METHOD:
                return new Judgement(Truth.UNKNOWN, "`" + q + "` is stated, but not measured by " + threshold.method()
                        + "; state an observation of " + q + " with method " + threshold.method(),
                        new Evidence("observations", q + " = ?", null));
            case DIVISOR:
                return new Judgement(Truth.UNKNOWN, "`" + q + "` cannot be derived: its divisor is not above 0",
                        new Evidence("observations", q + " = ?", null));
            case UNIT: {
                Observation o = m.observation();
                return new Judgement(Truth.UNKNOWN, "`" + q + "` is stated in " + o.unit() + ", not " + threshold.unit()
                        + ", and does not convert exactly; state it in " + threshold.unit(),
                        new Evidence("observations", q + " = " + o.value().toPlainString() + " " + o.unit(), o.date()));
            }
            default:
                break;
        }
        boolean met = Measures.admits(threshold, m);
        Observation o = m.observation();
        boolean converted = o != null && o.value().compareTo(m.numerator()) != 0;
        String value = converted ? Measures.plain(o.value()) + " " + o.unit() + " (" + Measures.plain(m.numerator()) + " "
                + threshold.unit() + ")" : m.shown();
        String stated = m.denominator() != null ? m.shown()
                : converted ? o.value().toPlainString() + " " + o.unit() : m.numerator().toPlainString();
        Evidence evidence = new Evidence("observations", q + " = " + stated, null);
        if (threshold.lower() == null || threshold.upper() == null) {
            return new Judgement(met ? Truth.MET : Truth.NOT_MET, q + by + " " + value + (met ? " meets " : " fails ") + described,
                    evidence);
        }
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, q + by + " " + value + " is "
                + (met ? "within " + MemberCriteria.bounds(threshold) : Measures.outside(threshold, m)), evidence);
    }

    private static Judgement frequency(MemberCriterion.Frequency frequency, String per, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        LocalDate after = frequency.per().before(dos);
        int field = context.latestService(request, after);
        if (field < 0) {
            return new Judgement(Truth.MET, "no prior service of this guideline's codes is stated after " + after,
                    new Evidence("priorServices", "none after " + after, null));
        }
        PriorService blocking = request.priorServices().get(field);
        return new Judgement(Truth.NOT_MET, blocking.system() + " " + blocking.code() + " on " + blocking.date() + " is less than "
                + per + " before " + dos,
                new Evidence("priorServices[" + field + "]", blocking.system() + " " + blocking.code(), blocking.date()));
    }

    private static Judgement since(MemberCriterion.Since since, String withinWords, CoverageRequest request) {
        LocalDate dos = request.dateOfService();
        int field = latestEvent(since.event(), request);
        LocalDate latest = field < 0 ? null : request.events().get(field).date();
        Evidence evidence = new Evidence(field < 0 ? "events" : "events[" + field + "]", since.event(), latest);
        if (latest == null) {
            return new Judgement(Truth.UNKNOWN, "no `" + since.event() + "` event on or before " + dos + " is stated", evidence);
        }
        LocalDate from = dos;
        String fromWhat = String.valueOf(dos);
        if (!since.anchor().isEmpty()) {
            int anchor = latestEvent(since.anchor(), request);
            if (anchor < 0) {
                return new Judgement(Truth.UNKNOWN, "no `" + since.anchor() + "` event on or before " + dos + " is stated",
                        new Evidence("events", since.anchor(), null));
            }
            from = request.events().get(anchor).date();
            fromWhat = since.anchor() + " on " + from;
            if (latest.isAfter(from)) {
                return new Judgement(Truth.NOT_MET, since.event() + " on " + latest + " is after " + fromWhat, evidence);
            }
        }
        LocalDate earliest = since.within().before(from);
        boolean within = since.inclusive() ? !latest.isBefore(earliest) : latest.isAfter(earliest);
        return new Judgement(within ? Truth.MET : Truth.NOT_MET, since.event() + " on " + latest
                + (within ? " is within " : " is more than ") + withinWords + " before " + fromWhat, evidence);
    }

    /** The index of the latest event {@code code} on or before the date of service, or -1. */
    static int latestEvent(String code, CoverageRequest request) {
        int field = -1;
        for (int i = 0; i < request.events().size(); i++) {
            Event e = request.events().get(i);
            if (e.code().equals(code) && !e.date().isAfter(request.dateOfService())
                    && (field < 0 || e.date().isAfter(request.events().get(field).date()))) {
                field = i;
            }
        }
        return field;
    }

    private static Judgement diagnosis(DiagnosisList list, CoverageRequest request) {
        List<Diagnosis> diagnoses = request.diagnoses();
        if (diagnoses.isEmpty()) {
            return new Judgement(Truth.UNKNOWN, "the request states no diagnosis", new Evidence("diagnoses", "none", null));
        }
        for (int i = 0; i < diagnoses.size(); i++) {
            Diagnosis d = diagnoses.get(i);
            IcdRange match = "ICD-10-CM".equals(d.system()) ? list.match(d.code()) : null;
            if (match != null) {
                return new Judgement(Truth.MET, "ICD-10-CM " + d.code() + " is in " + list.name() + " ("
                        + match.describe() + ")", new Evidence("diagnoses[" + i + "]", d.code(), null));
            }
        }
        return new Judgement(Truth.NOT_MET, "none of the stated diagnoses ("
                + String.join(", ", diagnoses.stream().map(Diagnosis::code).toList()) + ") is in " + list.name(),
                new Evidence("diagnoses", String.valueOf(diagnoses.size()), null));
    }

    private static Judgement tried(MemberCriterion.Tried tried, String what, CoverageRequest request, RevisionContext context) {
        if (tried.needed() > 1) {
            return DistinctTrials.judge(tried, what, request, context);
        }
        LocalDate dos = request.dateOfService();
        List<Therapy> therapies = request.therapies();
        TherapyDays.Matches trials = TherapyDays.tried(tried, request, context);
        int[] matching = trials.indexes();
        int count = trials.count();
        if (count == 0) {
            return new Judgement(Truth.NOT_MET, "no therapy of " + what + " is stated before " + dos,
                    new Evidence("therapies", String.valueOf(therapies.size()), null));
        }
        if (tried.duration() == null) {
            Therapy t = therapies.get(matching[0]);
            return new Judgement(Truth.MET, t.label() + " from " + t.start() + " is " + what,
                    new Evidence("therapies[" + matching[0] + "]", t.label(), t.start()));
        }
        long needed = ChronoUnit.DAYS.between(tried.duration().before(dos), dos);
        String bound = (tried.inclusive() ? "at least " : "more than ") + needed + " days";
        if (tried.total()) {
            long total = TherapyDays.totalDays(therapies, matching, count, dos, null);
            boolean met = tried.inclusive() ? total >= needed : total > needed;
            return new Judgement(met ? Truth.MET : Truth.NOT_MET, total + " days of " + what + " in total"
                    + (met ? " is " : " is not ") + bound, new Evidence("therapies", total + " days", null));
        }
        int longest = matching[0];
        long days = TherapyDays.days(therapies.get(longest), dos);
        for (int k = 1; k < count; k++) {
            long d = TherapyDays.days(therapies.get(matching[k]), dos);
            if (d > days) {
                longest = matching[k];
                days = d;
            }
        }
        Therapy t = therapies.get(longest);
        boolean met = tried.inclusive() ? days >= needed : days > needed;
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, t.label() + " from " + t.start() + " for " + days + " days"
                + (met ? " is " : " is not ") + bound, new Evidence("therapies[" + longest + "]", t.label(), t.start()));
    }

    private static Judgement taking(MemberCriterion.Taking taking, String what, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        TherapyDays.Matches matches = TherapyDays.matching(taking.filter(), request, context);
        for (int k = 0; k < matches.count(); k++) {
            int i = matches.indexes()[k];
            Therapy t = request.therapies().get(i);
            if (!t.start().isAfter(dos) && (t.end() == null || !t.end().isBefore(dos))) {
                return new Judgement(Truth.MET, t.label() + " from " + t.start() + " is under way on " + dos + " and is "
                        + what, new Evidence("therapies[" + i + "]", t.label(), t.start()));
            }
        }
        return new Judgement(Truth.NOT_MET, "no therapy of " + what + " is under way on " + dos,
                new Evidence("therapies", String.valueOf(request.therapies().size()), null));
    }

    private static Judgement cap(MemberCriterion.Cap cap, String what, String per, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        long limit = limitDays(cap, dos);
        long used = usedDays(cap, request, context);
        boolean met = used < limit;
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, used + " days of " + what
                + (per == null ? " before " + dos : " in the " + per + " before " + dos)
                + (met ? " leave " + (limit - used) + " of " + limit : " reach the limit of " + limit),
                new Evidence("therapies", used + " days", null));
    }

    /** The cap's limit in days, counted back from the date of service for spans in months or years. */
    static long limitDays(MemberCriterion.Cap cap, LocalDate dos) {
        return ChronoUnit.DAYS.between(cap.limit().before(dos), dos);
    }

    /** The days of matching therapy the cap counts. */
    static long usedDays(MemberCriterion.Cap cap, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        TherapyDays.Matches matching = TherapyDays.matching(cap.filter(), request, context);
        return TherapyDays.totalDays(request.therapies(), matching.indexes(), matching.count(), dos,
                cap.per() == null ? null : cap.per().before(dos));
    }

    private static Judgement prerequisite(MemberCriterion.Prerequisite p, CoverageRequest request) {
        LocalDate dos = request.dateOfService();
        int best = MemberScreens.bestPrerequisite(p, request);
        String service = p.service() + " (" + p.system() + " " + p.code() + ")";
        if (best < 0) {
            return new Judgement(Truth.UNKNOWN, "no " + service + " on or before " + dos + " is stated",
                    new Evidence("priorServices", "no " + p.system() + " " + p.code(), null));
        }
        PriorService s = request.priorServices().get(best);
        Evidence evidence = new Evidence("priorServices[" + best + "]", p.system() + " " + p.code(), s.date());
        StringBuilder missing = null;
        for (MemberCriterion.Element e : p.elements()) {
            if (!s.elements().contains(e.id())) {
                missing = missing == null ? new StringBuilder(e.id()) : missing.append(", ").append(e.id());
            }
        }
        if (missing != null) {
            return new Judgement(Truth.NOT_MET, service + " on " + s.date() + " does not document " + missing, evidence);
        }
        return new Judgement(Truth.MET, service + " on " + s.date() + " documents every element", evidence);
    }

    private static Judgement ordered(MemberCriterion.Ordered o, String described, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        List<Order> orders = request.orders();
        String failed = null;
        int failedAt = -1;
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            if (!MemberScreens.counts(order, dos, context)) {
                continue;
            }
            String problem = o.written() && !order.written() ? "is not written"
                    : o.during() != null && !o.during().equals(order.visit()) ? "was not given during " + o.during()
                    + (order.visit().isEmpty() ? "" : " but during " + order.visit())
                    : o.byPractitioner() && order.orderedBy().isEmpty() ? "does not say who gave it" : null;
            if (problem == null) {
                return new Judgement(Truth.MET, "the order of " + order.date() + " meets " + described,
                        new Evidence("orders[" + i + "]", order.code().isEmpty() ? "order" : order.code(), order.date()));
            }
            failed = "the order of " + order.date() + " " + problem;
            failedAt = i;
        }
        if (failed == null) {
            return new Judgement(Truth.UNKNOWN, "no order on or before " + dos + " is stated", new Evidence("orders", "none", null));
        }
        return new Judgement(Truth.NOT_MET, failed, new Evidence("orders[" + failedAt + "]", "order", orders.get(failedAt).date()));
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
