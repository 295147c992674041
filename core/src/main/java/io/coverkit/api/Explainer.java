package io.coverkit.api;

import io.coverkit.annotations.API;
import io.coverkit.api.CriteriaReplay.Judged;
import io.coverkit.api.CriteriaReplay.Truth;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.Guideline;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.Section;
import java.util.StringJoiner;

/**
 * Explains a determination the way a reviewer would: what put the request in scope, then the path
 * through the guideline that decided the outcome, stopping where it was decided. An approval names
 * the alternative that met each "any of" and every part of each "all of"; any other outcome names
 * the first criterion that failed (or every one still unknown), with the fact that decided it, its
 * clause and section, and, where the request left a fact out, the request field to supply.
 *
 * <p>Only the words are chosen here: the path is read from the determination's findings and the
 * guideline's criterion tree as the evaluator decided them. The determination itself keeps every
 * finding, including those of alternatives that did not matter.
 */
@API(status = API.Status.INTERNAL)
public final class Explainer {

    /** The explanation of {@code d}, decided under {@code guideline}. */
    public String explain(Determination d, Guideline guideline) {
        StringBuilder out = new StringBuilder();
        out.append(guideline.id()).append(' ').append(PlainText.of(guideline.title()));
        if (d.revision() != null) {
            out.append(", revision ").append(d.revision());
        }
        out.append(", date of service ").append(d.dateOfService());
        if (d.revisionBasis() == RevisionBasis.AS_OF) {
            out.append(", revision chosen as of ").append(d.revisionDate());
        }
        out.append('\n');
        out.append("Outcome: ").append(d.outcome()).append(": ").append(meaning(d.outcome())).append('\n');
        for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.CODE_IN_SCOPE || f.kind() == FindingKind.DRUG_IN_SCOPE
                    || f.kind() == FindingKind.PROGRAM_EXCEPTION_APPLIES) {
                out.append("  ").append(line(f)).append('\n');
            }
        }
        PositionStatement statement = d.revision() == null ? null : guideline.decisionOn(d.revision());
        switch (d.outcome()) {
            case NOT_APPLICABLE -> decisive(d, out, FindingKind.NO_CODE_IN_SCOPE, FindingKind.BEFORE_ORIGINAL_EFFECTIVE_DATE);
            case DEFER_TO_PROGRAM -> decisive(d, out, FindingKind.PROGRAM_EXCEPTION_DEFERS);
            case NO_PRIOR_AUTHORIZATION_REQUIRED -> decisive(d, out, FindingKind.PRIOR_AUTHORIZATION_NOT_REQUIRED);
            case EXPERIMENTAL_INVESTIGATIONAL -> experimental(d, guideline, statement, out);
            case NOT_COVERED_AS_SUBMITTED -> outcomeStatement(d, guideline, statement, FindingKind.NOT_COVERED_AS_SUBMITTED, out);
            case PRIOR_AUTHORIZATION_REQUIRED -> outcomeStatement(d, guideline, statement, FindingKind.PRIOR_AUTHORIZATION_REQUIRED, out);
            case PEND_FOR_REVIEW -> outcomeStatement(d, guideline, statement, FindingKind.PENDED_FOR_REVIEW, out);
            case COVERED_UNDER_STUDY -> outcomeStatement(d, guideline, statement, FindingKind.STUDY_COVERAGE, out);
            case REVISION_CONTENT_UNKNOWN -> {
                Finding unknown = first(d, FindingKind.CONTENT_UNKNOWN);
                // Unknown documentation is reached only once the criteria are met; say how.
                if (unknown != null && Section.DOCUMENTATION.equals(unknown.section())) {
                    criteria(d, guideline, statement, Truth.MET, out);
                }
                decisive(d, out, FindingKind.CONTENT_UNKNOWN);
            }
            case NOT_MEDICALLY_NECESSARY -> criteria(d, guideline, statement, Truth.NOT_MET, out);
            case NEEDS_MORE_INFORMATION -> criteria(d, guideline, statement, Truth.UNKNOWN, out);
            case INSUFFICIENT_DOCUMENTATION -> {
                criteria(d, guideline, statement, Truth.MET, out);
                missingDocuments(d, out);
            }
            case MEETS_MEDICAL_NECESSITY -> {
                criteria(d, guideline, statement, Truth.MET, out);
                approval(d, out);
            }
        }
        return out.toString();
    }

    /** What an outcome means, in one phrase. */
    public static String meaning(Outcome outcome) {
        return switch (outcome) {
            case MEETS_MEDICAL_NECESSITY -> "the position statement's criteria are met and every required document is on file";
            case NOT_MEDICALLY_NECESSARY -> "the position statement's criteria are not met: no indication is present, or a criterion fails";
            case INSUFFICIENT_DOCUMENTATION -> "an indication is present but a required document is missing or outside its time frame";
            case DEFER_TO_PROGRAM -> "the member's program follows its own guidelines";
            case NOT_APPLICABLE -> "the guideline does not cover the requested codes on the date of service";
            case NEEDS_MORE_INFORMATION -> "the request does not state a fact the criteria need; supply it and ask again";
            case REVISION_CONTENT_UNKNOWN -> "the published guideline does not reveal what the revision in force said, so it cannot be decided";
            case EXPERIMENTAL_INVESTIGATIONAL -> "the guideline considers the service experimental or investigational";
            case NO_PRIOR_AUTHORIZATION_REQUIRED -> "the guideline requires no prior authorization for this request";
            case NOT_COVERED_AS_SUBMITTED -> "the claim is not covered as submitted (a code or modifier the guideline does not accept); "
                    + "correct it and submit again";
            case PRIOR_AUTHORIZATION_REQUIRED -> "the service needs a prior authorization the request does not show";
            case PEND_FOR_REVIEW -> "the guideline refers this request to a clinician for review; it is neither approved nor denied yet";
            case COVERED_UNDER_STUDY -> "the service is covered only because the member is enrolled in a study the guideline names, "
                    + "and it is documented";
        };
    }

    /**
     * The criteria's part: the path to {@code expected}, the truth the outcome says the criteria
     * have. Should the findings not give the tree that truth (a determination from another
     * version of the guideline), every criteria finding is listed instead of a path.
     */
    private static void criteria(Determination d, Guideline guideline, PositionStatement statement, Truth expected,
            StringBuilder out) {
        if (statement == null) {
            return;
        }
        Judged root = new CriteriaReplay(guideline.id(), d.findings()).judge(statement.criteria());
        if (root.truth() != expected) {
            everyCriteriaFinding(d, out);
            return;
        }
        DecidingPath path = new DecidingPath(guideline.id(), statement.derived(), first(d, FindingKind.NO_INDICATION_MET));
        if (expected == Truth.MET) {
            path.met(root, 2, false, null, out);
        } else {
            path.failed(root, 2, true, null, out);
        }
    }

    /** The statement that made the service experimental, and what in the request made it apply. */
    private static void experimental(Determination d, Guideline guideline, PositionStatement statement, StringBuilder out) {
        Finding x = decisive(d, out, FindingKind.EXPERIMENTAL);
        if (x == null || statement == null) {
            return;
        }
        for (ExperimentalStatement s : statement.experimental()) {
            if (s.id().equals(x.ref())) {
                Judged judged = new CriteriaReplay(guideline.id(), d.findings()).judge(s.criterion());
                if (judged.truth() == Truth.MET) {
                    new DecidingPath(guideline.id(), statement.derived(), null).met(judged, 4, false, null, out);
                }
                return;
            }
        }
    }

    /** The outcome statement that decided, and what in the request made its criteria hold. */
    private static void outcomeStatement(Determination d, Guideline guideline, PositionStatement statement, FindingKind kind,
            StringBuilder out) {
        Finding x = decisive(d, out, kind);
        if (x == null || statement == null) {
            return;
        }
        for (io.coverkit.model.OutcomeStatement s : statement.outcomes()) {
            if (s.id().equals(x.ref())) {
                Judged judged = new CriteriaReplay(guideline.id(), d.findings()).judge(s.criterion());
                if (judged.truth() == Truth.MET) {
                    new DecidingPath(guideline.id(), statement.derived(), null).met(judged, 4, false, null, out);
                }
                return;
            }
        }
    }

    /** Each required document missing, cited, and the entry that would have counted. */
    private static void missingDocuments(Determination d, StringBuilder out) {
        for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.DOCUMENT_MISSING) {
                out.append("  ").append(line(f)).append('\n');
                DecidingPath.cite(2, f.clause(), f.section(), null, f.evidence(), null, out);
            }
        }
        for (MissingDocument m : d.missingDocuments()) {
            out.append("  needed: ").append(m.name()).append(" (LOINC ").append(m.loinc()).append(") dated ")
                    .append(m.notBefore()).append(" to ").append(m.notAfter()).append(" (request field: documents)\n");
        }
    }

    /** An approval's documents on file and the period it lasts. */
    private static void approval(Determination d, StringBuilder out) {
        for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.DOCUMENT_PRESENT || f.kind() == FindingKind.AUTHORIZATION_LIMITED) {
                out.append("  ").append(line(f)).append('\n');
            }
        }
        if (d.authorization() != null) {
            out.append("  authorized: ").append(d.authorization().from()).append(" through ").append(d.authorization().through())
                    .append(" (").append(d.authorization().days()).append(" days)").append('\n');
        }
    }

    /** The first finding of one of {@code kinds}, printed with its clause and section; null when there is none. */
    private static Finding decisive(Determination d, StringBuilder out, FindingKind... kinds) {
        for (Finding f : d.findings()) {
            for (FindingKind kind : kinds) {
                if (f.kind() == kind) {
                    out.append("  ").append(line(f)).append('\n');
                    DecidingPath.cite(2, f.clause(), f.section(), null, f.evidence(), requestField(kind), out);
                    return f;
                }
            }
        }
        return null;
    }

    /** The request field a decisive finding without evidence rests on, or null. */
    private static String requestField(FindingKind kind) {
        return switch (kind) {
            case NO_CODE_IN_SCOPE -> "procedures";
            case PROGRAM_EXCEPTION_DEFERS -> "member.lineOfBusiness";
            case PRIOR_AUTHORIZATION_NOT_REQUIRED -> "priorAuthorization.drug";
            default -> null;
        };
    }

    private static Finding first(Determination d, FindingKind kind) {
        for (Finding f : d.findings()) {
            if (f.kind() == kind) {
                return f;
            }
        }
        return null;
    }

    private static void everyCriteriaFinding(Determination d, StringBuilder out) {
        for (Finding f : d.findings()) {
            switch (f.kind()) {
                case INDICATION_MET, NO_INDICATION_MET, CRITERION_MET, CRITERION_NOT_MET, FACT_UNKNOWN, CRITERIA_NOT_APPLICABLE ->
                        out.append("  ").append(line(f)).append('\n');
                default -> { }
            }
        }
    }

    private static String line(Finding f) {
        StringJoiner evidence = new StringJoiner("; ", " [", "]").setEmptyValue("");
        for (Evidence e : f.evidence()) {
            evidence.add(e.field() + " " + e.value() + (e.date() == null ? "" : " dated " + e.date()));
        }
        String section = f.section().isEmpty() ? "" : " (" + f.section() + ")";
        String text = PlainText.of(f.text());
        return switch (f.kind()) {
            case CODE_IN_SCOPE -> "in scope: code " + f.ref() + section + evidence;
            case NO_CODE_IN_SCOPE, BEFORE_ORIGINAL_EFFECTIVE_DATE -> "not applicable: " + text + section;
            case PROGRAM_EXCEPTION_DEFERS -> "program exception: " + text + section;
            case PROGRAM_EXCEPTION_APPLIES -> "program exception, this guideline applies: " + text + section;
            case INDICATION_MET -> "indication met: " + text + section;
            case NO_INDICATION_MET -> "no indication met" + section;
            case DOCUMENT_PRESENT -> "document on file: " + text + section + evidence;
            case DOCUMENT_MISSING -> "document missing: " + text + section;
            case CONTENT_UNKNOWN -> "content unknown: " + text;
            case CRITERION_MET -> "criterion met: " + text + section;
            case CRITERION_NOT_MET -> "criterion not met: " + text + section;
            case FACT_UNKNOWN -> "needs: " + text + section + evidence;
            case DRUG_IN_SCOPE -> "in scope: drug " + text + section + evidence;
            case CRITERIA_NOT_APPLICABLE -> "skipped: " + text;
            case EXPERIMENTAL -> "experimental or investigational: " + text + section;
            case PRIOR_AUTHORIZATION_NOT_REQUIRED -> "no prior authorization required: " + text + section;
            case AUTHORIZATION_LIMITED -> "length of authorization: " + text + section + evidence;
            case ABSENCE_ASSUMED -> "absence assumed: " + text + section + evidence;
            case LINE_OF_BUSINESS_NOT_IN_SCOPE -> "not applicable: " + text + evidence;
            case NOT_COVERED_AS_SUBMITTED -> "not covered as submitted: " + text + section;
            case PRIOR_AUTHORIZATION_REQUIRED -> "prior authorization required: " + text + section;
            case PENDED_FOR_REVIEW -> "pended for review: " + text + section;
            case STUDY_COVERAGE -> "covered only under a study: " + text + section + evidence;
        };
    }
}
