package io.coverkit.render;

import io.coverkit.model.TherapyClass;

/**
 * How a therapy class of the registry is told to a reader of the rendered guideline: in the
 * encoding notes, never as a drug table, since the registry is the policy's reading of a class the
 * text names, not a list the publisher prints.
 */
final class TherapyClassNotes {
    private TherapyClassNotes() {}

    /** The encoding note of the class. */
    static String note(TherapyClass c) {
        return "Therapy class `" + c.id() + "`: " + c.describe() + (c.reading().isEmpty() ? "." : "; reading: " + c.reading());
    }
}
