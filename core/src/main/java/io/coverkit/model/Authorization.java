package io.coverkit.model;

import java.io.Serializable;

/**
 * Prior authorization rules: which requests need one and how long an approval lasts.
 *
 * @param required which requests need prior authorization
 * @param length how long an approval lasts from the date of service, or null when not stated
 * @param lengthText the length as published, such as {@code 365 Days}, or empty
 * @param subsequentLength how long a subsequent approval lasts (one that renews earlier care: an
 *     earlier service of the guideline's codes, or therapy of the requested drug under way the day
 *     before the date of service), or null when it lasts {@code length} too
 */
public record Authorization(Required required, TimeSpan length, String lengthText, TimeSpan subsequentLength, SourceRef at)
        implements Serializable {

    /** A guideline that states nothing about prior authorization. */
    public static final Authorization NOT_STATED = new Authorization(Required.NOT_STATED, null, "", null, null);

    /** Rules with one length for every approval. */
    public Authorization(Required required, TimeSpan length, String lengthText, SourceRef at) {
        this(required, length, lengthText, null, at);
    }

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
