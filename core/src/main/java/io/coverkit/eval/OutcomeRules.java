package io.coverkit.eval;

import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.model.OutcomeStatement;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.StudyEnrollment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One revision's outcome statements, compiled, and their place in the decision order:
 *
 * <ol>
 *   <li>{@link Stage#SUBMISSION} ({@code notCoveredAsSubmitted}) and then
 *       {@link Stage#AUTHORIZATION} ({@code priorAuthorizationRequired}), after the program
 *       exceptions and the preferred-drug check, before the experimental statements: a claim that
 *       must be corrected or authorized first is not judged clinically yet;</li>
 *   <li>{@link Stage#REVIEW} ({@code pendForReview}), after the experimental statements, before
 *       the criteria: a request a clinician must review is not decided by the criteria;</li>
 *   <li>{@code coveredUnderStudy}, when the criteria are not met ("for beneficiaries who do not
 *       qualify ... enrolled in a study"): met with the enrollment stated, the request goes on to
 *       the documents and is covered under the study; without it, it stays not medically
 *       necessary.</li>
 * </ol>
 *
 * A statement whose criteria are unknown stops the decision at its stage with
 * {@code NEEDS_MORE_INFORMATION}: its outcome depends on what the request does not state.
 */
public final class OutcomeRules {

    /** The stages of the decision order where statements are tested before the criteria. */
    public enum Stage {
        SUBMISSION,
        AUTHORIZATION,
        REVIEW
    }

    /** A compiled statement: its kind, what it checks, and the finding it reports when it holds. */
    public record Rule(OutcomeStatement.Kind kind, String study, CriterionCheck check, Finding finding) {}

    /** No outcome statements. */
    public static final OutcomeRules NONE = new OutcomeRules(List.of());

    private final List<Rule> rules;

    /** The rules of one revision, in written order. */
    public OutcomeRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** True when the revision has no outcome statements. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rules, in written order. */
    public List<Rule> rules() {
        return rules;
    }

    private static OutcomeStatement.Kind kindOf(Stage stage) {
        return switch (stage) {
            case SUBMISSION -> OutcomeStatement.Kind.NOT_COVERED_AS_SUBMITTED;
            case AUTHORIZATION -> OutcomeStatement.Kind.PRIOR_AUTHORIZATION_REQUIRED;
            case REVIEW -> OutcomeStatement.Kind.PEND_FOR_REVIEW;
        };
    }

    private static Outcome outcomeOf(OutcomeStatement.Kind kind) {
        return OutcomeFindings.outcome(kind);
    }

    /**
     * The outcome the statements of {@code stage} decide, with their findings added, or null when
     * none applies: the first statement met decides; else one unknown decides
     * {@code NEEDS_MORE_INFORMATION}.
     */
    public Outcome test(Stage stage, long present, CoverageRequest request, List<Finding> findings) {
        OutcomeStatement.Kind kind = kindOf(stage);
        List<Finding> unknown = null;
        for (Rule rule : rules) {
            if (rule.kind() != kind) {
                continue;
            }
            List<Finding> why = new ArrayList<>(4);
            Truth truth = rule.check().test(present, request, why);
            if (truth == Truth.MET) {
                findings.add(rule.finding());
                findings.addAll(why);
                return outcomeOf(kind);
            }
            if (truth == Truth.UNKNOWN && unknown == null) {
                unknown = why;
            }
        }
        if (unknown != null) {
            findings.addAll(unknown);
            return Outcome.NEEDS_MORE_INFORMATION;
        }
        return null;
    }

    /** {@link #test} without findings, for the outcome-only path. */
    public Outcome screen(Stage stage, long present, CoverageRequest request) {
        OutcomeStatement.Kind kind = kindOf(stage);
        boolean unknown = false;
        for (Rule rule : rules) {
            if (rule.kind() != kind) {
                continue;
            }
            Truth truth = rule.check().screen(present, request);
            if (truth == Truth.MET) {
                return outcomeOf(kind);
            }
            unknown |= truth == Truth.UNKNOWN;
        }
        return unknown ? Outcome.NEEDS_MORE_INFORMATION : null;
    }

    /**
     * For a request whose criteria are not met: {@code COVERED_UNDER_STUDY} when a
     * {@code coveredUnderStudy} statement holds and the request states an enrollment of its kind;
     * {@code NEEDS_MORE_INFORMATION} when one holds (or may) and the request does not say; else
     * null (not medically necessary), with the statement's finding when one held.
     */
    public Outcome study(long present, CoverageRequest request, List<Finding> findings) {
        List<Finding> unknown = null;
        for (Rule rule : rules) {
            if (rule.kind() != OutcomeStatement.Kind.COVERED_UNDER_STUDY) {
                continue;
            }
            List<Finding> why = new ArrayList<>(4);
            Truth truth = rule.check().test(present, request, why);
            if (truth == Truth.UNKNOWN && unknown == null) {
                unknown = why;
            }
            if (truth != Truth.MET) {
                continue;
            }
            Finding f = rule.finding();
            String kind = rule.study().toUpperCase(Locale.ROOT);
            if (request.studies() == null) {
                findings.add(f);
                findings.addAll(why);
                findings.add(new Finding(FindingKind.FACT_UNKNOWN, f.ref(), f.clause(), "covered only for a member enrolled in a "
                        + kind + " study; the request does not state the member's study enrollments", f.section(),
                        List.of(new Evidence("studies", "not stated", null))));
                return Outcome.NEEDS_MORE_INFORMATION;
            }
            int at = enrolled(request, kind);
            if (at >= 0) {
                StudyEnrollment s = request.studies().get(at);
                findings.add(new Finding(f.kind(), f.ref(), f.clause(), f.text() + " (the member is enrolled in " + kind + " study "
                        + s.id() + ")", f.section(), List.of(new Evidence("studies[" + at + "]", s.id(), null))));
                findings.addAll(why);
                return Outcome.COVERED_UNDER_STUDY;
            }
            findings.add(new Finding(f.kind(), f.ref(), f.clause(), f.text() + " (the request states no " + kind
                    + " study enrollment, so it is not covered)", f.section(), List.of(new Evidence("studies", "none of kind " + kind, null))));
            findings.addAll(why);
            return null;
        }
        if (unknown != null) {
            findings.addAll(unknown);
            return Outcome.NEEDS_MORE_INFORMATION;
        }
        return null;
    }

    /** {@link #study} without findings. */
    public Outcome screenStudy(long present, CoverageRequest request) {
        boolean unknown = false;
        for (Rule rule : rules) {
            if (rule.kind() != OutcomeStatement.Kind.COVERED_UNDER_STUDY) {
                continue;
            }
            Truth truth = rule.check().screen(present, request);
            unknown |= truth == Truth.UNKNOWN;
            if (truth == Truth.MET) {
                if (request.studies() == null) {
                    return Outcome.NEEDS_MORE_INFORMATION;
                }
                return enrolled(request, rule.study().toUpperCase(Locale.ROOT)) >= 0 ? Outcome.COVERED_UNDER_STUDY : null;
            }
        }
        return unknown ? Outcome.NEEDS_MORE_INFORMATION : null;
    }

    private static int enrolled(CoverageRequest request, String kind) {
        List<StudyEnrollment> studies = request.studies();
        for (int i = 0; i < studies.size(); i++) {
            if (studies.get(i).kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }
}
