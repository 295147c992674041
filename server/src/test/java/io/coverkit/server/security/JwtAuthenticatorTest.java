package io.coverkit.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each check of CDS Hooks bearer authentication, with real ES384 and RS384 tokens. */
class JwtAuthenticatorTest {

    private static final ECKey EC = Tokens.ecKey("ec-1");
    private static final RSAKey RSA = Tokens.rsaKey("rsa-1");
    private static final Clock CLOCK = Clock.fixed(Tokens.NOW, ZoneOffset.UTC);
    private static final URI JKU = URI.create("https://ehr.example.org/.well-known/jwks.json");

    private final AtomicInteger fetches = new AtomicInteger();
    private volatile JWKSet published = new JWKSet();
    private final JkuKeys jku = new JkuKeys(CLOCK) {
        @Override
        protected JWKSet fetch(URI url) {
            fetches.incrementAndGet();
            return published;
        }
    };

    private JwtAuthenticator authenticator(IssuerTrust... issuers) {
        return new JwtAuthenticator(TrustedIssuers.of(List.of(issuers)), jku, CLOCK);
    }

    private JwtAuthenticator standard() {
        return authenticator(new IssuerTrust(Tokens.ISS, new JWKSet(List.of(EC, RSA)), List.of()));
    }

    private static Optional<AuthFailure> check(JwtAuthenticator a, String token) {
        return a.check("Bearer " + token, Tokens.AUD);
    }

    private static void refused(Optional<AuthFailure> failure, String check, String messagePart) {
        assertTrue(failure.isPresent(), "accepted, but " + check + " should refuse it");
        assertEquals(check, failure.get().check(), failure.get().describe());
        assertTrue(failure.get().message().contains(messagePart), failure.get().message());
    }

    @Test
    void anEs384TokenFromATrustedIssuerIsAccepted() {
        assertEquals(Optional.empty(), check(standard(), Tokens.sign(EC, Tokens.claims().build())));
    }

    @Test
    void anRs384TokenFromATrustedIssuerIsAccepted() {
        assertEquals(Optional.empty(), check(standard(), Tokens.sign(RSA, Tokens.claims().build())));
    }

    @Test
    void anAudienceListContainingThisServiceIsAccepted() {
        String token = Tokens.sign(EC, Tokens.claims().audience(List.of("https://other.example.org", Tokens.AUD)).build());
        assertEquals(Optional.empty(), check(standard(), token));
    }

    @Test
    void aMissingHeaderIsRefused() {
        refused(standard().check(null, Tokens.AUD), "header", "no Authorization header");
        refused(standard().check("", Tokens.AUD), "header", "no Authorization header");
    }

    @Test
    void aHeaderThatIsNotBearerIsRefused() {
        refused(standard().check("Basic dXNlcjpwYXNz", Tokens.AUD), "header", "not `Bearer <JWT>`");
    }

    @Test
    void aTokenThatIsNotAJwtIsRefused() {
        refused(check(standard(), "not.a.jwt"), "format", "not a JWT");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = new PlainJWT(Tokens.claims().build()).serialize();
        refused(check(standard(), none), "alg", "not signed (alg `none`)");
    }

    @Test
    void anHmacTokenIsRefused() {
        refused(check(standard(), Tokens.hs256(Tokens.claims().build())), "alg", "alg `HS256` is not accepted");
    }

