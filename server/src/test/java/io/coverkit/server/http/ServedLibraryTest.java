package io.coverkit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.bundle.BundleWriter;
import io.coverkit.policy.PolicyBundles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading what the server serves: a changed file is applied, a broken one keeps the last good version. */
class ServedLibraryTest {

    private static final String IGRT = "04-77260-19";

    @TempDir
    Path dir;

    private Path policies() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("policies"));
        for (String name : List.of(IGRT + ".groovy", IGRT + ".lock.json", "ncd-240.4.groovy", "ncd-240.4.lock.json")) {
            Files.copy(Path.of("policies", name), folder.resolve(name));
        }
        return folder;
    }

    private static String digest(GuidelineLibrary library) {
        return library.guideline(IGRT).orElseThrow().sourceDigest();
    }

    @Test
    void aChangedPolicyIsAppliedAndAnUnchangedFolderIsNotReread() throws Exception {
        Path folder = policies();
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServedLibrary served = ServedLibrary.policies(folder, null).onReload(log::add)) {
            GuidelineLibrary before = served.get();
            assertEquals(List.of(IGRT, "ncd-240.4"), before.guidelineIds());
            assertFalse(served.poll(), "nothing changed");
            assertSame(before, served.get());

            Files.writeString(folder.resolve(IGRT + ".groovy"), Files.readString(folder.resolve(IGRT + ".groovy")) + "\n// reviewed again\n");
            assertTrue(served.poll());
            GuidelineLibrary after = served.get();
            assertNotSame(before, after);
            assertTrue(!digest(before).equals(digest(after)), "the new source is in service");
            assertEquals(List.of("reload: applied " + folder + " (2 guidelines in service)"), log);
            // a request that started before the reload still holds, and decides with, the library it began with
            assertEquals(List.of(IGRT, "ncd-240.4"), before.guidelineIds());
        }
    }

    @Test
    void aBrokenPolicyKeepsItsLastGoodVersionAndSaysWhereTheErrorIs() throws Exception {
        Path folder = policies();
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServedLibrary served = ServedLibrary.policies(folder, null).onReload(log::add)) {
            String good = digest(served.get());
            Path igrt = folder.resolve(IGRT + ".groovy");
            Files.writeString(igrt, Files.readString(igrt).replaceFirst("indication ", "indicaton "));
            assertTrue(served.poll());
            assertEquals(good, digest(served.get()), "the last good version stays in service");
            assertEquals(1, log.size());
            String line = log.get(0);
            assertTrue(line.startsWith("reload: kept the last good version of " + IGRT + " because " + igrt + ":"), line);
            assertTrue(line.matches(".*\\.groovy:\\d+:\\d+: error\\[R\\d+\\]: .*`indicaton`.*\\(2 guidelines in service\\)"), line);
        }
    }

    @Test
    void theWatcherReloadsOnItsOwn() throws Exception {
        Path folder = policies();
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServedLibrary served = ServedLibrary.policies(folder, null).onReload(log::add).watch(Duration.ofMillis(50))) {
            Files.delete(folder.resolve("ncd-240.4.groovy"));
            for (int i = 0; i < 400 && log.isEmpty(); i++) {
                Thread.sleep(25);
            }
            assertEquals(List.of("reload: applied " + folder + " (1 guideline in service)"), log);
            assertEquals(List.of(IGRT), served.get().guidelineIds());
        }
    }

    @Test
    void aDamagedBundleKeepsTheLastGoodBundle() throws Exception {
        Path bundle = dir.resolve("policies.ckb");
        Files.write(bundle, BundleWriter.write(PolicyBundles.read(List.of(policies().resolve(IGRT + ".groovy"))).guidelines(), null));
        List<String> log = new CopyOnWriteArrayList<>();
        try (ServedLibrary served = ServedLibrary.bundle(bundle, null).onReload(log::add)) {
            GuidelineLibrary good = served.get();
            assertEquals(List.of(IGRT), good.guidelineIds());
            byte[] bytes = Files.readAllBytes(bundle);
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(bundle, bytes);
            assertTrue(served.poll());
            assertSame(good, served.get());
            assertEquals(1, log.size());
            assertTrue(log.get(0).startsWith("reload: kept the last good bundle because " + bundle), log.get(0));

            Files.write(bundle, BundleWriter.write(PolicyBundles.read(List.of(dir.resolve("policies/ncd-240.4.groovy"))).guidelines(), null));
            assertTrue(served.poll());
            assertEquals(List.of("ncd-240.4"), served.get().guidelineIds());
            assertEquals("reload: applied " + bundle + " (1 guideline in service)", log.get(1));
        }
    }
}
