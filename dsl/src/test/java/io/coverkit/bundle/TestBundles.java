package io.coverkit.bundle;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.policy.PolicyBundles;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;

/** Bundles of the repository's policies, and keys, for the bundle tests. */
final class TestBundles {

    static final Path POLICIES = Path.of("policies");

    private static List<BundledGuideline> guidelines;

    private TestBundles() {}

    /** The repository's policies, read for a bundle once per test run. */
    static synchronized List<BundledGuideline> guidelines() {
        if (guidelines == null) {
            PolicyBundles.Read read = PolicyBundles.read(GuidelineLibrary.policyFiles(POLICIES));
            assertFalse(read.hasErrors(), () -> "the policies have errors: " + read.diagnostics());
            guidelines = read.guidelines();
        }
        return guidelines;
    }

    /** An unsigned bundle of the policies. */
    static byte[] unsigned() {
        return BundleWriter.write(guidelines(), null);
    }

    /** A fresh EC P-256 key pair (ES256). */
    static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A fresh RSA key pair of {@code bits} (RS256). */
    static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    /** A key as PEM text with {@code label} ({@code PUBLIC KEY}, {@code PRIVATE KEY}). */
    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /** Where a bundle's content ends (and its digest starts). */
    static int contentEnd(byte[] bundle) {
        return (int) (BundleFormat.PREFIX + ByteBuffer.wrap(bundle).getLong(8));
    }

    /** The bundle with its digest recomputed after an edit of its content, as a forger would. */
    static byte[] redigested(byte[] bundle) {
        byte[] copy = bundle.clone();
        int end = contentEnd(copy);
        System.arraycopy(BundleWriter.sha256(copy, end), 0, copy, end, BundleFormat.DIGEST_BYTES);
        return copy;
    }
}
