package io.coverkit.policy;

import io.coverkit.cache.ModelReader;
import io.coverkit.cache.ModelWriter;
import io.coverkit.model.Guideline;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * The cache is best-effort: anything unreadable is a miss, and a failed write is ignored. Entries
 * are in {@code io.coverkit.cache.ModelFormat}, which only ever builds model records: the cache folder is trusted no
 * more than any other file.
 */
public final class PolicyCache {

    private static final String BUILD = build();

    private final Path folder;
    private DigestMemo memo;

    /** A cache in {@code folder}, created on first write. */
    public PolicyCache(Path folder) {
        this.folder = folder;
    }

    /**
     * The key of a policy file and the id of the guideline whose model is stored under it.
     *
     * @param key {@link #key(String, byte[], byte[])} of the file, its lock and this build
     * @param guidelineId the guideline's id, or null when no model is stored under the key
     */
    public record Keyed(String key, String guidelineId) {}

    /**
     * The key of the policy file {@code file} (named as given) whose revision lock would be
     * {@code lock}, and the id of its cached model's guideline: the digest of their bytes and the
     * id in the stored model's header, or both remembered from an earlier run when neither file
     * has changed since (see {@link DigestMemo}). Not thread-safe; call {@link #saveDigests} when
     * done.
     *
     * @throws IOException when the policy file cannot be read
     */
    public Keyed keyed(Path file, Path lock) throws IOException {
        if (memo == null) {
            memo = DigestMemo.read(folder.resolve("digests"), BUILD);
        }
        String name = file.toString();
        DigestMemo.Known known = memo.known(name, file, lock);
        if (known != null) {
            return new Keyed(known.key(), known.guidelineId());
        }
        String key = key(name, Files.readAllBytes(file), lockBytes(lock));
        String id = guidelineId(key).orElse(null);
        if (id != null) {
            memo.remember(name, file, lock, key, id);
        }
        return new Keyed(key, id);
    }

    /** Keeps the keys digested by {@link #keyed} for later runs; best-effort. */
    public void saveDigests() {
        if (memo != null) {
            memo.save();
        }
    }

    /**
     * The bytes of a revision lock for {@link #key(String, byte[], byte[])}: null when there is none,
     * and a marker no real lock has when it cannot be read (loading reports that, and stores nothing).
     */
    public static byte[] lockBytes(Path lock) {
        try {
            // Bounded: a lock over the bound is reported, and its first bytes key nothing cacheable.
            return Files.exists(lock) ? io.coverkit.diff.RevisionLock.readBounded(lock) : null;
        } catch (IOException e) {
            return new byte[] {0};
        }
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
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModelReader.read(bytes(file)));
        } catch (IOException | RuntimeException e) {
            // A stale or damaged entry is simply read again from the policy file.
            return Optional.empty();
        }
    }

    /**
     * The id of the guideline stored under {@code key}, read from the entry's header alone, or empty
     * when there is no readable entry. A present id means the policy file with this key loaded
     * without a single diagnostic under this build.
     */
    public Optional<String> guidelineId(String key) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(entry(key)), 256)) {
            return Optional.of(ModelReader.id(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code guideline} under {@code key}; a failure leaves the cache as it was. */
    public void put(String key, Guideline guideline) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, key, ".tmp");
            try {
                try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(temp))) {
                    ModelWriter.write(guideline, bytes);
                }
                try {
                    Files.move(temp, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, entry(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // Best-effort: a read-only or full disk, or a model the format cannot hold, only costs
            // the next start-up a parse.
        }
    }

    // Through java.io rather than Files: a command reads one entry, and the NIO channels behind
    // Files.readAllBytes are two dozen more classes for it to load.
    static byte[] bytes(Path file) throws IOException {
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    private Path entry(String key) {
        return folder.resolve(key + ".model");
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
