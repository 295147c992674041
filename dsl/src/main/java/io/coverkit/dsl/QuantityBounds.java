package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.MemberCriterion;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the bounds of a {@code quantity} criterion: at most one lower bound ({@code atLeast:} or
 * {@code moreThan:}), at most one upper bound ({@code atMost:} or {@code lessThan:}), at least one
 * of the two, and an interval that some value can fall in. Also checks {@code derive}'s arguments.
 */
final class QuantityBounds {
    private QuantityBounds() {}

    /** The threshold of {@code call}, or empty when its bounds were reported as wrong. */
    static Optional<MemberCriterion.Test> read(Call call, Diagnostics diagnostics) {
        String example = "write it as `quantity 'ahi', atLeast: 5, lessThan: 15`";
        if (call.named().containsKey("atLeast") && call.named().containsKey("moreThan")) {
            diagnostics.error(DiagnosticCode.R006, call.named().get("moreThan").at(),
                    "`quantity` takes one lower bound: `atLeast:` or `moreThan:`, not both", example);
            return Optional.empty();
        }
        if (call.named().containsKey("atMost") && call.named().containsKey("lessThan")) {
            diagnostics.error(DiagnosticCode.R006, call.named().get("lessThan").at(),
                    "`quantity` takes one upper bound: `atMost:` or `lessThan:`, not both", example);
            return Optional.empty();
        }
        BigDecimal lower = call.number("atLeast").orElseGet(() -> call.number("moreThan").orElse(null));
        BigDecimal upper = call.number("atMost").orElseGet(() -> call.number("lessThan").orElse(null));
        if (lower == null && upper == null) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`quantity` needs a bound: `atLeast:`, `moreThan:`, "
                    + "`atMost:` or `lessThan:`, or one lower and one upper", "write it as `quantity 'pack-years', atLeast: 20`");
            return Optional.empty();
        }
        boolean lowerInclusive = call.named().containsKey("atLeast");
        boolean upperInclusive = call.named().containsKey("atMost");
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || c == 0 && !(lowerInclusive && upperInclusive)) {
                diagnostics.error(DiagnosticCode.C043, call.at(), "no value is " + (lowerInclusive ? "at least " : "more than ")
                        + lower.toPlainString() + " and " + (upperInclusive ? "at most " : "less than ") + upper.toPlainString(),
                        "the lower bound comes first: `atLeast: 5, lessThan: 15`");
                return Optional.empty();
            }
        }
        String unit = call.text("unit");
        if (!unit.isEmpty() && !unitWellFormed(unit, call, diagnostics)) {
            return Optional.empty();
        }
        return Optional.of(new MemberCriterion.Threshold(call.text(0), lower, lowerInclusive, upper, upperInclusive, unit,
                call.text("method")));
    }

    /**
     * A unit is UCUM text: no spaces, and the words that are not units spelt as UCUM spells them,
     * so that one unit is never written two ways within a guideline.
     */
    private static boolean unitWellFormed(String unit, Call call, Diagnostics diagnostics) {
        String hint = switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "percent", "pct" -> "%";
            case "mm hg", "mmhg" -> "mm[Hg]";
            case "fraction", "ratio" -> "1";
            default -> unit.chars().anyMatch(Character::isWhitespace) ? unit.replaceAll("\\s+", "") : null;
        };
        if (hint == null || hint.equals(unit) || unit.equals("mmHg")) {
            return true;
        }
        diagnostics.error(DiagnosticCode.V005, call.named().get("unit").at(), "`" + unit + "` is not a UCUM unit",
                "write it as `unit: '" + hint + "'`");
        return false;
    }

    /** {@code derive} takes exactly one of {@code times:} (a product) and {@code over:} (a ratio). */
    static void checkDerived(Call block, Diagnostics diagnostics) {
        for (Call d : block.children("derive")) {
            boolean times = d.named().containsKey("times");
            boolean over = d.named().containsKey("over");
            if (times == over) {
                diagnostics.error(DiagnosticCode.R006, d.at(), times
                        ? "`derive` takes `times:` (a product) or `over:` (a ratio), not both"
                        : "`derive` needs `times:` (a product) or `over:` (a ratio)",
                        "write it as `derive 'pack-years', from: 'packs-per-day', times: 'years-smoked'`");
            }
        }
    }
}
