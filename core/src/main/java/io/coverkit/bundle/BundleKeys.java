package io.coverkit.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM keys that sign and verify bundles, with the JDK alone: a public key as
 * {@code -----BEGIN PUBLIC KEY-----} (X.509 SubjectPublicKeyInfo), a private key as
 * {@code -----BEGIN PRIVATE KEY-----} (unencrypted PKCS#8), each EC (P-256, for ES256) or RSA (at
 * least 2048 bits, for RS256). These are what {@code openssl genpkey} and {@code openssl pkey
 * -pubout} write.
 */
public final class BundleKeys {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    private BundleKeys() {}

    /** The public key in a PEM file; a {@link BundleException} naming the file when it holds none. */
    public static PublicKey readPublicKey(Path file) {
        return publicKey(text(file), file.toString());
    }

    /** The private key in a PEM file; a {@link BundleException} naming the file when it holds none. */
    public static PrivateKey readPrivateKey(Path file) {
        return privateKey(text(file), file.toString());
    }

    /** The public key in PEM text; {@code where} names the text in messages. */
    public static PublicKey publicKey(String pem, String where) {
        byte[] der = block(pem, where, "PUBLIC KEY");
        return generate(where, "public", factory -> factory.generatePublic(new X509EncodedKeySpec(der)));
    }

    /** The private key in PEM text; {@code where} names the text in messages. */
    public static PrivateKey privateKey(String pem, String where) {
        byte[] der = block(pem, where, "PRIVATE KEY");
        return generate(where, "private", factory -> factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    /** Makes a key with one of the key factories. */
    @FunctionalInterface
    private interface Generate<K extends Key> {
        K with(KeyFactory factory) throws GeneralSecurityException;
    }

    // The key is EC or RSA; which one is only known by trying (the PEM label does not say).
    private static <K extends Key> K generate(String where, String kind, Generate<K> generate) {
        for (String algorithm : new String[] {"EC", "RSA"}) {
            try {
                K key = generate.with(KeyFactory.getInstance(algorithm));
                Jws.algorithmFor(key, where);
                return key;
            } catch (GeneralSecurityException e) {
                // not a key of this algorithm: try the next
            }
        }
        throw new BundleException(where + ": not an EC or RSA " + kind + " key");
    }

    private static byte[] block(String pem, String where, String label) {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new BundleException(where + ": not a PEM file (expected a `-----BEGIN " + label + "-----` block)");
        }
        String found = m.group(1);
        if (!found.equals(label)) {
            throw new BundleException(where + ": the PEM block is `" + found + "`, but a `" + label + "` block is needed" + hint(found));
        }
        try {
            return Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new BundleException(where + ": the `" + label + "` block is not valid base64", e);
        }
    }

    // What to run when the key is in an older or the other kind of PEM block.
    private static String hint(String found) {
        return switch (found) {
            case "EC PRIVATE KEY", "RSA PRIVATE KEY" -> "; convert it to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt -in KEY.pem -out KEY.pk8.pem`";
            case "RSA PUBLIC KEY" -> "; convert it with `openssl rsa -RSAPublicKey_in -in KEY.pem -pubout`";
            case "PRIVATE KEY" -> "; give the public key (`openssl pkey -in KEY.pem -pubout`), never the private one";
            case "PUBLIC KEY" -> "; signing needs the private key";
            case "ENCRYPTED PRIVATE KEY" -> "; decrypt it first with `openssl pkcs8 -in KEY.pem -nocrypt -out KEY.plain.pem`";
            default -> "";
        };
    }

    private static String text(Path file) {
        try {
            // Bounded: a key file is a few hundred bytes.
            if (Files.size(file) > 64 << 10) {
                throw new BundleException(file + ": too large for a key file");
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BundleException(file + ": no such key file", e);
        } catch (IOException e) {
            throw new BundleException(file + ": the key file cannot be read", e);
        }
    }
}
