package io.coverkit.validate;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.MemberCriterion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quantity is stated in one unit throughout a guideline: two criteria on one quantity that name
 * different units (or one a unit and one none) would compare the same observation two ways, one
 * of them converted or refused. The analyst states the unit once and writes every bound in it.
 */
final class QuantityUnits {
    private QuantityUnits() {}

    static void check(List<MemberCriterion> members, Diagnostics d) {
        Map<String, MemberCriterion> first = new HashMap<>();
        for (MemberCriterion m : members) {
            if (!(m.test() instanceof MemberCriterion.Threshold t)) {
                continue;
            }
            MemberCriterion earlier = first.putIfAbsent(t.quantity(), m);
            if (earlier == null) {
                continue;
            }
            String unit = ((MemberCriterion.Threshold) earlier.test()).unit();
            if (!unit.equals(t.unit())) {
                d.error(DiagnosticCode.C040, m.at(), "quantity `" + t.quantity() + "` is " + words(t.unit()) + " here but "
                                + words(unit) + " at line " + earlier.at().line(),
                        "state one unit for a quantity and write every bound in it");
            }
        }
    }

    private static String words(String unit) {
        return unit.isEmpty() ? "without a unit" : "in `" + unit + "`";
    }
}
