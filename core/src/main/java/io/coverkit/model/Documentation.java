package io.coverkit.model;

import java.io.Serializable;
import java.util.List;

/** The documentation requirements of the billing/coding information (the LOINC table). */
public record Documentation(
        List<Paragraph> paragraphs,
        List<TimeFrameModifier> timeFrameModifiers,
        List<DocumentRequirement> requirements,
        SourceRef at)
        implements Serializable {

    /** No documentation requirements. */
    public static final Documentation NONE = new Documentation(List.of(), List.of(), List.of(), SourceRef.UNKNOWN);

    public Documentation {
        paragraphs = List.copyOf(paragraphs);
        timeFrameModifiers = List.copyOf(timeFrameModifiers);
        requirements = List.copyOf(requirements);
    }
}
