package io.coverkit.server.security;

import java.util.Objects;

/**
 * Why a request's bearer token was refused: the check that failed, in words a client's developer can
 * act on. It never carries a key, a stack trace or another internal detail.
 *
 * @param check the failed check, a stable short name such as {@code exp} or {@code aud}
 * @param message what was wrong, in plain words
 */
public record AuthFailure(String check, String message) {

    public AuthFailure {
        Objects.requireNonNull(check, "the failed check");
        Objects.requireNonNull(message, "the message");
    }

    /** The message a client sees: the check, then what was wrong. */
    public String describe() {
        return "bearer token refused (" + check + "): " + message;
    }
}
