package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.ClosedField;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.PlanLine;
import java.util.ArrayList;
import java.util.List;

/**
 * What a guideline declares about the requests it decides rather than criteria: the lines of
 * business it applies to ({@code lineOfBusiness}) and the request fields that are the whole record
 * ({@code closedWorld}). Each declaration is checked here, with its misuse reported where written.
 */
final class Declarations {
    private Declarations() {}

    /** The lines of business the guideline declares it applies to. */
    static List<PlanLine> lines(Call g, Diagnostics diagnostics) {
        List<PlanLine> lines = new ArrayList<>();
        for (Call l : g.children("lineOfBusiness")) {
            String id = l.text(0);
            boolean fixed = PlanLine.isFixed(id);
            if (fixed && l.named().containsKey("kind")) {
                diagnostics.error(DiagnosticCode.R004, l.named().get("kind").at(), "`" + id + "` is a line of business itself and "
                        + "takes no `kind:`", "write it as `lineOfBusiness '" + id + "'`");
                continue;
            }
            if (!fixed && !l.named().containsKey("kind")) {
                diagnostics.error(DiagnosticCode.R006, l.at(), "the plan-defined line `" + id + "` needs the line of business it "
                        + "belongs to", "write it as `lineOfBusiness '" + id + "', kind: 'MEDICAID'`");
                continue;
            }
            if (lines.stream().anyMatch(x -> x.id().equals(id))) {
                diagnostics.error(DiagnosticCode.C001, l.at(), "line of business `" + id + "` is declared twice");
                continue;
            }
            LineOfBusiness kind = ArgType.lineOfBusiness(fixed ? id : l.text("kind")).orElseThrow();
            lines.add(new PlanLine(id, kind, l.text("text"), l.at()));
        }
        return lines;
    }

    /** The request fields the position statement declares closed-world. */
    static List<ClosedField> closedWorld(Call block, Diagnostics diagnostics) {
        List<ClosedField> fields = new ArrayList<>();
        for (Call c : block.children("closedWorld")) {
            if (fields.stream().anyMatch(f -> f.field().equals(c.text(0)))) {
                diagnostics.error(DiagnosticCode.C001, c.at(), "request field `" + c.text(0) + "` is declared closed-world twice");
                continue;
            }
            fields.add(new ClosedField(c.text(0), c.text("reading"), c.at()));
        }
        return fields;
    }
}
