package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.eval.MemberJudge.Judgement;
import io.coverkit.model.MemberCriterion;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Therapy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Step therapy through several different therapies, as in "at least two different antihistamines"
 * or "at least two applicable first-line drugs": each trial must meet the outcome and length on its
 * own, and trials of one drug (or, for therapies stated by class alone, of one class) count once.
 * The judge and the screen share {@link #qualifying}, so they cannot disagree.
 */
final class DistinctTrials {
    private DistinctTrials() {}

    /** The first qualifying trial of each different therapy, in request order, as indexes into the therapies. */
    static List<Integer> qualifying(MemberCriterion.Tried tried, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        List<Therapy> therapies = request.therapies();
        TherapyDays.Matches trials = TherapyDays.tried(tried, request, context);
        long needed = tried.duration() == null ? 0 : ChronoUnit.DAYS.between(tried.duration().before(dos), dos);
        List<String> seen = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < trials.count(); k++) {
            int i = trials.indexes()[k];
            Therapy t = therapies.get(i);
            long days = TherapyDays.days(t, dos);
            boolean longEnough = tried.duration() == null || (tried.inclusive() ? days >= needed : days > needed);
            String identity = t.drug().isEmpty() ? "class:" + t.drugClass() : t.drug();
            if (longEnough && !seen.contains(identity)) {
                seen.add(identity);
                found.add(i);
            }
        }
        return found;
    }

    /** The outcome alone. */
    static Truth screen(MemberCriterion.Tried tried, CoverageRequest request, RevisionContext context) {
        return qualifying(tried, request, context).size() >= tried.needed() ? Truth.MET : Truth.NOT_MET;
    }

    /** The judgement, naming the different therapies that qualify. */
    static Judgement judge(MemberCriterion.Tried tried, String what, CoverageRequest request, RevisionContext context) {
        LocalDate dos = request.dateOfService();
        List<Integer> found = qualifying(tried, request, context);
        List<String> named = new ArrayList<>();
        for (int i : found) {
            Therapy t = request.therapies().get(i);
            named.add(t.label() + " from " + t.start());
        }
        String length = tried.duration() == null ? ""
                : (tried.inclusive() ? " for at least " : " for more than ") + tried.duration().describe();
        boolean met = found.size() >= tried.needed();
        String words = found.size() + " different therapies of " + what + length + " before " + dos
                + (named.isEmpty() ? "" : " (" + String.join(", ", named) + ")")
                + (met ? " meet " : " do not meet ") + "the " + tried.needed() + " required";
        Evidence evidence = found.isEmpty() ? new Evidence("therapies", String.valueOf(request.therapies().size()), null)
                : new Evidence("therapies[" + found.get(0) + "]", request.therapies().get(found.get(0)).label(),
                        request.therapies().get(found.get(0)).start());
        return new Judgement(met ? Truth.MET : Truth.NOT_MET, words, evidence);
    }
}
