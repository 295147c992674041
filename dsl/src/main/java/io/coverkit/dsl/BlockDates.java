package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.Validity;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code added:} and {@code deleted:} written on a block ({@code allOf}, {@code anyOf}, {@code none},
 * {@code forDrug}, a section...): every clause inside is in force only within the block's dates.
 *
 * <p>The model has no dates on blocks: each clause inside carries the intersection of its own dates
 * with its blocks', so everything that reads a clause's {@link Validity} (pruning a revision, the
 * renderer, the diff, the change-log checks, the revision lock) sees the block's dates without
 * knowing blocks can carry them, and a block whose clauses are all out of force disappears from
 * that revision as an empty block always has. A clause's own dates must fall within its block's.
 */
final class BlockDates {
    // INVARIANT: holds only calls inside a dated block, each with the dates of its nearest dated
    // ancestors combined; a call not in the map is in no dated block.
    private final Map<Call, Validity> enclosing = new IdentityHashMap<>();
    private final Diagnostics diagnostics;

    BlockDates(List<Call> fileCalls, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (Call call : fileCalls) {
            walk(call, Validity.ALWAYS);
        }
    }

    private void walk(Call block, Validity outer) {
        Validity dates = outer;
        if (!block.body().isEmpty() && (block.named().containsKey("added") || block.named().containsKey("deleted"))) {
            dates = combine(block, outer, own(block), true);
        }
        for (Call child : block.body()) {
            if (!dates.isAlways()) {
                enclosing.put(child, dates);
            }
            walk(child, dates);
        }
    }

    private static Validity own(Call call) {
        LocalDate added = call.named().containsKey("added") ? call.date("added") : null;
        LocalDate deleted = call.named().containsKey("deleted") ? call.date("deleted") : null;
        // `deleted` not after `added` is reported where the clause's own dates are read; a block with
        // such dates is taken as undated here, so that nothing inside is reported a second time.
        return added != null && deleted != null && !deleted.isAfter(added) ? Validity.ALWAYS : new Validity(added, deleted);
    }

    /** {@code own} (the dates written on {@code call}) within {@code outer}, its blocks' dates. */
    Validity within(Call call, Validity own) {
        Validity outer = enclosing.get(call);
        // A block that is also a clause (`experimental`, `prerequisite`) was reported as a block.
        return outer == null ? own : combine(call, outer, own, call.body().isEmpty());
    }

    private Validity combine(Call call, Validity outer, Validity own, boolean report) {
        LocalDate added = own.added();
        LocalDate deleted = own.deleted();
        Diagnostics diagnostics = report ? this.diagnostics : new Diagnostics();
        if (added != null && outer.added() != null && added.isBefore(outer.added())) {
            diagnostics.error(DiagnosticCode.C041, call.named().get("added").at(), "`added` (" + added
                    + ") is before the block it is in was added (" + outer.added() + ")",
                    "a clause inside a dated block is in force only while the block is; leave `added:` out");
        } else if (deleted != null && outer.deleted() != null && deleted.isAfter(outer.deleted())) {
            diagnostics.error(DiagnosticCode.C041, call.named().get("deleted").at(), "`deleted` (" + deleted
                    + ") is after the block it is in was deleted (" + outer.deleted() + ")",
                    "a clause inside a dated block is in force only while the block is; leave `deleted:` out");
        } else if (added != null && outer.deleted() != null && !added.isBefore(outer.deleted())) {
            diagnostics.error(DiagnosticCode.C041, call.named().get("added").at(), "`added` (" + added
                    + ") is not before the block it is in was deleted (" + outer.deleted() + ")");
        } else if (deleted != null && outer.added() != null && !deleted.isAfter(outer.added())) {
            diagnostics.error(DiagnosticCode.C041, call.named().get("deleted").at(), "`deleted` (" + deleted
                    + ") is not after the block it is in was added (" + outer.added() + ")");
        } else {
            LocalDate from = added == null ? outer.added() : added;
            LocalDate to = deleted == null ? outer.deleted() : deleted;
            return new Validity(from, to);
        }
        return outer;
    }
}
