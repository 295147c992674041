package io.coverkit.policy;

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

    private static String title(GuidelineLibrary library) {
        return library.evaluator("ncd-210.14").orElseThrow().guideline().title();
    }

    @Test
    void aPolicyFileEditedAfterItsDigestWasRememberedIsReadAgain(@TempDir Path policies) throws Exception {
        Path file = Files.copy(Path.of("policies/ncd-210.14.groovy"), policies.resolve("ncd-210.14.groovy"));
        // a digest is remembered only for a file whose times lie two seconds in the past
        Thread.sleep(2100);
        assertEquals("Screening for Lung Cancer with Low Dose Computed Tomography (LDCT)",
                title(GuidelineLibrary.loadCachedOnDemand(policies, cache)));
        title(GuidelineLibrary.loadCachedOnDemand(policies, cache));
        assertTrue(Files.readString(cache.resolve("digests")).contains(file.toString()), "the digest is remembered");

        // The same number of bytes, so only the file's times and bytes tell the edit.
        Files.writeString(file, Files.readString(file).replace("Low Dose Computed", "Low-Dose Computed"));
        assertEquals("Screening for Lung Cancer with Low-Dose Computed Tomography (LDCT)",
                title(GuidelineLibrary.loadCachedOnDemand(policies, cache)));
        assertEquals("Screening for Lung Cancer with Low-Dose Computed Tomography (LDCT)",
                title(GuidelineLibrary.loadCached(policies, cache)));
    }

    @Test
    void onDemandGivesWhatAnEagerLoadGives(@TempDir Path policies) throws IOException {
        // two clean files (each named after its guideline) that declare the same guideline
        Files.createDirectories(policies.resolve("a"));
        Files.createDirectories(policies.resolve("b"));
        Files.copy(Path.of("policies/ncd-210.14.groovy"), policies.resolve("a/ncd-210.14.groovy"));
        Files.copy(Path.of("policies/ncd-210.14.groovy"), policies.resolve("b/ncd-210.14.groovy"));
        GuidelineLibrary eager = GuidelineLibrary.load(policies);
        GuidelineLibrary.loadCached(policies, cache);
        try (var entries = Files.list(cache)) {
            assertEquals(2, entries.count(), "both files are clean, so both are cached");
        }
        GuidelineLibrary onDemand = GuidelineLibrary.loadCachedOnDemand(policies, cache);
        assertTrue(eager.hasErrors());
        assertEquals(eager.diagnostics(), onDemand.diagnostics());
        assertEquals(eager.guidelineIds(), onDemand.guidelineIds());

        Files.delete(policies.resolve("b/ncd-210.14.groovy"));
        GuidelineLibrary clean = GuidelineLibrary.loadCachedOnDemand(policies, cache);
        assertEquals(List.of(), clean.diagnostics());
        assertEquals(List.of("ncd-210.14"), clean.guidelineIds());
        assertEquals(GuidelineLibrary.load(policies).evaluator("ncd-210.14").orElseThrow().guideline(),
                clean.evaluator("ncd-210.14").orElseThrow().guideline());
    }

    @Test
    void aCachedModelThatVanishesIsReadFromThePolicyFile(@TempDir Path policies) throws IOException {
        Files.copy(Path.of("policies/ncd-210.14.groovy"), policies.resolve("ncd-210.14.groovy"));
        GuidelineLibrary.loadCached(policies, cache);
        GuidelineLibrary onDemand = GuidelineLibrary.loadCachedOnDemand(policies, cache);
        try (var entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                Files.delete(entry);
            }
        }
        assertEquals("Screening for Lung Cancer with Low Dose Computed Tomography (LDCT)", title(onDemand));
    }

    @Test
    void aKeyNamesTheGuidelineOnlyOnceItsModelIsStored(@TempDir Path policies) throws IOException {
        Path file = Files.copy(Path.of("policies/ncd-210.14.groovy"), policies.resolve("ncd-210.14.groovy"));
        PolicyCache policyCache = new PolicyCache(cache);
        PolicyCache.Keyed before = policyCache.keyed(file, policies.resolve("ncd-210.14.lock.json"));
        assertEquals(null, before.guidelineId());
        assertEquals(PolicyCache.key(file.toString(), Files.readAllBytes(file), null), before.key());
        GuidelineLibrary.loadCached(policies, cache);
        assertEquals(new PolicyCache.Keyed(before.key(), "ncd-210.14"),
                new PolicyCache(cache).keyed(file, policies.resolve("ncd-210.14.lock.json")));
    }
}
