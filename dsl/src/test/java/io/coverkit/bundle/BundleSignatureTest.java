package io.coverkit.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed bundles: ES256 and RS256 with the JDK's own providers, checked against a JWS library
 * (Nimbus JOSE) in both directions; a wrong key, a missing signature where one is required, a
 * forged algorithm and an altered signature are refused.
 */
class BundleSignatureTest {

    private static KeyPair ec;
    private static KeyPair rsa;

    @BeforeAll
    static void keys() throws Exception {
        ec = TestBundles.ec();
        rsa = TestBundles.rsa(2048);
    }

    private static byte[] signedWith(KeyPair pair) {
        return BundleWriter.write(TestBundles.guidelines(), BundleSigner.of(pair.getPrivate()));
    }

    private static String refusal(byte[] bytes, PublicKey key) {
        return assertThrows(BundleException.class, () -> BundleReader.read(bytes, "b.ckb", key)).getMessage();
    }

    // The JWS at the end of a bundle.
    private static String jws(byte[] bundle) {
        int at = TestBundles.contentEnd(bundle) + BundleFormat.DIGEST_BYTES;
        int length = ByteBuffer.wrap(bundle).getInt(at);
        return new String(bundle, at + 4, length, StandardCharsets.US_ASCII);
    }

    // The bundle's content and digest, with another signature.
    private static byte[] withSignature(byte[] bundle, String jws) {
        int at = TestBundles.contentEnd(bundle) + BundleFormat.DIGEST_BYTES;
        byte[] signature = jws.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bundle, 0, at);
        out.writeBytes(ByteBuffer.allocate(4).putInt(signature.length).array());
        out.writeBytes(signature);
        return out.toByteArray();
    }

    @Test
    void es256AndRs256VerifyWithTheirPublicKey() {
        for (KeyPair pair : new KeyPair[] {ec, rsa}) {
            Bundle bundle = BundleReader.read(signedWith(pair), "b.ckb", pair.getPublic());
            assertTrue(bundle.signed());
            assertTrue(bundle.signatureVerified());
            assertEquals(pair == ec ? "ES256" : "RS256", bundle.signatureAlgorithm());
            assertEquals(io.coverkit.api.GuidelineLibrary.policyFiles(java.nio.file.Path.of("policies")).size(), bundle.guidelines().size());
        }
    }

    @Test
    void aSignedBundleLoadsUncheckedWithoutAKey() {
        Bundle bundle = BundleReader.read(signedWith(ec), "b.ckb", null);
        assertTrue(bundle.signed());
        assertFalse(bundle.signatureVerified());
    }

    @Test
    void aWrongKeyIsRefused() throws Exception {
        String message = refusal(signedWith(ec), TestBundles.ec().getPublic());
        assertEquals("b.ckb: the bundle's signature does not verify with the configured key (ES256): it was signed with another key,"
                + " or altered", message);
        assertTrue(refusal(signedWith(rsa), TestBundles.rsa(2048).getPublic()).contains("does not verify with the configured key (RS256)"));
        assertEquals("b.ckb: the bundle is signed with ES256, but the verification key is for RS256; it was signed with another key",
                refusal(signedWith(ec), rsa.getPublic()));
    }

    @Test
    void anUnsignedBundleIsRefusedWhenAKeyIsConfigured() {
        assertEquals("b.ckb: the bundle is not signed, and a signed bundle is required (a verification key is configured);"
                + " sign it with `coverkit bundle --sign-key PEM`", refusal(TestBundles.unsigned(), ec.getPublic()));
    }

    @Test
    void aSignatureOfOtherContentIsRefused() {
        // the signature of one bundle moved onto another: it verifies, but names other content
        byte[] other = BundleWriter.write(TestBundles.guidelines().subList(0, 1), BundleSigner.of(ec.getPrivate()));
        String message = refusal(withSignature(TestBundles.unsigned(), jws(other)), ec.getPublic());
        assertTrue(message.startsWith("b.ckb: the bundle's signature is for other content (sha256:"), message);
    }

    @Test
    void anAlteredSignatureIsRefused() {
        byte[] signed = signedWith(ec);
        byte[] altered = signed.clone();
        altered[altered.length - 3] = (byte) (altered[altered.length - 3] == 'A' ? 'B' : 'A');
        assertTrue(refusal(altered, ec.getPublic()).startsWith("b.ckb: the bundle's signature does not verify with the configured key (ES256)"));
        String[] parts = jws(signed).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("b.ckb: the bundle is signed with `none`; only ES256 and RS256 are accepted",
                refusal(withSignature(signed, none + "." + parts[1] + "."), ec.getPublic()));
        assertEquals("b.ckb: the bundle's signature is not a JWS in compact serialisation",
                refusal(withSignature(signed, "not-a-jws"), ec.getPublic()));
        // a forged algorithm cannot choose how it is checked: HS256 with the public key as secret
        String hs = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal(withSignature(signed, hs + "." + parts[1] + "." + parts[2]), null).contains("`HS256`"));
    }

    @Test
    void aJwsLibraryVerifiesOurSignatures() throws Exception {
        for (KeyPair pair : new KeyPair[] {ec, rsa}) {
            byte[] signed = signedWith(pair);
            JWSObject jws = JWSObject.parse(jws(signed));
            JWSVerifier verifier = pair == ec ? new ECDSAVerifier((ECPublicKey) pair.getPublic()) : new RSASSAVerifier((RSAPublicKey) pair.getPublic());
            assertTrue(jws.verify(verifier), "verified by Nimbus: " + jws.getHeader().getAlgorithm());
            Bundle bundle = BundleReader.read(signed, "b.ckb", null);
            assertEquals(Map.of("digest", bundle.digest()), jws.getPayload().toJSONObject());
        }
    }

    @Test
    void weVerifyAJwsLibrarysSignatures() throws Exception {
        byte[] unsigned = TestBundles.unsigned();
        String digest = BundleReader.read(unsigned, "b.ckb", null).digest();
        for (KeyPair pair : new KeyPair[] {ec, rsa}) {
            JWSObject jws = new JWSObject(new JWSHeader(pair == ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256),
                    new Payload(Map.of("digest", digest)));
            jws.sign(pair == ec ? new ECDSASigner((ECPrivateKey) pair.getPrivate()) : new RSASSASigner(pair.getPrivate()));
            byte[] signed = withSignature(unsigned, jws.serialize());
            assertTrue(BundleReader.read(signed, "b.ckb", pair.getPublic()).signatureVerified());
            assertTrue(refusal(signed, pair == ec ? rsa.getPublic() : ec.getPublic()).contains("signed with another key"));
        }
    }

    @Test
    void pemKeysAreReadAndTheWrongKindIsNamed(@TempDir Path dir) throws Exception {
        Path pub = dir.resolve("pub.pem");
        Path key = dir.resolve("key.pem");
        Files.writeString(pub, TestBundles.pem("PUBLIC KEY", ec.getPublic().getEncoded()));
        Files.writeString(key, TestBundles.pem("PRIVATE KEY", ec.getPrivate().getEncoded()));
        BundleSigner signer = BundleSigner.read(key);
        assertEquals("ES256", signer.algorithm());
        byte[] signed = BundleWriter.write(TestBundles.guidelines(), signer);
        assertTrue(BundleReader.read(signed, "b.ckb", BundleKeys.readPublicKey(pub)).signatureVerified());
        assertEquals(key + ": the PEM block is `PRIVATE KEY`, but a `PUBLIC KEY` block is needed; give the public key"
                + " (`openssl pkey -in KEY.pem -pubout`), never the private one",
                assertThrows(BundleException.class, () -> BundleKeys.readPublicKey(key)).getMessage());
        assertEquals(pub + ": the PEM block is `PUBLIC KEY`, but a `PRIVATE KEY` block is needed; signing needs the private key",
                assertThrows(BundleException.class, () -> BundleSigner.read(pub)).getMessage());
        Path sec1 = dir.resolve("sec1.pem");
        Files.writeString(sec1, "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n");
        assertTrue(assertThrows(BundleException.class, () -> BundleSigner.read(sec1)).getMessage().contains("openssl pkcs8 -topk8"));
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        assertEquals(junk + ": not an EC or RSA public key", assertThrows(BundleException.class, () -> BundleKeys.readPublicKey(junk)).getMessage());
        Path text = dir.resolve("text.pem");
        Files.writeString(text, "hello");
        assertEquals(text + ": not a PEM file (expected a `-----BEGIN PUBLIC KEY-----` block)",
                assertThrows(BundleException.class, () -> BundleKeys.readPublicKey(text)).getMessage());
        assertEquals(dir.resolve("none.pem") + ": no such key file",
                assertThrows(BundleException.class, () -> BundleKeys.readPublicKey(dir.resolve("none.pem"))).getMessage());
    }

    @Test
    void weakOrOtherCurveKeysAreRefused() throws Exception {
        KeyPair small = TestBundles.rsa(1024);
        assertEquals("the signing key: an RSA key for bundles must have at least 2048 bits (RS256)",
                assertThrows(BundleException.class, () -> BundleSigner.of(small.getPrivate())).getMessage());
        java.security.KeyPairGenerator p384 = java.security.KeyPairGenerator.getInstance("EC");
        p384.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        KeyPair other = p384.generateKeyPair();
        assertEquals("the signing key: an EC key for bundles must be on the P-256 curve (ES256)",
                assertThrows(BundleException.class, () -> BundleSigner.of(other.getPrivate())).getMessage());
        assertTrue(Arrays.equals(TestBundles.unsigned(), BundleWriter.write(TestBundles.guidelines(), null)));
    }
}