    @Test
    void anEs256TokenIsRefused() throws JOSEException {
        ECKey p256 = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).keyID("ec-256").generate();
        String token = Tokens.signWith(JWSAlgorithm.ES256, new ECDSASigner(p256), "ec-256", Tokens.claims().build());
        refused(check(standard(), token), "alg", "alg `ES256` is not accepted");
    }

    @Test
    void anUntrustedIssuerIsRefused() {
        String token = Tokens.sign(EC, Tokens.claims().issuer("https://attacker.example.com").build());
        refused(check(standard(), token), "iss", "issuer `https://attacker.example.com` is not trusted");
    }

    @Test
    void aTokenWithoutIssuerIsRefused() {
        String token = Tokens.sign(EC, Tokens.claims().issuer(null).build());
        refused(check(standard(), token), "iss", "no iss claim");
    }

    @Test
    void aTokenSignedWithAnotherKeyOfTheSameKidIsRefused() {
        ECKey impostor = Tokens.ecKey("ec-1");
        refused(check(standard(), Tokens.sign(impostor, Tokens.claims().build())), "signature", "does not verify");
    }

    @Test
    void aTokenWhoseKidIsUnknownIsRefused() {
        refused(check(standard(), Tokens.sign(Tokens.ecKey("ec-9"), Tokens.claims().build())), "kid", "no key `ec-9`");
    }

    @Test
    void anAlteredTokenIsRefused() {
        String token = Tokens.sign(EC, Tokens.claims().build());
        String[] parts = token.split("\\.");
        String otherClaims = Tokens.sign(EC, Tokens.claims().subject("someone-else").build()).split("\\.")[1];
        refused(check(standard(), parts[0] + "." + otherClaims + "." + parts[2]), "signature", "does not verify");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = Tokens.sign(EC, Tokens.claims().expirationTime(Date.from(Tokens.NOW.minusSeconds(31))).build());
        refused(check(standard(), token), "exp", "expired at 2026-06-01T11:59:29Z");
    }

    @Test
    void aTokenJustExpiredWithinTheClockSkewIsAccepted() {
        String token = Tokens.sign(EC, Tokens.claims().expirationTime(Date.from(Tokens.NOW.minusSeconds(10))).build());
        assertEquals(Optional.empty(), check(standard(), token));
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        refused(check(standard(), Tokens.sign(EC, Tokens.claims().expirationTime(null).build())), "exp", "no exp claim");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        String token = Tokens.sign(EC, Tokens.claims().issueTime(Date.from(Tokens.NOW.plus(Duration.ofMinutes(2)))).build());
        refused(check(standard(), token), "iat", "issued in the future");
    }

    @Test
    void aTokenWithoutIssueTimeIsRefused() {
        refused(check(standard(), Tokens.sign(EC, Tokens.claims().issueTime(null).build())), "iat", "no iat claim");
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        String token = Tokens.sign(EC, Tokens.claims().audience("http://127.0.0.1:8080/cds-services/other").build());
        refused(check(standard(), token), "aud", "must be this service's URL `" + Tokens.AUD + "`");
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        refused(check(standard(), Tokens.sign(EC, Tokens.claims().audience((String) null).build())), "aud", "is missing");
    }

    @Test
    void aTokenWithoutJtiIsRefused() {
        refused(check(standard(), Tokens.sign(EC, Tokens.claims().jwtID(null).build())), "jti", "no jti claim");
    }

    @Test
    void aReplayedTokenIsRefused() {
        JwtAuthenticator a = standard();
        String token = Tokens.sign(EC, Tokens.claims().jwtID("once").build());
        assertEquals(Optional.empty(), check(a, token));
        refused(check(a, token), "jti", "token `once` was already used");
    }

    @Test
    void aFullReplayWindowRefusesNewTokensRatherThanForgetting() {
        JwtAuthenticator a = new JwtAuthenticator(TrustedIssuers.of(List.of(new IssuerTrust(Tokens.ISS, new JWKSet(EC), List.of()))), jku, CLOCK,
                Duration.ofSeconds(30), 2);
        assertEquals(Optional.empty(), check(a, Tokens.sign(EC, Tokens.claims().build())));
        assertEquals(Optional.empty(), check(a, Tokens.sign(EC, Tokens.claims().build())));
        refused(check(a, Tokens.sign(EC, Tokens.claims().build())), "jti", "too many unexpired tokens");
    }

    @Test
    void keysAreFetchedFromAnAllowListedJku() {
        ECKey published1 = Tokens.ecKey("published-1");
        published = new JWKSet(published1);
        JwtAuthenticator a = authenticator(new IssuerTrust(Tokens.ISS, null, List.of(JKU)));
        assertEquals(Optional.empty(), check(a, Tokens.sign(published1, Tokens.claims().build(), JKU)));
        assertEquals(Optional.empty(), check(a, Tokens.sign(published1, Tokens.claims().build(), JKU)));
        assertEquals(1, fetches.get(), "the key set is cached");
    }

    @Test
    void aJkuNotOnTheAllowListIsNeverFetched() {
        ECKey attacker = Tokens.ecKey("attacker");
        published = new JWKSet(attacker);
        JwtAuthenticator a = authenticator(new IssuerTrust(Tokens.ISS, new JWKSet(EC), List.of(JKU)));
        String token = Tokens.sign(attacker, Tokens.claims().build(), URI.create("https://attacker.example.com/jwks.json"));
        refused(check(a, token), "kid", "its jku is not on the issuer's allow-list, so it was not fetched");
        assertEquals(0, fetches.get());
    }

    @Test
    void aTrustedIssuerNeedsKeys() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new IssuerTrust(Tokens.ISS, null, List.of()));
        assertTrue(e.getMessage().contains("has no keys"), e.getMessage());
    }

    @Test
    void refusalsNeverCarryKeyMaterial() {
        ECKey impostor = Tokens.ecKey("ec-1");
        AuthFailure failure = check(standard(), Tokens.sign(impostor, Tokens.claims().build())).orElseThrow();
        String shown = failure.describe();
        assertTrue(!shown.contains(EC.getX().toString()) && !shown.contains("Exception") && !shown.contains("nimbus"), shown);
    }

    @Test
    void claimsWithoutClaimsObjectAreRefused() {
        // a JWS whose payload is not a JSON object
        try {
            com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.ES384).keyID("ec-1").build(),
                    new com.nimbusds.jose.Payload("[1,2]"));
            jws.sign(new ECDSASigner(EC));
            refused(check(standard(), jws.serialize()), "format", "claims are not a JSON object");
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
