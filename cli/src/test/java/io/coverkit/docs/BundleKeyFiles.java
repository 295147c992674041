package io.coverkit.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;

/**
 * The key files the README's signing commands make with openssl ({@code openssl genpkey} for an EC
 * P-256 key, unencrypted PKCS#8; {@code openssl pkey -pubout} for its X.509 public key), made with
 * the JDK instead so that the commands after them run on any build machine.
 */
final class BundleKeyFiles {

    private BundleKeyFiles() {}

    /** Writes {@code bundle-signing.pem} and {@code bundle-signing.pub.pem} into {@code checkout}; returns the problems (none). */
    static List<String> write(Path checkout) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            return List.of("the JDK cannot make an EC P-256 key pair: " + e.getMessage());
        }
        Files.writeString(checkout.resolve("bundle-signing.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(checkout.resolve("bundle-signing.pub.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return List.of();
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + label
                + "-----\n";
    }
}
