package io.coverkit.model;

import java.util.Objects;

/**
 * One indication of a position statement, with its published text verbatim.
 *
 * @param id stable id that requests use, such as {@code implanted-fiducial-markers}
 * @param text the indication exactly as published
 * @param section the published section the indication belongs to
 * @param validity the revisions it is in force for
 */
public record Indication(String id, String text, String section, Validity validity, SourceRef at) implements Criterion {

    /** An indication in force throughout the guideline's life. */
    public Indication(String id, String text, String section, SourceRef at) {
        this(id, text, section, Validity.ALWAYS, at);
    }

    public Indication {
        validity = validity == null ? Validity.ALWAYS : validity;
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("an indication id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(text, "an indication needs its published text");
        Objects.requireNonNull(section, "an indication needs its section");
        Objects.requireNonNull(at, "an indication needs a source position");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.indication(this);
    }
}
