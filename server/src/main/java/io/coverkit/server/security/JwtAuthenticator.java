package io.coverkit.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * CDS Hooks 2.0 JWT bearer authentication: {@code Authorization: Bearer <JWT>} signed with ES384 or
 * RS384 by a trusted issuer's key, for this service's URL, unexpired, and not seen before. The
 * checks, in order, each with the name a refusal reports: {@code header}, {@code format},
 * {@code alg}, {@code iss}, {@code kid} (a key to verify with), {@code signature}, {@code exp},
 * {@code iat}, {@code aud}, {@code jti}.
 */
public final class JwtAuthenticator implements Authenticator {

    /** The algorithms CDS Hooks 2.0 names; {@code none}, HMAC and every other are refused. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384);
    /** How far apart the client's and server's clocks may be. */
    static final Duration DEFAULT_SKEW = Duration.ofSeconds(30);
    private static final int MAX_TOKEN_CHARS = 16 * 1024;

    private final TrustedIssuers trust;
    private final JkuKeys jku;
    private final Clock clock;
    private final Duration skew;
    private final ReplayGuard replay;

    /**
     * An authenticator of these issuers' tokens.
     *
     * @param trust the trusted issuers and their keys
     * @param jku fetches the key sets of allow-listed jku URLs (none is fetched when no issuer lists one)
     * @param clock the time tokens are checked against
     */
    public JwtAuthenticator(TrustedIssuers trust, JkuKeys jku, Clock clock) {
        this(trust, jku, clock, DEFAULT_SKEW, 100_000);
    }

    JwtAuthenticator(TrustedIssuers trust, JkuKeys jku, Clock clock, Duration skew, int replayCapacity) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.jku = Objects.requireNonNull(jku, "jku");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.skew = skew;
        this.replay = new ReplayGuard(replayCapacity);
    }

    @Override
    public Optional<AuthFailure> check(String authorization, String audience) {
        if (authorization == null || authorization.isBlank()) {
            return fail("header", "the request has no Authorization header; CDS Hooks calls carry `Authorization: Bearer <JWT>`");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return fail("header", "the Authorization header is not `Bearer <JWT>`");
        }
        String token = authorization.substring(7).strip();
        if (token.length() > MAX_TOKEN_CHARS) {
            return fail("format", "the bearer token is longer than " + MAX_TOKEN_CHARS + " characters");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return fail("format", "the bearer token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT)) {
            return fail("alg", "the token is not signed (alg `" + jwt.getHeader().getAlgorithm() + "`); ES384 or RS384 is required");
        }
        SignedJWT signed = (SignedJWT) jwt;
        JWSHeader header = signed.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            return fail("alg", "alg `" + header.getAlgorithm() + "` is not accepted; ES384 or RS384 is required");
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            return fail("format", "the token's claims are not a JSON object");
        }
        String iss = claims.getIssuer();
        if (iss == null) {
            return fail("iss", "the token has no iss claim");
        }
        Optional<IssuerTrust> issuer = trust.issuer(iss);
        if (issuer.isEmpty()) {
            return fail("iss", "issuer `" + iss + "` is not trusted by this service");
        }
        Optional<AuthFailure> signature = verifySignature(signed, header, issuer.get());
        if (signature.isPresent()) {
            return signature;
        }
        return checkClaims(claims, iss, audience);
    }

    private Optional<AuthFailure> verifySignature(SignedJWT signed, JWSHeader header, IssuerTrust issuer) {
        List<JWK> candidates = new ArrayList<>(keysFor(issuer.keys(), header));
        URI jkuUrl = header.getJWKURL();
        boolean jkuIgnored = false;
        if (jkuUrl != null) {
            if (issuer.allowedJkus().contains(jkuUrl)) {
                jku.keys(jkuUrl, header.getKeyID()).ifPresent(set -> candidates.addAll(keysFor(set, header)));
            } else {
                jkuIgnored = true;
            }
        }
        if (candidates.isEmpty()) {
            String kid = header.getKeyID() == null ? "" : " `" + header.getKeyID() + "`";
            return fail("kid", "no key" + kid + " of issuer `" + issuer.issuer() + "` fits the token's " + header.getAlgorithm()
                    + (jkuIgnored ? "; its jku is not on the issuer's allow-list, so it was not fetched" : ""));
        }
        for (JWK key : candidates) {
            try {
                if (signed.verify(verifier(key))) {
                    return Optional.empty();
                }
            } catch (JOSEException e) {
                // a key that cannot verify this token is one candidate fewer
            }
        }
        return fail("signature", "the signature does not verify with issuer `" + issuer.issuer() + "`'s key"
                + (header.getKeyID() == null ? "" : " `" + header.getKeyID() + "`"));
    }

    // The keys of a set that could have signed this token: its kid when it names one, its key type.
    private static List<JWK> keysFor(JWKSet set, JWSHeader header) {
        List<JWK> keys = new ArrayList<>();
        boolean ec = JWSAlgorithm.ES384.equals(header.getAlgorithm());
        for (JWK key : set.getKeys()) {
            boolean typeFits = ec ? key instanceof ECKey : key instanceof RSAKey;
            boolean kidFits = header.getKeyID() == null || header.getKeyID().equals(key.getKeyID());
            boolean algFits = key.getAlgorithm() == null || key.getAlgorithm().equals(header.getAlgorithm());
            if (typeFits && kidFits && algFits) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof ECKey) {
            return new ECDSAVerifier((ECKey) key);
        }
        return new RSASSAVerifier((RSAKey) key);
    }

    private Optional<AuthFailure> checkClaims(JWTClaimsSet claims, String iss, String audience) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            return fail("exp", "the token has no exp claim");
        }
        if (!exp.toInstant().plus(skew).isAfter(now)) {
            return fail("exp", "the token expired at " + exp.toInstant());
        }
        Date iat = claims.getIssueTime();
        if (iat == null) {
            return fail("iat", "the token has no iat claim");
        }
        if (iat.toInstant().minus(skew).isAfter(now)) {
            return fail("iat", "the token was issued in the future (" + iat.toInstant() + ")");
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(audience)) {
            return fail("aud", "the token's aud " + (aud == null || aud.isEmpty() ? "is missing" : aud.toString())
                    + "; it must be this service's URL `" + audience + "`");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            return fail("jti", "the token has no jti claim");
        }
        switch (replay.use(iss, jti, exp.toInstant().plus(skew), now)) {
            case FIRST_USE:
                return Optional.empty();
            case REPLAYED:
                return fail("jti", "token `" + jti + "` was already used; each call needs a new token");
            case FULL:
            default:
                return fail("jti", "too many unexpired tokens are in use to remember another; try again shortly");
        }
    }

    private static Optional<AuthFailure> fail(String check, String message) {
        return Optional.of(new AuthFailure(check, message));
    }
}
