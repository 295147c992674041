package io.coverkit.validate;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.Revision;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of the update history as written: oldest first by the date each entry prints. Published
 * histories give two entries one date (CMS's R9 and R10 of L33718 are both of 09/27/2021), so a date
 * may repeat when every entry of it carries its own revision number; a number is never repeated.
 * The effective dates may run in another order (an entry can take effect before its own date).
 */
final class RevisionDates {
    private RevisionDates() {}

    static void check(List<Revision> written, Diagnostics d) {
        Map<String, Revision> numbers = new HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            Revision r = written.get(i);
            if (!r.number().isEmpty()) {
                Revision same = numbers.putIfAbsent(r.number(), r);
                if (same != null) {
                    d.error(DiagnosticCode.C002, r.at(), "revision number " + r.number() + " is given twice",
                            "the first is at line " + same.at().line());
                }
            }
            if (i == 0) {
                continue;
            }
            Revision before = written.get(i - 1);
            if (r.date().isBefore(before.date())) {
                d.error(DiagnosticCode.C002, r.at(), "revision " + r.date() + " comes after " + before.date()
                        + "; the update history lists each date once, oldest first");
            } else if (r.date().equals(before.date()) && (r.number().isEmpty() || before.number().isEmpty())) {
                d.error(DiagnosticCode.C002, r.at(), "revision " + r.date() + " comes after " + before.date()
                        + "; the update history lists each date once, oldest first",
                        "entries that share a date each need their publisher's number: `number: 'R10'`");
            }
        }
    }
}
