package io.coverkit.cache;

import io.coverkit.model.Guideline;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Validated guideline models on disk, keyed by the digest of everything that decided them: the
 * policy file's path and bytes, its revision lock's bytes and the build of coverkit that read
 * them. A hit skips the Groovy parser and the validator, which dominate a short command's start-up.
 * Only models that loaded without a single diagnostic are stored, so a hit never hides a warning.
 * The cache is best-effort: anything unreadable is a miss, and a failed write is ignored.
 */
public final class PolicyCache {

    // Only plain model data may come back: the cache folder is trusted no more than any other file.
    private static final ObjectInputFilter ONLY_MODEL = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=200000;maxbytes=67108864;io.coverkit.model.**;java.time.*;java.util.*;java.lang.*;java.math.*;!*");

    private static final String BUILD = build();

    private final Path folder;

    /** A cache in {@code folder}, created on first write. */
    public PolicyCache(Path folder) {
        this.folder = folder;
    }

    /** The key of a policy file: its path as given, its bytes, its lock's bytes (null: no lock) and the build. */
    public static String key(String file, byte[] policy, byte[] lock) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(BUILD.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(policy);
            sha.update((byte) 0);
            if (lock != null) {
                sha.update((byte) 1);
                sha.update(lock);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The model stored under {@code key}, or empty. */
    public Optional<Guideline> get(String key) {
        Path file = folder.resolve(key + ".model");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream bytes = Files.newInputStream(file); ObjectInputStream in = new ObjectInputStream(bytes)) {
            in.setObjectInputFilter(ONLY_MODEL);
            return in.readObject() instanceof Guideline g ? Optional.of(g) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // A stale or damaged entry is simply read again from the policy file.
            return Optional.empty();
        }
    }

    /** Stores {@code guideline} under {@code key}; a failure leaves the cache as it was. */
    public void put(String key, Guideline guideline) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream bytes = Files.newOutputStream(temp); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(guideline);
            }
            try {
                Files.move(temp, folder.resolve(key + ".model"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, folder.resolve(key + ".model"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // Best-effort: a read-only or full disk only costs the next start-up a parse.
        }
    }

    // The jar or classes folder coverkit runs from, with its size and time: a new build is a new key space.
    private static String build() {
        try {
            Path where = Path.of(PolicyCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return where + "|" + Files.size(where) + "|" + Files.getLastModifiedTime(where).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-build";
        }
    }
}
