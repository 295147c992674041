package io.coverkit.model;

import java.util.Objects;

/**
 * One indication of a position statement, with its published text verbatim.
 *
 * @param id stable id that requests use, such as {@code implanted-fiducial-markers}
 * @param text the indication exactly as published
 * @param section the published section the indication belongs to
 */
public record Indication(String id, String text, String section, SourceRef at) implements Criterion {
    public Indication {
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
