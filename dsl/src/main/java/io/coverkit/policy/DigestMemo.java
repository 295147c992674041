package io.coverkit.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cache keys of policy files digested by an earlier run, each with the stamps (size, modified
 * and changed times, device and inode) its policy file and lock file had then, and the id of the
 * guideline whose model the cache held under that key. While both stamps are unchanged, the file's
 * bytes are those that were digested, so the key is reused instead of reading and digesting them
 * again: digesting a policy and its lock in a fresh JVM (interpreted SHA-256 and the security
 * providers' set-up) cost a short command more than deciding did. This is the check
 * {@code git status} and {@code make} rely on; the key itself remains the digest.
 *
 * <p>A stamp is only remembered once both of its times are {@link #SETTLED} in the past: file
 * times tick coarsely, so a file written again within the same tick as its stamp was taken would
 * otherwise look unchanged ("racy git"). Where the file system has no change time or inode (not
 * a Unix system), nothing is remembered and every run digests.
 */
final class DigestMemo {

    /** How long a file's times must lie in the past before its stamp is trusted. */
    static final long SETTLED = TimeUnit.SECONDS.toNanos(2);

    private static final String ABSENT = "-";

    private final Path file;
    private final String build;
    private final Map<String, Entry> entries;
    private final long settled;
    private boolean changed;

    private record Entry(String policyStamp, String lockStamp, String key, String guidelineId) {}

    /** A remembered key and the id of the guideline the cache held under it. */
    record Known(String key, String guidelineId) {}

    private DigestMemo(Path file, String build, Map<String, Entry> entries, long settled) {
        this.file = file;
        this.build = build;
        this.entries = entries;
        this.settled = settled;
    }

    /** The memo in {@code file}, or an empty one when it is missing, unreadable or of another build. */
    static DigestMemo read(Path file, String build) {
        return read(file, build, SETTLED);
    }

    /** As {@link #read(Path, String)}, trusting stamps whose times lie {@code settled} nanoseconds in the past. */
    static DigestMemo read(Path file, String build, long settled) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            String[] lines = new String(PolicyCache.bytes(file), StandardCharsets.UTF_8).split("\n");
            if (lines[0].equals(build)) {
                for (int i = 1; i < lines.length; i++) {
                    String[] f = lines[i].split("\t", -1);
                    if (f.length == 5) {
                        entries.put(f[0], new Entry(f[1], f[2], f[3], f[4]));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no memo yet, or a damaged one: every file is digested and the memo written afresh
            entries.clear();
        }
        return new DigestMemo(file, build, entries, settled);
    }

    /** What is remembered of {@code policy} (named {@code name}) and its {@code lock}, when neither changed since. */
    Known known(String name, Path policy, Path lock) {
        Entry entry = entries.get(name);
        if (entry == null) {
            return null;
        }
        try {
            return entry.policyStamp().equals(stamp(policy, Long.MAX_VALUE)) && entry.lockStamp().equals(stamp(lock, Long.MAX_VALUE))
                    ? new Known(entry.key(), entry.guidelineId()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Remembers {@code key} and the id of the guideline cached under it for {@code policy} and
     * {@code lock} as they are now, if both have settled.
     */
    void remember(String name, Path policy, Path lock, String key, String guidelineId) {
        long settledBefore = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - settled;
        try {
            String policyStamp = stamp(policy, settledBefore);
            String lockStamp = stamp(lock, settledBefore);
            if (policyStamp != null && lockStamp != null) {
                entries.put(name, new Entry(policyStamp, lockStamp, key, guidelineId));
                changed = true;
            }
        } catch (IOException | RuntimeException e) {
            // not remembered: the next run digests this file again
        }
    }

    /** Writes the memo if anything new was remembered; a failure only costs the next run a digest. */
    void save() {
        if (!changed) {
            return;
        }
        StringBuilder text = new StringBuilder(build).append('\n');
        entries.forEach((name, e) -> text.append(name).append('\t').append(e.policyStamp()).append('\t')
                .append(e.lockStamp()).append('\t').append(e.key()).append('\t').append(e.guidelineId()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "digests", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            changed = false;
        } catch (IOException | RuntimeException e) {
            // best-effort, like the cache itself
        }
    }

    // A file's stamp, "-" when it does not exist, or null when its times are not before `settledBefore`
    // (nanoseconds since the epoch) or the file system keeps no change time or inode.
    private static String stamp(Path path, long settledBefore) throws IOException {
        // Most policies have no lock: asking java.io first spares building an exception for each.
        if (!path.toFile().exists()) {
            return ABSENT;
        }
        Map<String, Object> a;
        try {
            a = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,dev,ino");
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        long modified = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
        long changed = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
        if (modified >= settledBefore || changed >= settledBefore) {
            return null;
        }
        return a.get("size") + ":" + modified + ":" + changed + ":" + a.get("dev") + ":" + a.get("ino");
    }
}
