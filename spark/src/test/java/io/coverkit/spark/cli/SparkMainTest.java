package io.coverkit.spark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line refuses what it cannot do before any session starts, in a sentence that names
 * the option or the file, and with the exit code its help promises: 2 for a bad option, 1 for
 * policies, bundles and inputs that cannot be used.
 */
class SparkMainTest {

    @TempDir
    Path temp;

    private record Ran(int exit, String err) {}

    private static Ran run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkMain.run(args);
        } finally {
            System.setErr(previous);
        }
        return new Ran(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAJobItSaysWhichJobsThereAre() {
        Ran ran = run();
        assertEquals(2, ran.exit);
        assertTrue(ran.err.contains("name a job: decide, impact, convert or generate"), ran.err);
    }

    @Test
    void aMissingOptionIsTwoAndNamed() {
        Ran ran = run("decide", "--input", "claims.ndjson");
        assertEquals(2, ran.exit);
        assertTrue(ran.err.contains("--output"), ran.err);
        assertEquals(2, run("impact", "--input", "a.ndjson", "--output", "b.ndjson", "--from", "2025-05-15").exit, "--to is required");
        assertEquals(2, run("decide", "--input", "a", "--output", "b", "--as-of", "yesterday").exit, "a date is yyyy-mm-dd");
    }

    @Test
    void policiesAndBundlesThatCannotBeUsedAreOne() throws Exception {
        Ran key = run("decide", "--bundle-key", "k.pem", "--input", "a.ndjson", "--output", "b.ndjson");
        assertEquals(1, key.exit);
        assertTrue(key.err.contains("--bundle-key verifies a bundle: give --bundle FILE too"), key.err);

        Ran bundle = run("decide", "--bundle", temp.resolve("none.ckb").toString(), "--input", "a.ndjson", "--output", "b.ndjson");
        assertEquals(1, bundle.exit);
        assertTrue(bundle.err.contains("none.ckb: no such bundle file"), bundle.err);

        Path notABundle = Files.writeString(temp.resolve("policies.ckb"), "not a bundle");
        Ran damaged = run("decide", "--bundle", notABundle.toString(), "--input", "a.ndjson", "--output", "b.ndjson");
        assertEquals(1, damaged.exit);
        assertTrue(damaged.err.contains("policies.ckb"), damaged.err);

        Ran folder = run("decide", "--policies", temp.resolve("nowhere").toString(), "--input", "a.ndjson", "--output", "b.ndjson");
        assertEquals(1, folder.exit);
        assertTrue(folder.err.contains("nowhere: no such policies folder"), folder.err);

        Ran both = run("decide", "--policies", "policies", "--bundle", notABundle.toString(), "--input", "a", "--output", "b");
        assertEquals(2, both.exit, "a folder or a bundle, not both");
        assertFalse(both.err.contains("\tat "), both.err);
    }

    @Test
    void anImpactOnAGuidelineNotShippedNamesTheShippedOnes() {
        Ran ran = run("impact", "--guideline", "04-77260-91", "--from", "2025-05-15", "--to", "2026-01-01", "--input", "a.ndjson",
                "--output", "b.ndjson");
        assertEquals(1, ran.exit);
        assertTrue(ran.err.contains("--guideline: no guideline `04-77260-91` is shipped; shipped: 04-77260-19, "), ran.err);
    }
}
