package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/** A paragraph of published prose, carried verbatim. */
public record Paragraph(String text, SourceRef at) implements Serializable {
    public Paragraph {
        Objects.requireNonNull(text, "a paragraph needs text");
        Objects.requireNonNull(at, "a paragraph needs a source position");
    }
}
