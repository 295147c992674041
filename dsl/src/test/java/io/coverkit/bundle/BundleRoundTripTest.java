package io.coverkit.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Decision;
import io.coverkit.api.Explainer;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.diff.RevisionLock;
import io.coverkit.examples.ExampleRequests;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.model.Guideline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library loaded from a bundle decides exactly as the one loaded from the policy files it was built from. */
class BundleRoundTripTest {

    private static GuidelineLibrary fromFiles;
    private static GuidelineLibrary fromBundle;
    private static List<Path> examples;

    @BeforeAll
    static void load() throws IOException {
        fromFiles = GuidelineLibrary.load(TestBundles.POLICIES);
        fromBundle = GuidelineLibrary.fromBundle(new ByteArrayInputStream(TestBundles.unsigned()));
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            examples = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .filter(ExampleRequests::outsideProjects).sorted().toList();
        }
        assertTrue(examples.size() >= 10, "examples found: " + examples);
    }

    @Test
    void holdsEveryGuidelineOfThePolicies() {
        assertEquals(fromFiles.guidelineIds(), fromBundle.guidelineIds());
        assertTrue(fromBundle.diagnostics().isEmpty());
        for (String id : fromFiles.guidelineIds()) {
            Guideline original = fromFiles.evaluator(id).orElseThrow().guideline();
            Guideline bundled = fromBundle.evaluator(id).orElseThrow().guideline();
            assertEquals(original, bundled, id);
            assertEquals(original.sourceDigest(), bundled.sourceDigest(), id);
            assertEquals(original.revisions(), bundled.revisions(), id);
            assertEquals(original.at().file(), bundled.at().file(), id);
        }
    }

    @Test
    void decidesEveryExampleIdenticallyOnTheDateOfServiceAndOnOtherDates() throws IOException {
        DeterminationWriter writer = new DeterminationWriter();
        int decided = 0;
        for (Path example : examples) {
            String json = Files.readString(example);
            for (LocalDate asOf : new LocalDate[] {null, LocalDate.of(2012, 1, 1), LocalDate.of(2024, 7, 1)}) {
                Decision expected = fromFiles.decideJson(json, asOf);
                Decision actual = fromBundle.decideJson(json, asOf);
                assertEquals(expected.getClass(), actual.getClass(), example + " as of " + asOf);
                if (expected instanceof Decision.Decided d) {
                    Decision.Decided b = (Decision.Decided) actual;
                    assertEquals(writer.write(d.determination()), writer.write(b.determination()), example + " as of " + asOf);
                    String id = d.determination().guideline();
                    assertEquals(new Explainer().explain(d.determination(), fromFiles.evaluator(id).orElseThrow().guideline()),
                            new Explainer().explain(b.determination(), fromBundle.evaluator(id).orElseThrow().guideline()), example.toString());
                    decided++;
                } else {
                    assertEquals(((Decision.Rejected) expected).errors(), ((Decision.Rejected) actual).errors(), example.toString());
                }
            }
        }
        assertTrue(decided >= 20, "determinations compared: " + decided);
    }

    @Test
    void recordsEachGuidelinesLockStateSourceAndRevisions() throws Exception {
        Bundle bundle = BundleReader.read(TestBundles.unsigned(), "policies.ckb", null);
        assertEquals(BundleFormat.VERSION, bundle.formatVersion());
        assertEquals(BundleFormat.VOCABULARY_VERSION, bundle.vocabularyVersion());
        assertFalse(bundle.signed());
        assertTrue(bundle.digest().matches("sha256:[0-9a-f]{64}"), bundle.digest());
        for (BundledGuideline g : bundle.guidelines()) {
            Path policy = Path.of(g.source());
            assertTrue(Files.isRegularFile(policy), g.source());
            assertEquals("sha256:" + hex(Files.readAllBytes(policy)), g.sourceDigest(), g.id());
            Path lock = RevisionLock.beside(policy);
            if (Files.exists(lock)) {
                assertTrue(g.lock().locked(), g.id());
                assertEquals("sha256:" + hex(Files.readAllBytes(lock)), g.lock().digest(), g.id());
                assertEquals(RevisionLock.read(lock, new Diagnostics()).orElseThrow().lockedOn(), g.lock().lockedOn());
            } else {
                assertEquals(LockState.NONE, g.lock());
                assertNull(g.lock().lockedOn());
            }
            assertEquals(g.guideline().revisions().size(), g.revisions().size(), g.id());
        }
        assertTrue(bundle.guidelines().stream().anyMatch(g -> g.lock().locked()), "some policy is locked");
    }

    @Test
    void theSamePoliciesMakeTheSameBytes() {
        assertArrayEquals(TestBundles.unsigned(), BundleWriter.write(TestBundles.guidelines(), null));
    }

    @Test
    void loadsFromAFileAndFromTheClassPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policies.ckb");
        Files.write(file, TestBundles.unsigned());
        assertEquals(fromFiles.guidelineIds(), GuidelineLibrary.fromBundle(file).guidelineIds());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            GuidelineLibrary library = GuidelineLibrary.fromBundleResource(loader, "policies.ckb");
            String json = Files.readString(examples.get(0));
            assertEquals(fromFiles.decideJson(json).getClass(), library.decideJson(json).getClass());
            BundleException missing = assertThrows(BundleException.class,
                    () -> GuidelineLibrary.fromBundleResource(loader, "other.ckb"));
            assertEquals("other.ckb: no such bundle on the class path", missing.getMessage());
        }
        BundleException none = assertThrows(BundleException.class,
                () -> GuidelineLibrary.fromBundle(dir.resolve("absent.ckb")));
        assertEquals(dir.resolve("absent.ckb") + ": no such bundle file", none.getMessage());
        BundleException folder = assertThrows(BundleException.class, () -> GuidelineLibrary.fromBundle(dir));
        assertEquals(dir + ": the bundle cannot be read: it is a folder", folder.getMessage());
    }

    @Test
    void twoGuidelinesWithOneIdAreNotBundled() {
        BundledGuideline g = TestBundles.guidelines().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundleWriter.write(List.of(g, g), null));
        assertEquals("guideline `" + g.id() + "` is given twice", e.getMessage());
    }

    private static String hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
