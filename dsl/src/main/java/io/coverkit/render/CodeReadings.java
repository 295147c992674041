package io.coverkit.render;

import io.coverkit.model.ClosedField;
import io.coverkit.model.CodeList;
import io.coverkit.model.Guideline;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.Revision;
import io.coverkit.model.UnknownPeriod;
import java.util.List;

/**
 * The encoding notes of the numbers, closed-world and versioning vocabulary: codes the analyst
 * chose where the text names none ({@code reading:} on {@code codes} and {@code code}), the request
 * fields the guideline declares complete, content unknown for an interval of the history, and
 * revisions effective on another day than the one their history entry prints.
 */
final class CodeReadings {
    private CodeReadings() {}

    /** Adds the notes; {@code historyPrinted}: the document prints the update history (else the notes list it whole). */
    static void add(Guideline g, boolean historyPrinted, List<String> notes) {
        for (CodeList list : g.billing().codeLists()) {
            if (!list.reading().isEmpty()) {
                notes.add("Reading of the " + list.system() + " codes: " + list.reading());
            }
            for (ProcedureCode c : list.codes()) {
                if (!c.reading().isEmpty()) {
                    notes.add("Reading of " + c.system() + " " + c.code() + ": " + c.reading());
                }
            }
        }
        if (!g.programExceptions().lines().isEmpty()) {
            notes.add("Applies to these lines of business only: " + String.join(", ", g.programExceptions().lines().stream()
                    .map(l -> l.describe() + (l.text().isEmpty() ? "" : " (" + l.text() + ")")).toList())
                    + "; a member of another line is not applicable.");
        }
        for (ClosedField f : g.positionStatement().closedWorld()) {
            notes.add("Closed-world: the request's `" + f.field() + "` are the whole record; a criterion that finds nothing "
                    + "there is not met, and the determination says the absence was assumed"
                    + (f.reading().isEmpty() ? "." : ": " + f.reading()));
        }
        for (UnknownPeriod u : g.unknownPeriods()) {
            if (u.from() != null) {
                notes.add("The " + u.section() + " is not known " + u.describe() + (u.reason().isEmpty() ? "." : ": " + u.reason()));
            }
        }
        for (Revision r : historyPrinted ? g.revisions() : List.<Revision>of()) {
            if (r.effectiveOtherThanDate()) {
                notes.add("Revision " + (r.number().isEmpty() ? "" : r.number() + " ") + "of " + GuidelineRenderer.published(r.date())
                        + " takes effect on " + GuidelineRenderer.published(r.effective()) + ".");
            }
        }
    }
}
