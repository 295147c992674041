package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/** A paragraph of published prose, carried verbatim, with the revisions it is in force for. */
public record Paragraph(String text, Validity validity, SourceRef at) implements Serializable, InForce {
    public Paragraph {
        Objects.requireNonNull(text, "a paragraph needs text");
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(at, "a paragraph needs a source position");
    }

    /** A paragraph in force throughout the guideline's life. */
    public Paragraph(String text, SourceRef at) {
        this(text, Validity.ALWAYS, at);
    }
}
