package io.coverkit.server.dtr;

import io.coverkit.server.Reply;
import io.coverkit.server.fhir.Fhir;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcome replies: every issue names the element at fault in its {@code expression}. */
final class Outcomes {
    private Outcomes() {}

    /**
     * One problem with the input.
     *
     * @param where the element at fault, such as {@code Parameters.parameter.where(name='coverage')}
     * @param message what is wrong, in plain words
     */
    record Issue(String where, String message) {}

    /** A 400 reply listing the issues as errors. */
    static Reply badRequest(List<Issue> issues) {
        return Reply.fhir(400, Fhir.encode(outcome(issues, IssueSeverity.ERROR, IssueType.INVALID)));
    }

    /** A 400 reply for one issue. */
    static Reply badRequest(String where, String message) {
        return badRequest(List.of(new Issue(where, message)));
    }

    /** An OperationOutcome with the issues at one severity. */
    static OperationOutcome outcome(List<Issue> issues, IssueSeverity severity, IssueType type) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            OperationOutcome.OperationOutcomeIssueComponent i = outcome.addIssue().setSeverity(severity).setCode(type)
                    .setDiagnostics(issue.message());
            if (issue.where() != null) {
                i.addExpression(issue.where());
            }
        }
        return outcome;
    }
}
