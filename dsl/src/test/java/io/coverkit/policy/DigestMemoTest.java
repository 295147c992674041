package io.coverkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered digests are reused only while a policy file and its lock are exactly as they were. */
class DigestMemoTest {

    // Stamps made a moment ago count as settled here; the real memo waits two seconds.
    private static final long NOW = -1_000_000_000L;

    @TempDir
    Path dir;

    private Path memoFile;
    private Path policy;
    private Path lock;

    @BeforeEach
    void files() throws IOException {
        memoFile = dir.resolve("cache/digests");
        policy = Files.writeString(dir.resolve("p.groovy"), "guideline('99-00000-01') {}\n");
        lock = dir.resolve("p.lock.json");
    }

    private DigestMemo remembered() {
        DigestMemo memo = DigestMemo.read(memoFile, "build-1", NOW);
        memo.remember("p.groovy", policy, lock, "key-1", "99-00000-01");
        memo.save();
        return DigestMemo.read(memoFile, "build-1", NOW);
    }

    @Test
    void anUnchangedFileIsKnownByItsKeyAndId() {
        assertEquals(new DigestMemo.Known("key-1", "99-00000-01"), remembered().known("p.groovy", policy, lock));
    }

    @Test
    void aFileEditedInPlaceIsNotKnown() throws IOException {
        DigestMemo memo = remembered();
        FileTime before = Files.getLastModifiedTime(policy);
        // the same size: only its times tell the edit (set apart here, as a later clock tick would)
        Files.writeString(policy, "guideline('99-00000-02') {}\n");
        Files.setLastModifiedTime(policy, FileTime.fromMillis(before.toMillis() + 1000));
        assertNull(memo.known("p.groovy", policy, lock));
    }

    @Test
    void aLockThatAppearsOrChangesMakesItUnknown() throws IOException {
        DigestMemo memo = remembered();
        Files.writeString(lock, "{}");
        assertNull(memo.known("p.groovy", policy, lock));
    }

    @Test
    void aFileThatIsGoneIsNotKnown() throws IOException {
        DigestMemo memo = remembered();
        Files.delete(policy);
        assertNull(memo.known("p.groovy", policy, lock));
        assertNull(memo.known("other.groovy", policy, lock));
    }

    @Test
    void aFileWrittenTooRecentlyIsNotRemembered() {
        // its times could still tick along with a second edit: the real settling time applies
        DigestMemo memo = DigestMemo.read(memoFile, "build-1");
        memo.remember("p.groovy", policy, lock, "key-1", "99-00000-01");
        memo.save();
        assertFalse(Files.exists(memoFile), "nothing new to save");
        assertNull(DigestMemo.read(memoFile, "build-1", NOW).known("p.groovy", policy, lock));
    }

    @Test
    void anotherBuildsMemoIsIgnored() {
        remembered();
        assertNull(DigestMemo.read(memoFile, "build-2", NOW).known("p.groovy", policy, lock));
    }

    @Test
    void aDamagedMemoIsEmpty() throws IOException {
        Files.createDirectories(memoFile.getParent());
        Files.writeString(memoFile, "build-1\np.groovy\tno stamps here\n");
        assertNull(DigestMemo.read(memoFile, "build-1", NOW).known("p.groovy", policy, lock));
        Files.write(memoFile, new byte[0]);
        assertNull(DigestMemo.read(memoFile, "build-1", NOW).known("p.groovy", policy, lock));
    }

    @Test
    void aMemoThatCannotBeWrittenIsOnlyNotKept() throws IOException {
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the cache folder would be");
        DigestMemo memo = DigestMemo.read(blocked.resolve("digests"), "build-1", NOW);
        memo.remember("p.groovy", policy, lock, "key-1", "99-00000-01");
        memo.save();
        assertTrue(Files.isRegularFile(blocked));
        assertEquals(new DigestMemo.Known("key-1", "99-00000-01"), memo.known("p.groovy", policy, lock));
    }
}
