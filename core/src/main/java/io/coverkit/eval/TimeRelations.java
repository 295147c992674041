package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.TimeTest;
import io.coverkit.model.TimeTest.Ref;
import io.coverkit.model.TimeTest.Window;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Observation;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Judges and screens of {@code occurred}, {@code measured}, {@code lasted} and {@code count}. Each
 * screen and its judge share the search that decides the truth ({@link #inWindow}, {@link
 * #occurrence}), so the words only describe what the screen found. Explanations say where a date
 * falls ("45 days after pap-start on 2024-01-20, within day 31 to day 91"), never a negated rule.
 */
final class TimeRelations {
    private TimeRelations() {}

    /** The judge of a time test other than adherence; adherence has its own ({@link AdherenceRuns}). */
    static MemberJudge of(TimeTest test, RevisionContext context) {
        if (test instanceof TimeTest.Occurred o) {
            return MemberJudge.of(r -> occurred(o, r, context), r -> occurredTruth(o, r, context));
        }
        if (test instanceof TimeTest.Measured m) {
            return MemberJudge.of(r -> measured(m, r, context), r -> measuredTruth(m, r, context));
        }
        if (test instanceof TimeTest.Lasted l) {
            return MemberJudge.of(r -> lasted(l, r, context), r -> lastedTruth(l, r, context));
        }
        if (test instanceof TimeTest.Count c) {
            return MemberJudge.of(r -> count(c, r, context), r -> countTruth(c, r, context));
        }
        if (test instanceof TimeTest.Trend t) {
            return MemberJudge.of(r -> Trends.judge(t, r, context), r -> Trends.truth(t, r, context));
        }
        TimeTest.Adherence a = (TimeTest.Adherence) test;
        return MemberJudge.of(r -> AdherenceRuns.judge(a, r, context), r -> AdherenceRuns.truth(a, r, context));
    }

    /** True when {@code date} is within the window before (or after) {@code anchor}. */
    static boolean inWindow(LocalDate date, LocalDate anchor, boolean before, Window w) {
        if (before ? date.isAfter(anchor) : date.isBefore(anchor)) {
            return false;
        }
        if (w.lower() != null) {
            LocalDate edge = before ? w.lower().before(anchor) : w.lower().after(anchor);
            int c = before ? edge.compareTo(date) : date.compareTo(edge);
            if (w.lowerInclusive() ? c < 0 : c <= 0) {
                return false;
            }
        }
        if (w.upper() != null) {
            LocalDate edge = before ? w.upper().before(anchor) : w.upper().after(anchor);
            int c = before ? date.compareTo(edge) : edge.compareTo(date);
            return w.upperInclusive() ? c >= 0 : c > 0;
        }
        return true;
    }

    /**
     * The position of the latest occurrence of {@code event} within the window, when there is one;
     * -1 when the request states no occurrence at all; otherwise {@code -2 - p}, where p is the
     * position of the latest occurrence (none in the window).
     */
    static int occurrence(Ref event, LocalDate anchor, boolean before, Window w, CoverageRequest request,
            RevisionContext context) {
        int inside = -1;
        LocalDate insideDate = null;
        int latest = -1;
        LocalDate latestDate = null;
        int n = DatedRefs.size(event, request);
        for (int i = 0; i < n; i++) {
            LocalDate d = DatedRefs.occurrence(event, request, i, context);
            if (d == null) {
                continue;
            }
            if (latestDate == null || d.isAfter(latestDate)) {
                latest = i;
                latestDate = d;
            }
            if (inWindow(d, anchor, before, w) && (insideDate == null || d.isAfter(insideDate))) {
                inside = i;
                insideDate = d;
            }
        }
        return inside >= 0 ? inside : latest < 0 ? -1 : -2 - latest;
    }

    static Truth occurredTruth(TimeTest.Occurred o, CoverageRequest request, RevisionContext context) {
        int a = DatedRefs.latest(o.anchor(), request, context);
        if (a < 0) {
            return Truth.UNKNOWN;
        }
        int found = occurrence(o.event(), DatedRefs.dateAt(o.anchor(), request, a), o.before(), o.window(), request, context);
        return found >= 0 ? Truth.MET : found == -1 ? Truth.UNKNOWN : Truth.NOT_MET;
    }

    private static Judgement occurred(TimeTest.Occurred o, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        int a = DatedRefs.latest(o.anchor(), request, context);
        if (a < 0) {
            return notStated(o.anchor(), dos);
        }
        LocalDate anchor = DatedRefs.dateAt(o.anchor(), request, a);
        int found = occurrence(o.event(), anchor, o.before(), o.window(), request, context);
        if (found == -1) {
            return notStated(o.event(), dos);
        }
        int at = found >= 0 ? found : -2 - found;
        LocalDate date = DatedRefs.dateAt(o.event(), request, at);
        return new Judgement(found >= 0 ? Truth.MET : Truth.NOT_MET,
                where(o.event(), date, anchor, o.anchor(), o.before(), o.window(), found >= 0),
                new Evidence(DatedRefs.field(o.event(), at), o.event().written(), date));
    }

    /**
     * Where a date falls against an anchor, such as {@code clinical-re-evaluation on 2024-03-05 is
     * 45 days after pap-start on 2024-01-20, within day 31 to day 91}.
     */
    static String where(Ref what, LocalDate date, LocalDate anchor, Ref anchorRef, boolean before, Window w, boolean met) {
        long days = ChronoUnit.DAYS.between(anchor, date);
        String relation = days == 0 ? "on the same day as" : Math.abs(days) + (Math.abs(days) == 1 ? " day " : " days ")
                + (days < 0 ? "before" : "after");
        String anchorWords = anchorRef.kind() == Ref.Kind.SERVICE ? "the date of service, " + anchor
                : anchorRef.describe() + " on " + anchor;
        String s = what.describe() + " on " + date + " is " + relation + " " + anchorWords;
        boolean wrongSide = before ? days > 0 : days < 0;
        String window = w.days();
        if (wrongSide) {
            return s + (before ? ", not before it" : ", not after it");
        }
        if (window.isEmpty()) {
            return s;
        }
        return s + (met ? ", within " : ", outside ") + window + (before ? " before" : " after");
    }

    private static Judgement notStated(Ref ref, LocalDate dos) {
        String what = switch (ref.kind()) {
            case EVENT -> "`" + ref.code() + "` event";
            case PRIOR_SERVICE -> "prior service " + ref.code();
            case THERAPY -> "therapy of " + ref.code();
            case SERVICE -> "date of service";
        };
        return new Judgement(Truth.UNKNOWN, "no " + what + " on or before " + dos + " is stated",
                new Evidence(DatedRefs.list(ref), ref.written(), null));
    }

    /** The latest observation of the code, when it is dated; null otherwise. */
    private static Observation datedLatest(String code, CoverageRequest request) {
        int i = Measures.latest(code, "", request);
        Observation o = i < 0 ? null : request.observations().get(i);
        return o == null || o.date() == null ? null : o;
    }

    static Truth measuredTruth(TimeTest.Measured m, CoverageRequest request, RevisionContext context) {
        int a = DatedRefs.latest(m.anchor(), request, context);
        Observation o = datedLatest(m.code(), request);
        if (a < 0 || o == null) {
            return Truth.UNKNOWN;
        }
        return inWindow(o.date(), DatedRefs.dateAt(m.anchor(), request, a), m.before(), m.window()) ? Truth.MET : Truth.NOT_MET;
    }

    private static Judgement measured(TimeTest.Measured m, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        int a = DatedRefs.latest(m.anchor(), request, context);
        if (a < 0) {
            return notStated(m.anchor(), dos);
        }
        Observation o = datedLatest(m.code(), request);
        if (o == null) {
            return new Judgement(Truth.UNKNOWN, "no dated `" + m.code() + "` observation on or before " + dos + " is stated",
                    new Evidence("observations", m.code(), null));
        }
        LocalDate anchor = DatedRefs.dateAt(m.anchor(), request, a);
        boolean met = inWindow(o.date(), anchor, m.before(), m.window());
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, "the latest "
                + where(new Ref(Ref.Kind.EVENT, m.code()), o.date(), anchor, m.anchor(), m.before(), m.window(), met),
                new Evidence("observations", m.code() + " = " + o.value().toPlainString(), o.date()));
    }

    /** The last day a therapy counts for {@code lasted}: its end, or the date of service while it goes on. */
    private static LocalDate lastDay(Therapy t, LocalDate dos) {
        return t.end() == null || t.end().isAfter(dos) ? dos : t.end();
    }

    /** True when the therapy's days, start and last day both counted, reach the span. */
    private static boolean lastedLongEnough(TimeTest.Lasted l, Therapy t, LocalDate dos) {
        // The first day past a span of exactly `span` days: at least the span when the last day
        // reaches the day before it, more than the span when it reaches that day itself.
        LocalDate past = l.span().after(t.start());
        LocalDate last = lastDay(t, dos);
        return l.inclusive() ? !last.isBefore(past.minusDays(1)) : !last.isBefore(past);
    }

    /** The position of a therapy that lasted long enough, else {@code -2 - p} of the longest, else -1. */
    private static int lastedTherapy(TimeTest.Lasted l, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        Ref ref = new Ref(Ref.Kind.THERAPY, l.therapy());
        int longest = -1;
        long longestDays = -1;
        for (int i = 0; i < request.therapies().size(); i++) {
            if (DatedRefs.occurrence(ref, request, i, context) == null) {
                continue;
            }
            Therapy t = request.therapies().get(i);
            if (lastedLongEnough(l, t, dos)) {
                return i;
            }
            long days = ChronoUnit.DAYS.between(t.start(), lastDay(t, dos)) + 1;
            if (days > longestDays) {
                longest = i;
                longestDays = days;
            }
        }
        return longest < 0 ? -1 : -2 - longest;
    }

    static Truth lastedTruth(TimeTest.Lasted l, CoverageRequest request, RevisionContext context) {
        int found = lastedTherapy(l, request, context);
        return found >= 0 ? Truth.MET : found == -1 ? Truth.UNKNOWN : Truth.NOT_MET;
    }

    private static Judgement lasted(TimeTest.Lasted l, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        int found = lastedTherapy(l, request, context);
        if (found == -1) {
            return notStated(new Ref(Ref.Kind.THERAPY, l.therapy()), dos);
        }
        int at = found >= 0 ? found : -2 - found;
        Therapy t = request.therapies().get(at);
        LocalDate last = lastDay(t, dos);
        long days = ChronoUnit.DAYS.between(t.start(), last) + 1;
        String bound = (l.inclusive() ? "at least " : "more than ") + l.span().describe();
        String through = t.end() == null || t.end().isAfter(dos) ? " through the date of service " + dos : " through " + last;
        return new Judgement(found >= 0 ? Truth.MET : Truth.NOT_MET, t.drug() + " from " + t.start() + through + " lasted "
                + days + (days == 1 ? " day" : " days") + (found >= 0 ? ", " : ", shorter than ") + bound,
                new Evidence("therapies[" + at + "]", t.drug(), t.start()));
    }

    /** The first day of a count's window: {@code within} before the anchor's date. */
    private static LocalDate countFrom(TimeTest.Count c, LocalDate anchor) {
        return c.within().before(anchor);
    }

    /**
     * The number of occurrences in the window, or -1 when the request states none at all (on or
     * before the date of service) or no anchor.
     */
    private static int counted(TimeTest.Count c, CoverageRequest request, RevisionContext context) {
        int a = DatedRefs.latest(c.anchor(), request, context);
        if (a < 0) {
            return -1;
        }
        LocalDate anchor = DatedRefs.dateAt(c.anchor(), request, a);
        LocalDate from = countFrom(c, anchor);
        boolean any = false;
        int count = 0;
        int n = DatedRefs.size(c.event(), request);
        for (int i = 0; i < n; i++) {
            LocalDate d = DatedRefs.occurrence(c.event(), request, i, context);
            if (d != null) {
                any = true;
                if (!d.isBefore(from) && !d.isAfter(anchor)) {
                    count++;
                }
            }
        }
        return any ? count : -1;
    }

    private static boolean countMet(TimeTest.Count c, int count) {
        return (c.atLeast() == null || count >= c.atLeast()) && (c.atMost() == null || count <= c.atMost());
    }

    static Truth countTruth(TimeTest.Count c, CoverageRequest request, RevisionContext context) {
        int count = counted(c, request, context);
        return count < 0 ? Truth.UNKNOWN : countMet(c, count) ? Truth.MET : Truth.NOT_MET;
    }

    private static Judgement count(TimeTest.Count c, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        int a = DatedRefs.latest(c.anchor(), request, context);
        if (a < 0) {
            return notStated(c.anchor(), dos);
        }
        int count = counted(c, request, context);
        if (count < 0) {
            return notStated(c.event(), dos);
        }
        LocalDate anchor = DatedRefs.dateAt(c.anchor(), request, a);
        boolean met = countMet(c, count);
        String anchorWords = c.anchor().kind() == Ref.Kind.SERVICE ? anchor + ", the date of service"
                : c.anchor().describe() + " on " + anchor;
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, count + (count == 1 ? " occurrence" : " occurrences") + " of "
                + c.event().describe() + " from " + countFrom(c, anchor) + " through " + anchorWords + " ("
                + c.within().describe() + "), " + (met ? "as required: " : "where the criterion requires ") + bounds(c),
                new Evidence(DatedRefs.list(c.event()), c.event().written() + " x " + count, null));
    }

    /** A count's bounds in words, such as {@code at least 2}. */
    static String bounds(TimeTest.Count c) {
        if (c.atLeast() != null && c.atMost() != null) {
            return c.atLeast().equals(c.atMost()) ? "exactly " + c.atLeast() : c.atLeast() + " to " + c.atMost();
        }
        return c.atLeast() != null ? "at least " + c.atLeast() : "at most " + c.atMost();
    }
}
