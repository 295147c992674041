package io.coverkit.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.model.Guideline;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validated-model cache: same answers as a fresh load, keyed by everything that decided the model. */
class PolicyCacheTest {

    @TempDir
    Path cache;

    @Test
    void aCachedLoadGivesTheSameGuidelinesAsAFreshOne() {
        GuidelineLibrary fresh = GuidelineLibrary.load(Path.of("policies"));
        GuidelineLibrary first = GuidelineLibrary.loadCached(Path.of("policies"), cache);
        GuidelineLibrary second = GuidelineLibrary.loadCached(Path.of("policies"), cache);
        for (String id : fresh.guidelineIds()) {
            Guideline expected = fresh.evaluator(id).orElseThrow().guideline();
            assertEquals(expected, first.evaluator(id).orElseThrow().guideline());
            assertEquals(expected, second.evaluator(id).orElseThrow().guideline());
        }
        assertEquals(fresh.guidelineIds(), second.guidelineIds());
        assertEquals(fresh.diagnostics(), second.diagnostics());
    }

    @Test
    void onlyCleanFilesAreStored(@TempDir Path policies) throws IOException {
        Files.copy(Path.of("policies/ncd-210.14.groovy"), policies.resolve("ncd-210.14.groovy"));
        Files.writeString(policies.resolve("99-00000-01.groovy"), "guideline('99-00000-01') {\n    colour 'red'\n}\n");
        GuidelineLibrary.loadCached(policies, cache);
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count());
        }
        // The broken file is still reported on the next run: nothing of it was cached.
        assertTrue(GuidelineLibrary.loadCached(policies, cache).hasErrors());
    }

    @Test
    void theKeyChangesWithThePathTheBytesAndTheLock() {
        byte[] bytes = "a".getBytes(StandardCharsets.UTF_8);
        String key = PolicyCache.key("p.groovy", bytes, null);
        assertEquals(key, PolicyCache.key("p.groovy", bytes, null));
        assertNotEquals(key, PolicyCache.key("q.groovy", bytes, null));
        assertNotEquals(key, PolicyCache.key("p.groovy", "b".getBytes(StandardCharsets.UTF_8), null));
        assertNotEquals(key, PolicyCache.key("p.groovy", bytes, new byte[0]));
    }

    @Test
    void aDamagedOrForeignEntryIsAMiss() throws IOException {
        PolicyCache policyCache = new PolicyCache(cache);
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("damaged.model"), "not serialized data");
        assertTrue(policyCache.get("damaged").isEmpty());
        // Anything but model data is refused by the filter, never instantiated.
        try (OutputStream bytes = Files.newOutputStream(cache.resolve("foreign.model"));
                ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(new java.net.URL("file:/x"))));
        }
        assertTrue(policyCache.get("foreign").isEmpty());
        assertTrue(policyCache.get("absent").isEmpty());
    }

    @Test
    void aFailedWriteLeavesNoEntry() throws IOException {
        Path file = Files.writeString(cache.resolve("not-a-folder"), "x");
        PolicyCache unwritable = new PolicyCache(file);
        Guideline g = GuidelineLibrary.load(Path.of("policies/ncd-210.14.groovy")).evaluator("ncd-210.14").orElseThrow().guideline();
        unwritable.put("k", g);
        assertTrue(unwritable.get("k").isEmpty());
    }
}
