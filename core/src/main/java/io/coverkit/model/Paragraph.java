package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A paragraph (or a sub-heading) of published prose, carried verbatim, with the revisions it is in
 * force for and the place it was written: prose inside a criteria block renders inside that
 * block's list, where the published text prints it.
 *
 * @param heading true for a sub-heading printed between criteria, such as {@code CRITICAL INFORMATION}
 * @param within the criteria block it was written in (that block's source position), or null for
 *     prose written directly in its section
 */
public record Paragraph(String text, Validity validity, SourceRef at, boolean heading, SourceRef within)
        implements Serializable, InForce {
    public Paragraph {
        Objects.requireNonNull(text, "a paragraph needs text");
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(at, "a paragraph needs a source position");
    }

    /** A paragraph written directly in its section. */
    public Paragraph(String text, Validity validity, SourceRef at) {
        this(text, validity, at, false, null);
    }

    /** A paragraph in force throughout the guideline's life. */
    public Paragraph(String text, SourceRef at) {
        this(text, Validity.ALWAYS, at);
    }
}
