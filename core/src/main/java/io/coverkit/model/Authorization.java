package io.coverkit.model;

import java.io.Serializable;

/**
 * Prior authorization rules: which requests need one and how long an approval lasts.
 *
 * @param required which requests need prior authorization
 * @param length how long an approval lasts from the date of service, or null when not stated
 * @param lengthText the length as published, such as {@code 365 Days}, or empty
 */
public record Authorization(Required required, TimeSpan length, String lengthText, SourceRef at) implements Serializable {

    /** A guideline that states nothing about prior authorization. */
    public static final Authorization NOT_STATED = new Authorization(Required.NOT_STATED, null, "", null);

    /** Which requests need prior authorization. */
    public enum Required {
        /** The guideline does not say; every request is decided. */
        NOT_STATED,
        /** Every request needs prior authorization. */
        ALL,
        /** Only requests for non-preferred drugs; a preferred drug needs none. */
        NON_PREFERRED
    }

    public Authorization {
        required = required == null ? Required.NOT_STATED : required;
        lengthText = lengthText == null ? "" : lengthText;
    }
}
