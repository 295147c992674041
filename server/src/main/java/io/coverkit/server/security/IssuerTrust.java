package io.coverkit.server.security;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One trusted token issuer (an EHR's CDS client): its {@code iss}, the keys configured for it, and
 * the {@code jku} URLs its tokens may point to for more keys. A {@code jku} not listed here is never
 * fetched, so an attacker's token cannot make the server call out to an address it chose.
 *
 * @param issuer the {@code iss} its tokens carry, exactly
 * @param keys the public keys configured for it (may be empty when it publishes them at a listed jku)
 * @param allowedJkus the key-set URLs that may be fetched for it; empty: none
 */
public record IssuerTrust(String issuer, JWKSet keys, List<URI> allowedJkus) {

    public IssuerTrust {
        Objects.requireNonNull(issuer, "the issuer");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("an issuer is a non-blank iss value");
        }
        keys = keys == null ? new JWKSet() : keys.toPublicJWKSet();
        allowedJkus = List.copyOf(allowedJkus);
        if (keys.getKeys().isEmpty() && allowedJkus.isEmpty()) {
            throw new IllegalArgumentException("issuer `" + issuer + "` has no keys: give it a JWKS file or an allowed jku");
        }
    }
}
