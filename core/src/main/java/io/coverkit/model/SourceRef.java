package io.coverkit.model;

import io.coverkit.annotations.API;
import java.io.Serializable;

/**
 * Where a clause was written: file, 1-based line and column.
 *
 * <p>Equality deliberately ignores the position: every record that holds a {@code SourceRef}
 * compares equal when only its formatting moved, so reformatting a policy changes no model.
 */
@API(status = API.Status.STABLE)
public record SourceRef(String file, int line, int column) implements Serializable {

    /** A position for content that was not read from a file (built in code, or tests). */
    public static final SourceRef UNKNOWN = new SourceRef("<unknown>", 0, 0);

    public SourceRef {
        if (file == null) {
            throw new IllegalArgumentException("a source position needs a file name");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    /** Renders as {@code file:line:col}, the form every diagnostic uses. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    // INVARIANT: all positions are equal, so positions never make two models differ.
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRef;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
