package io.coverkit.server.security;

import java.util.Optional;

/**
 * Decides whether a request's credentials let it call a protected endpoint (the CDS Hooks calls and
 * the FHIR operations). Thread-safe: every server thread asks it.
 */
public interface Authenticator {

    /**
     * Why the request is refused, or empty when it may proceed.
     *
     * @param authorization the {@code Authorization} header as sent, or null when there is none
     * @param audience the URL the request was sent to (the server's base URL and the request path),
     *     which a CDS Hooks token names as its {@code aud}
     */
    Optional<AuthFailure> check(String authorization, String audience);

    /** True when this authenticator lets every request through (development only). */
    default boolean isOpen() {
        return false;
    }

    /** Lets every request through: {@code --insecure-dev}. */
    static Authenticator open() {
        return new Authenticator() {
            @Override
            public Optional<AuthFailure> check(String authorization, String audience) {
                return Optional.empty();
            }

            @Override
            public boolean isOpen() {
                return true;
            }
        };
    }
}
