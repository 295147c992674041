package io.coverkit.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.cache.ModelReader;
import io.coverkit.cache.ModelWriter;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Writes validated guidelines as a bundle ({@link BundleFormat}). */
public final class BundleWriter {

    /** What writes the bundle, for its header; the version of coverkit. */
    static final String CREATED_BY = "coverkit 0.1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

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

    // The versions are parameters so that tests can write what a newer coverkit would.
    static byte[] write(List<BundledGuideline> guidelines, BundleSigner signer, int format, int vocabulary) {
        try {
            List<byte[]> models = new ArrayList<>();
            ObjectNode header = JSON.createObjectNode();
            header.put("format", format);
            header.put("modelFormat", ModelReader.formatVersion());
            header.put("vocabulary", vocabulary);
            header.put("createdBy", CREATED_BY);
            ArrayNode entries = header.putArray("guidelines");
            Set<String> ids = new HashSet<>();
            for (BundledGuideline g : guidelines) {
                if (!ids.add(g.id())) {
                    throw new IllegalArgumentException("guideline `" + g.id() + "` is given twice");
                }
                ByteArrayOutputStream model = new ByteArrayOutputStream();
                ModelWriter.write(g.guideline(), model);
                models.add(model.toByteArray());
                entries.add(entry(g, model.size()));
            }
            byte[] headerBytes = JSON.writeValueAsBytes(header);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            long contentLength = 4L + headerBytes.length + models.stream().mapToLong(m -> m.length).sum();
            out.writeInt(BundleFormat.MAGIC);
            out.writeInt(format);
            out.writeLong(contentLength);
            out.writeInt(headerBytes.length);
            out.write(headerBytes);
            for (byte[] model : models) {
                out.write(model);
            }
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

    private static ObjectNode entry(BundledGuideline g, int modelBytes) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("id", g.id());
        entry.put("source", g.source());
        entry.put("sourceDigest", g.sourceDigest());
        ArrayNode revisions = entry.putArray("revisions");
        for (LocalDate date : g.revisions()) {
            revisions.add(date.toString());
        }
        if (g.lock().locked()) {
            entry.putObject("lock").put("lockedOn", g.lock().lockedOn().toString()).put("digest", g.lock().digest());
        } else {
            entry.putNull("lock");
        }
        entry.put("modelBytes", modelBytes);
        return entry;
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
