package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A statement that a service is experimental or investigational: when its criteria are met, the
 * determination is {@code EXPERIMENTAL_INVESTIGATIONAL} and cites this statement.
 *
 * @param criterion when the statement applies
 */
public record ExperimentalStatement(String id, String text, Criterion criterion, Validity validity, SourceRef at)
        implements Serializable, InForce {
    public ExperimentalStatement {
        if (!ClauseId.isValid(id)) {
            throw new IllegalArgumentException("a statement id is lower-case words joined by hyphens, got " + id);
        }
        Objects.requireNonNull(text, "an experimental statement carries its text");
        Objects.requireNonNull(criterion, "an experimental statement says when it applies");
        validity = validity == null ? Validity.ALWAYS : validity;
    }
}
