package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.examples.ExampleRequests;
import io.coverkit.json.DeterminationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file harms no one: a folder holding the real policies and any one hostile or erroneous
 * policy file of the test corpus decides every example request exactly as the real policies alone
 * do, and reports the bad file as the one left out.
 */
class FaultIsolationTest {

    private static final Path POLICIES = Path.of("policies");

    @TempDir
    static Path folder;

    @TempDir
    static Path cache;

    private static Map<String, String> requests;
    private static Map<String, String> expected;
    private static List<String> realIds;

    @BeforeAll
    static void decideTheExamplesWithTheRealPoliciesAlone() throws IOException {
        try (Stream<Path> files = Files.list(POLICIES)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        requests = new LinkedHashMap<>();
        for (Path file : ExampleRequests.files()) {
            requests.put(file.toString(), Files.readString(file));
        }
        GuidelineLibrary real = GuidelineLibrary.loadCached(folder, cache);
        assertTrue(real.diagnostics().stream().noneMatch(d -> d.isError()), real.diagnostics()::toString);
        realIds = real.guidelineIds();
        expected = decideAll(real);
    }

    /** Each example's determination as JSON, or the word "refused". */
    private static Map<String, String> decideAll(GuidelineLibrary library) {
        Map<String, String> decided = new LinkedHashMap<>();
        DeterminationWriter writer = new DeterminationWriter();
        requests.forEach((name, json) -> decided.put(name, library.decideJson(json) instanceof Decision.Decided d
                ? writer.write(d.determination()) : "refused"));
        return decided;
    }

    /** Every committed hostile policy file, and every policy file of the diagnostics fixtures. */
    private static List<Path> badFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String corpus : List.of("dsl/src/test/resources/hostile", "dsl/src/test/resources/diagnostics")) {
            try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
                files.addAll(walk.filter(p -> p.toString().endsWith(".groovy") && Files.isRegularFile(p)).sorted().toList());
            }
        }
        return files;
    }

    @Test
    void theRealPoliciesAndAnyOneBadFileDecideEveryExampleAsTheRealPoliciesAlone() throws IOException {
        List<Path> bad = badFiles();
        assertTrue(bad.size() > 150, "the corpus is all there: " + bad.size());
        List<String> failures = new ArrayList<>();
        for (Path file : bad) {
            // Always the same folder and names, so the real policies come from the model cache.
            Path added = folder.resolve("zz-added-" + file.getFileName());
            Files.copy(file, added);
            try {
                GuidelineLibrary library = GuidelineLibrary.loadCached(folder, cache);
                if (!library.guidelineIds().containsAll(realIds)) {
                    failures.add(file + ": the real guidelines did not all load: " + library.guidelineIds());
                } else if (!decideAll(library).equals(expected)) {
                    failures.add(file + ": an example was decided otherwise");
                }
                if (library.hasErrors() && !library.brokenFiles().equals(List.of(added.toString()))) {
                    failures.add(file + ": the broken files are " + library.brokenFiles());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(file + ": loading failed: " + e);
            } finally {
                Files.delete(added);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aRequestForTheGuidelineOfABrokenFileNamesTheFile(@TempDir Path dir) throws IOException {
        Files.copy(GuidelineLibraryTest.IGRT, dir.resolve("04-77260-19.groovy"));
        Path broken = dir.resolve("99-00000-01.groovy");
        Files.writeString(broken, GuidelineLibraryTest.BROKEN);
        GuidelineLibrary library = GuidelineLibrary.load(dir);
        assertEquals(List.of(broken.toString()), library.brokenFiles());
        assertEquals(broken.toString(), library.unavailable("99-00000-01").orElseThrow());
        String request = requests.get("examples/meets-medical-necessity.json");
        assertInstanceOf(Decision.Decided.class, library.decideJson(request));
        Decision.Rejected refused = assertInstanceOf(Decision.Rejected.class,
                library.decideJson(request.replace("\"04-77260-19\"", "\"99-00000-01\"")));
        assertEquals(List.of(broken.toString()), refused.brokenPolicies());
        assertEquals("guideline `99-00000-01` is unavailable because of errors in " + broken + " (run `coverkit check " + broken + "`)",
                refused.errors().get(0).message());
    }
}
