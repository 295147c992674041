package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A line of business the guideline declares it applies to: one of the fixed kinds, such as
 * {@code MEDICARE} (Traditional Medicare, Part A and Part B), or a line the plan defines, such as
 * {@code ohio-medicaid-managed-care}, of a kind. A guideline that declares lines applies to those
 * alone; one that declares none applies to every line of business, as before.
 *
 * @param id the kind's name (upper case) for a fixed line, or a lower-case id for a plan-defined one
 * @param kind the fixed line of business it is, or belongs to
 * @param text the line as the guideline names it, or empty
 */
public record PlanLine(String id, LineOfBusiness kind, String text, SourceRef at) implements Serializable {
    public PlanLine {
        Objects.requireNonNull(id, "a line of business has an id");
        Objects.requireNonNull(kind, "a line of business has a kind");
        text = text == null ? "" : text;
        if (isFixed(id) && !id.equals(kind.name())) {
            throw new IllegalArgumentException("the fixed line " + id + " is its own kind, not " + kind);
        }
    }

    /** True when {@code id} names a fixed line of business (upper case), not a plan-defined one. */
    public static boolean isFixed(String id) {
        return !id.isEmpty() && Character.isUpperCase(id.charAt(0));
    }

    /** True for a plan-defined line. */
    public boolean planDefined() {
        return !isFixed(id);
    }

    /**
     * True when a member of {@code line}, in plan {@code plan} (null when the request names none),
     * is in this line: the fixed line itself, or the plan-defined line named.
     */
    public boolean admits(LineOfBusiness line, String plan) {
        return planDefined() ? id.equals(plan) && kind == line : kind == line;
    }

    /** The line in words, such as {@code MEDICARE} or {@code ohio-medicaid-managed-care (MEDICAID)}. */
    public String describe() {
        return planDefined() ? id + " (" + kind + ")" : id;
    }
}
