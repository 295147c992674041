package io.coverkit.api;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.model.Guideline;
import java.util.StringJoiner;

/** Explains a determination in a few plain lines that cite the guideline's sections. */
public final class Explainer {

    /** The explanation of {@code d}, decided under {@code guideline}. */
    public String explain(Determination d, Guideline guideline) {
        StringBuilder out = new StringBuilder();
        out.append(guideline.id()).append(' ').append(guideline.title());
        if (d.revision() != null) {
            out.append(", revision ").append(d.revision());
        }
        out.append(", date of service ").append(d.dateOfService());
        if (d.revisionBasis() == io.coverkit.determination.RevisionBasis.AS_OF) {
            out.append(", revision chosen as of ").append(d.revisionDate());
        }
        out.append('\n');
        out.append("Outcome: ").append(d.outcome()).append(": ").append(meaning(d.outcome())).append('\n');
        for (Finding f : d.findings()) {
            out.append("  ").append(line(f)).append('\n');
        }
        if (d.authorization() != null) {
            out.append("  authorized: ").append(d.authorization().from()).append(" through ").append(d.authorization().through())
                    .append(" (").append(d.authorization().days()).append(" days)").append('\n');
        }
        for (MissingDocument m : d.missingDocuments()) {
            out.append("  needed: ").append(m.name()).append(" (LOINC ").append(m.loinc()).append(") dated ")
                    .append(m.notBefore()).append(" to ").append(m.notAfter()).append('\n');
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
        };
    }

    private static String line(Finding f) {
        StringJoiner evidence = new StringJoiner("; ", " [", "]").setEmptyValue("");
        for (Evidence e : f.evidence()) {
            evidence.add(evidence(e));
        }
        String section = f.section().isEmpty() ? "" : " (" + f.section() + ")";
        return switch (f.kind()) {
            case CODE_IN_SCOPE -> "in scope: code " + f.ref() + section + evidence;
            case NO_CODE_IN_SCOPE, BEFORE_ORIGINAL_EFFECTIVE_DATE -> "not applicable: " + f.text() + section;
            case PROGRAM_EXCEPTION_DEFERS -> "program exception: " + f.text() + section;
            case PROGRAM_EXCEPTION_APPLIES -> "program exception, this guideline applies: " + f.text() + section;
            case INDICATION_MET -> "indication met: " + f.text() + section;
            case NO_INDICATION_MET -> "no indication met: " + f.text() + section;
            case DOCUMENT_PRESENT -> "document on file: " + f.text() + section + evidence;
            case DOCUMENT_MISSING -> "document missing: " + f.text() + section;
            case CONTENT_UNKNOWN -> "content unknown: " + f.text();
            case CRITERION_MET -> "criterion met: " + f.text() + section;
            case CRITERION_NOT_MET -> "criterion not met: " + f.text() + section;
            case FACT_UNKNOWN -> "needs: " + f.text() + section + evidence;
            case DRUG_IN_SCOPE -> "in scope: drug " + f.text() + section + evidence;
            case CRITERIA_NOT_APPLICABLE -> "skipped: " + f.text();
            case EXPERIMENTAL -> "experimental or investigational: " + f.text() + section;
            case PRIOR_AUTHORIZATION_NOT_REQUIRED -> "no prior authorization required: " + f.text() + section;
            case AUTHORIZATION_LIMITED -> "length of authorization: " + f.text() + section + evidence;
        };
    }

    private static String evidence(Evidence e) {
        return e.field() + " " + e.value() + (e.date() == null ? "" : " dated " + e.date());
    }
}
