package io.coverkit.bundle;

import io.coverkit.annotations.API;

/**
 * A bundle that cannot be loaded: unreadable, truncated, altered, of a newer version, or not
 * signed as required. The message names the bundle and says what is wrong in plain words.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A bundle refused for the reason in {@code message}. */
    public BundleException(String message) {
        super(message);
    }

    /** A bundle refused for the reason in {@code message}, caused by {@code cause}. */
    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
