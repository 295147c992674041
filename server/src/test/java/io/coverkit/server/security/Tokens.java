package io.coverkit.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs real CDS Hooks tokens for the tests, as an EHR's CDS client would. */
public final class Tokens {

    public static final String ISS = "https://ehr.example.org";
    public static final String AUD = "http://127.0.0.1:8080/cds-services/coverkit-order-sign";
    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private Tokens() {}

    public static ECKey ecKey(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims a valid token carries: iss, aud, exp in 5 minutes, iat now, a fresh jti. */
    public static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISS).audience(AUD).expirationTime(Date.from(NOW.plusSeconds(300)))
                .issueTime(Date.from(NOW)).jwtID(UUID.randomUUID().toString());
    }

    public static String sign(JWK key, JWTClaimsSet claims) {
        return sign(key, claims, null);
    }

    public static String sign(JWK key, JWTClaimsSet claims, URI jku) {
        try {
            JWSAlgorithm alg = key instanceof ECKey ? JWSAlgorithm.ES384 : JWSAlgorithm.RS384;
            JWSSigner signer = key instanceof ECKey ? new ECDSASigner((ECKey) key) : new RSASSASigner((RSAKey) key);
            JWSHeader.Builder header = new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(com.nimbusds.jose.JOSEObjectType.JWT);
            if (jku != null) {
                header.jwkURL(jku);
            }
            SignedJWT jwt = new SignedJWT(header.build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signWith(JWSAlgorithm alg, JWSSigner signer, String kid, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hs256(JWTClaimsSet claims) {
        try {
            return signWith(JWSAlgorithm.HS256, new MACSigner("a shared secret of at least thirty-two bytes!!"), "k1", claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
