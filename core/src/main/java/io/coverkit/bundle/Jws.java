package io.coverkit.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Base64;

/**
 * JSON Web Signatures (RFC 7515, compact serialisation) over a bundle's content digest, with
 * {@code java.security} only: ES256 (ECDSA on P-256 with SHA-256, the signature as R || S, which
 * the JDK's {@code SHA256withECDSAinP1363Format} produces) and RS256 (RSASSA-PKCS1-v1_5 with
 * SHA-256). No other algorithm is accepted, {@code none} least of all; the algorithm must match
 * the configured key's type, so a header cannot choose how it is checked.
 */
final class Jws {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** The JWS {@code typ} of a bundle signature. */
    static final String TYPE = "coverkit-bundle+jws";

    private Jws() {}

    /** The JWS algorithm for a key: ES256 for an EC P-256 key, RS256 for an RSA key of 2048 bits or more. */
    static String algorithmFor(Key key, String where) {
        if (key instanceof ECKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new BundleException(where + ": an EC key for bundles must be on the P-256 curve (ES256)");
            }
            return "ES256";
        }
        if (key instanceof RSAKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new BundleException(where + ": an RSA key for bundles must have at least 2048 bits (RS256)");
            }
            return "RS256";
        }
        throw new BundleException(where + ": not an EC or RSA key");
    }

    private static String javaName(String algorithm) {
        return algorithm.equals("ES256") ? "SHA256withECDSAinP1363Format" : "SHA256withRSA";
    }

    /** A compact JWS whose payload names {@code digest}. */
    static String sign(String digest, PrivateKey key) {
        String algorithm = algorithmFor(key, "the signing key");
        try {
            // Written in a fixed order, so the same key and content give the same header and payload.
            String header = ENCODE.encodeToString(JSON.writeValueAsBytes(JSON.createObjectNode().put("alg", algorithm).put("typ", TYPE)));
            String payload = ENCODE.encodeToString(JSON.writeValueAsBytes(JSON.createObjectNode().put("digest", digest)));
            Signature signature = Signature.getInstance(javaName(algorithm));
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + ENCODE.encodeToString(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing with " + algorithm + " failed", e);
        }
    }

    /** The algorithm named in a compact JWS's header, or a refusal naming {@code where}. */
    static String algorithm(String jws, String where) {
        String[] parts = parts(jws, where);
        JsonNode header = json(parts[0], where, "header");
        JsonNode alg = header.get("alg");
        if (alg == null || !alg.isTextual()) {
            throw new BundleException(where + ": the bundle's signature header names no algorithm");
        }
        if (!alg.asText().equals("ES256") && !alg.asText().equals("RS256")) {
            throw new BundleException(where + ": the bundle is signed with `" + alg.asText() + "`; only ES256 and RS256 are accepted");
        }
        return alg.asText();
    }

    /**
     * Verifies a compact JWS with {@code key} and that its payload names {@code digest}; a
     * {@link BundleException} naming {@code where} otherwise.
     */
    static void verify(String jws, PublicKey key, String digest, String where) {
        String algorithm = algorithm(jws, where);
        String expected = algorithmFor(key, "the verification key");
        if (!algorithm.equals(expected)) {
            throw new BundleException(where + ": the bundle is signed with " + algorithm + ", but the verification key is for "
                    + expected + "; it was signed with another key");
        }
        String[] parts = parts(jws, where);
        try {
            Signature signature = Signature.getInstance(javaName(algorithm));
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(bytes(parts[2], where, "signature"))) {
                throw new BundleException(where + ": the bundle's signature does not verify with the configured key ("
                        + algorithm + "): it was signed with another key, or altered");
            }
        } catch (GeneralSecurityException e) {
            throw new BundleException(where + ": the bundle's signature does not verify with the configured key (" + algorithm + ")", e);
        }
        JsonNode signed = json(parts[1], where, "payload").get("digest");
        if (signed == null || !signed.isTextual() || !signed.asText().equals(digest)) {
            throw new BundleException(where + ": the bundle's signature is for other content (" + (signed == null ? "no digest" : signed.asText())
                    + ") than the bundle holds (" + digest + ")");
        }
    }

    private static String[] parts(String jws, String where) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            throw new BundleException(where + ": the bundle's signature is not a JWS in compact serialisation");
        }
        return parts;
    }

    private static JsonNode json(String part, String where, String what) {
        try {
            JsonNode node = JSON.readTree(bytes(part, where, what));
            if (node == null || !node.isObject()) {
                throw new BundleException(where + ": the bundle's signature " + what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new BundleException(where + ": the bundle's signature " + what + " is not JSON", e);
        }
    }

    private static byte[] bytes(String part, String where, String what) {
        try {
            return DECODE.decode(part);
        } catch (IllegalArgumentException e) {
            throw new BundleException(where + ": the bundle's signature " + what + " is not base64url", e);
        }
    }
}
