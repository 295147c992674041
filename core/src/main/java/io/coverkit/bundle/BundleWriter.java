package io.coverkit.bundle;

import io.coverkit.cache.ModelReader;
import io.coverkit.cache.ModelWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Writes validated guidelines as a bundle ({@link BundleFormat}). */
public final class BundleWriter {

    /** What writes the bundle, for its header; the version of coverkit. */
    static final String CREATED_BY = "coverkit 0.1.0";

    private BundleWriter() {}

    /**
     * The bundle of {@code guidelines}, in that order, signed by {@code signer} (null: not signed).
     *
     * @throws IllegalArgumentException when two guidelines share an id, or a model holds a value
     *     the model format cannot carry
     */
    public static byte[] write(List<BundledGuideline> guidelines, BundleSigner signer) {
        return write(guidelines, signer, BundleFormat.VERSION, BundleFormat.VOCABULARY_VERSION);
    }

    /** Writes the bundle to {@code out}; see {@link #write(List, BundleSigner)}. */
    public static void write(List<BundledGuideline> guidelines, BundleSigner signer, OutputStream out) throws IOException {
        out.write(write(guidelines, signer));
        out.flush();
    }

    // The versions are parameters so that tests can write what another coverkit would.
    static byte[] write(List<BundledGuideline> guidelines, BundleSigner signer, int format, int vocabulary) {
        return write(guidelines, signer, format, vocabulary, ModelReader.formatVersion());
    }

    static byte[] write(List<BundledGuideline> guidelines, BundleSigner signer, int format, int vocabulary, int modelFormat) {
        try {
            List<byte[]> models = new ArrayList<>();
            List<BundleHeader.Entry> entries = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (BundledGuideline g : guidelines) {
                if (!ids.add(g.id())) {
                    throw new IllegalArgumentException("guideline `" + g.id() + "` is given twice");
                }
                ByteArrayOutputStream model = new ByteArrayOutputStream();
                ModelWriter.write(g.guideline(), model);
                models.add(model.toByteArray());
                entries.add(new BundleHeader.Entry(g.id(), g.source(), g.sourceDigest(), g.lock(), model.size()));
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(content);
            BundleHeader.write(header, modelFormat, vocabulary, CREATED_BY, entries);
            header.flush();
            for (byte[] model : models) {
                content.write(model);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(BundleFormat.MAGIC);
            out.writeInt(format);
            out.writeLong(content.size());
            content.writeTo(out);
            out.flush();
            byte[] digest = sha256(bytes.toByteArray(), bytes.size());
            out.write(digest);
            byte[] signature = signer == null ? new byte[0]
                    : signer.sign(digestText(digest)).getBytes(StandardCharsets.US_ASCII);
            out.writeInt(signature.length);
            out.write(signature);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    /** SHA-256 of the first {@code length} bytes. */
    static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A digest as {@code sha256:<hex>}. */
    static String digestText(byte[] digest) {
        return "sha256:" + HexFormat.of().formatHex(digest);
    }
}
