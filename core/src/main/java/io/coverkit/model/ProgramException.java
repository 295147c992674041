package io.coverkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A program exception: for one line of business, either defer to that program's own guidelines or
 * apply this guideline with a note.
 *
 * @param heading the published heading, such as {@code Federal Employee Program (FEP)}, or empty
 * @param text the published text, verbatim
 */
public record ProgramException(
        String id,
        LineOfBusiness lineOfBusiness,
        String heading,
        String text,
        Effect effect,
        String section,
        Validity validity,
        SourceRef at)
        implements Serializable, InForce {

    /** What an exception does to a request of its line of business. */
    public enum Effect {
        /** The program's own guidelines decide; this guideline does not. */
        DEFER_TO_PROGRAM,
        /** This guideline decides, and the determination cites the exception's note. */
        APPLY_GUIDELINE
    }

    public ProgramException {
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(lineOfBusiness, "a program exception needs a line of business");
        Objects.requireNonNull(effect, "a program exception needs an effect");
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
    }
}
