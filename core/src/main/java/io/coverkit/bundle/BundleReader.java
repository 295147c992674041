package io.coverkit.bundle;

import io.coverkit.cache.ModelReader;
import io.coverkit.model.Guideline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a bundle ({@link BundleFormat}), checking in this order: that it is a bundle, that its
 * format version is one this build reads, that it is complete, that its content digest matches,
 * that its signature verifies (when a key is given: then a bundle must be signed), and that its
 * model and vocabulary versions are ones this build evaluates. Anything else is a
 * {@link BundleException} whose message names the bundle and says what is wrong.
 */
public final class BundleReader {

    private final byte[] bytes;
    private final String where;

    private BundleReader(byte[] bytes, String where) {
        this.bytes = bytes;
        this.where = where;
    }

    /**
     * The bundle in {@code file}.
     *
     * @param key the public key its signature must verify with, or null to accept a bundle without
     *     checking its signature (its integrity digest is checked either way)
     */
    public static Bundle read(Path file, PublicKey key) {
        String where = file.toString();
        if (Files.isDirectory(file)) {
            throw new BundleException(where + ": the bundle cannot be read: it is a folder");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, where, key);
        } catch (NoSuchFileException e) {
            throw new BundleException(where + ": no such bundle file", e);
        } catch (IOException e) {
            throw new BundleException(where + ": the bundle cannot be read", e);
        }
    }

    /**
     * The bundle read from {@code in} (read to its end, not closed); {@code where} names it in
     * messages. {@code key}: see {@link #read(Path, PublicKey)}.
     */
    public static Bundle read(InputStream in, String where, PublicKey key) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(BundleFormat.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BundleException(where + ": the bundle cannot be read", e);
        }
        if (bytes.length > BundleFormat.MAX_BYTES) {
            throw new BundleException(where + ": larger than a bundle may be (" + (BundleFormat.MAX_BYTES >> 20) + " MiB)");
        }
        return read(bytes, where, key);
    }

    /** The bundle in {@code bytes}; {@code where} names it in messages. {@code key}: see {@link #read(Path, PublicKey)}. */
    public static Bundle read(byte[] bytes, String where, PublicKey key) {
        return new BundleReader(bytes, where).read(key);
    }

    private Bundle read(PublicKey key) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if (bytes.length < 4 || buffer.getInt(0) != BundleFormat.MAGIC) {
            throw refused("not a coverkit bundle (a bundle starts with the bytes `CKBN`; `coverkit bundle` writes one)");
        }
        if (bytes.length < BundleFormat.PREFIX) {
            throw truncated(BundleFormat.PREFIX);
        }
        int format = buffer.getInt(4);
        if (format > BundleFormat.VERSION) {
            throw refused("the bundle is format version " + format + ", newer than this coverkit reads (format version "
                    + BundleFormat.VERSION + "); load it with a newer coverkit-core, or build the bundle with this coverkit");
        }
        if (format < 1) {
            throw refused("the bundle's format version " + format + " is not one coverkit ever wrote; the file is damaged");
        }
        long contentLength = buffer.getLong(8);
        // Bounded first, so that the offsets below cannot overflow.
        if (contentLength < 0 || contentLength > BundleFormat.MAX_BYTES) {
            throw refused("the bundle is damaged or was altered: its content length (" + contentLength + ") is impossible");
        }
        long digestEnd = BundleFormat.PREFIX + contentLength + BundleFormat.DIGEST_BYTES;
        if (digestEnd + 4 > bytes.length) {
            throw truncated(digestEnd + 4);
        }
        int contentEnd = (int) (BundleFormat.PREFIX + contentLength);
        byte[] digest = BundleWriter.sha256(bytes, contentEnd);
        byte[] stored = Arrays.copyOfRange(bytes, contentEnd, contentEnd + BundleFormat.DIGEST_BYTES);
        String digestText = BundleWriter.digestText(digest);
        if (!MessageDigest.isEqual(digest, stored)) {
            throw refused("the bundle is damaged or was altered: its content's digest is " + digestText
                    + ", but the digest recorded in it is " + BundleWriter.digestText(stored));
        }
        String signature = signature(buffer, (int) digestEnd);
        String algorithm = null;
        if (signature != null) {
            algorithm = Jws.algorithm(signature, where);
            if (key != null) {
                Jws.verify(signature, key, digestText, where);
            }
        } else if (key != null) {
            throw refused("the bundle is not signed, and a signed bundle is required (a verification key is configured);"
                    + " sign it with `coverkit bundle --sign-key PEM`");
        }
        BundleHeader header = BundleHeader.read(bytes, BundleFormat.PREFIX, contentEnd, where);
        checkVersions(header);
        return new Bundle(format, header.vocabulary(), header.createdBy(), digestText, algorithm, key != null,
                guidelines(header, contentEnd));
    }

    private void checkVersions(BundleHeader header) {
        if (header.vocabulary() > BundleFormat.VOCABULARY_VERSION) {
            throw refused("the bundle's guidelines use vocabulary version " + header.vocabulary() + ", newer than this coverkit"
                    + " evaluates (vocabulary version " + BundleFormat.VOCABULARY_VERSION + "); load it with a newer coverkit-core");
        }
        if (header.vocabulary() < 1) {
            throw refused("the bundle's vocabulary version " + header.vocabulary() + " is not one coverkit ever wrote");
        }
        int models = ModelReader.formatVersion();
        if (header.modelFormat() > models) {
            throw refused("the bundle's models are in model format version " + header.modelFormat() + ", newer than this coverkit reads"
                    + " (model format version " + models + "); load it with a newer coverkit-core");
        }
        if (header.modelFormat() != models) {
            throw refused("the bundle's models are in model format version " + header.modelFormat() + ", which this coverkit no"
                    + " longer reads (it reads version " + models + "); build the bundle again with this coverkit");
        }
    }

    // The signature after the digest, or null when there is none; the file must end with it.
    private String signature(ByteBuffer buffer, int at) {
        int length = buffer.getInt(at);
        long end = (long) at + 4 + length;
        if (length < 0 || length > BundleFormat.MAX_SIGNATURE) {
            throw refused("the bundle is damaged: its signature length (" + length + ") is impossible");
        }
        if (end > bytes.length) {
            throw truncated(end);
        }
        if (end < bytes.length) {
            throw refused("the bundle has " + (bytes.length - end) + " bytes after its end; the file is damaged or was altered");
        }
        return length == 0 ? null : new String(bytes, at + 4, length, StandardCharsets.US_ASCII);
    }

    private List<BundledGuideline> guidelines(BundleHeader header, int contentEnd) {
        List<BundledGuideline> guidelines = new ArrayList<>();
        int at = header.end();
        for (int i = 0; i < header.entries().size(); i++) {
            BundleHeader.Entry entry = header.entries().get(i);
            if (entry.modelBytes() > contentEnd - at) {
                throw refused("the bundle is damaged: the model of guideline `" + entry.id() + "` runs past the content");
            }
            Guideline model;
            try {
                model = ModelReader.read(Arrays.copyOfRange(bytes, at, at + entry.modelBytes()));
            } catch (IOException e) {
                throw refused("the model of guideline `" + entry.id() + "` does not decode: " + e.getMessage(), e);
            }
            at += entry.modelBytes();
            if (!model.id().equals(entry.id()) || !model.sourceDigest().equals(entry.sourceDigest())) {
                throw refused("the bundle is damaged: its header names `" + entry.id() + "` (" + entry.sourceDigest()
                        + ") but its model is `" + model.id() + "` (" + model.sourceDigest() + ")");
            }
            guidelines.add(new BundledGuideline(entry.source(), entry.lock(), model));
        }
        if (at != contentEnd) {
            throw refused("the bundle is damaged: " + (contentEnd - at) + " bytes of its content belong to no guideline");
        }
        return guidelines;
    }

    private BundleException truncated(long needed) {
        return refused("the bundle is truncated: it is " + bytes.length + " bytes, but its layout needs at least " + needed
                + "; copy it again (or build it again with `coverkit bundle`)");
    }

    private BundleException refused(String why) {
        return new BundleException(where + ": " + why);
    }

    private BundleException refused(String why, Throwable cause) {
        return new BundleException(where + ": " + why, cause);
    }
}
