package io.coverkit.bundle;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * Signs bundles with a private key: ES256 for an EC P-256 key, RS256 for an RSA key. The
 * signature is a JWS over the bundle's content digest; a service configured with the matching
 * public key refuses a bundle whose signature does not verify, or that has none.
 */
public final class BundleSigner {

    private final PrivateKey key;
    private final String algorithm;

    private BundleSigner(PrivateKey key, String where) {
        this.key = Objects.requireNonNull(key, "a signer needs a key");
        this.algorithm = Jws.algorithmFor(key, where);
    }

    /** A signer with {@code key}. */
    public static BundleSigner of(PrivateKey key) {
        return new BundleSigner(key, "the signing key");
    }

    /** A signer with the private key in a PEM file (PKCS#8); a {@link BundleException} naming the file otherwise. */
    public static BundleSigner read(Path pemFile) {
        return new BundleSigner(BundleKeys.readPrivateKey(pemFile), pemFile.toString());
    }

    /** The JWS algorithm this signer uses: {@code ES256} or {@code RS256}. */
    public String algorithm() {
        return algorithm;
    }

    /** The compact JWS over {@code digest} ({@code sha256:<hex>}). */
    String sign(String digest) {
        return Jws.sign(digest, key);
    }
}
