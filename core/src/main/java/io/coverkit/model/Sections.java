package io.coverkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the sections' criteria join the decision. The rule, stated once: a guideline decides on its
 * position statement's criteria and every section's criteria together, all of which must hold,
 * the position statement's first, then each section's in the order the sections are written (a
 * sub-section's criteria in their place within their section). A section that holds prose only
 * adds nothing; a guideline without sections decides on its position statement exactly as before.
 */
final class Sections {
    private Sections() {}

    /** The empty any-of that stands for "no criteria in force" (see {@link Dated#criteria}). */
    static boolean isEmptyGroup(Criterion c) {
        return c instanceof AnyOf any && any.criteria().isEmpty();
    }

    /** The position statement's criteria joined with every section's, in the order of the rule above. */
    static Criterion decision(Criterion own, List<GuidelineSection> sections, SourceRef at) {
        List<Criterion> parts = new ArrayList<>();
        for (GuidelineSection s : sections) {
            s.criterion().ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return own;
        }
        if (!isEmptyGroup(own)) {
            parts.add(0, own);
        }
        return parts.size() == 1 ? parts.get(0) : new AllOf(parts, at);
    }

    /** The sections in force on {@code date}, each with only its content in force then. */
    static List<GuidelineSection> asOf(List<GuidelineSection> sections, LocalDate date) {
        List<GuidelineSection> kept = new ArrayList<>();
        for (GuidelineSection s : Dated.inForce(sections, date)) {
            kept.add(s.asOf(date));
        }
        return List.copyOf(kept);
    }
}
