package io.coverkit.model;

import java.io.Serializable;

/**
 * A published clause of the program exceptions that applies only under a condition, such as the
 * step therapy protocol exemption; recorded with whether it applies to this guideline and why.
 */
public record ProgramNote(
        String id, String text, boolean applies, String reason, String section, Validity validity, SourceRef at)
        implements Serializable, InForce {
    public ProgramNote {
        validity = validity == null ? Validity.ALWAYS : validity;
        reason = reason == null ? "" : reason;
    }
}
