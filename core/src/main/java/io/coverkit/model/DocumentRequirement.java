package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A document that must support the claim: its LOINC code, name and time frame.
 *
 * @param id stable id, derived from the LOINC code ({@code loinc-28626-0}) unless given
 * @param name the document's name as the documentation table prints it, or empty
 * @param timeFrameModifier the LOINC time frame modifier code, or empty
 * @param window a document counts when dated on or before the date of service and no earlier
 *     than this span before it
 */
public record DocumentRequirement(
        String id,
        String loinc,
        String name,
        String timeFrameModifier,
        TimeSpan window,
        String section,
        Validity validity,
        SourceRef at)
        implements Serializable, InForce {
    public DocumentRequirement {
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(loinc, "a document requirement needs a LOINC code");
        Objects.requireNonNull(window, "a document requirement needs a time frame");
        name = name == null ? "" : name;
        timeFrameModifier = timeFrameModifier == null ? "" : timeFrameModifier;
    }
}
