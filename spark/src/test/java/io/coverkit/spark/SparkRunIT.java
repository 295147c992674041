package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Batch;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.bundle.BundleWriter;
import io.coverkit.policy.PolicyBundles;
import io.coverkit.spark.generate.SyntheticClaims;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs as their users run them, each a process: {@code spark/run} from the checkout (the
 * README's commands), and the job jar on a class path of Spark's jars alone, as spark-submit runs
 * it on a cluster: no DSL, no Groovy, the guidelines shipped in a bundle.
 */
class SparkRunIT {

    private static final Path TARGET = Path.of(System.getProperty("coverkit.spark.target", "spark/target"));

    @TempDir
    static Path temp;

    static byte[] batchRecords;
    static Path generated;
    static byte[] generatedRecords;

    @BeforeAll
    static void decideWithBatch() throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        batchRecords = batch(library, ClaimFiles.SCENARIOS);
        generated = temp.resolve("generated.ndjson");
        try (var out = Files.newOutputStream(generated)) {
            SyntheticClaims.of(ClaimFiles.SCENARIOS, 19).write(20_000, out);
        }
        generatedRecords = batch(library, generated);
    }

    private static byte[] batch(GuidelineLibrary library, Path claims) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(claims)) {
            new Batch(library, 2, Batch.Mode.DECIDE).run(in, out, (lines, input) -> { });
        }
        return out.toByteArray();
    }

    @Test
    void sparkRunDecidesAGeneratedSetAsCoverkitBatchDoes() throws Exception {
        Path output = temp.resolve("determinations.ndjson");
        Run run = run(List.of("spark/run", "decide", "--input", generated.toString(), "--output", output.toString()));

        assertEquals(0, run.exit, run.err);
        assertTrue(run.lastLine().startsWith("decided 20000 rows: MEETS_MEDICAL_NECESSITY="), run.out);
        assertEquals(new String(generatedRecords, StandardCharsets.UTF_8), Files.readString(output), "every record as coverkit batch's");
        assertTrue(run.err.contains("rows/s per core"), run.err);
        assertFalse(run.err.contains("\tat "), "no stack trace: " + run.err);
    }

    @Test
    void sparkRunReportsTheImpactOfIgrtsCodingUpdate() throws Exception {
        Path output = temp.resolve("igrt-impact.ndjson");
        Run run = run(List.of("spark/run", "impact", "--guideline", "04-77260-19", "--from", "2025-05-15", "--to", "2026-01-01",
                "--input", ClaimFiles.IGRT.toString(), "--output", output.toString()));

        assertEquals(0, run.exit, run.err);
        assertEquals("impact: 39 rows, 21 change outcome", run.lastLine());
        assertEquals(21, Files.readAllLines(output).size());
        assertTrue(Files.exists(temp.resolve("igrt-impact-summary.ndjson")), "the summary is written beside the changes");
    }

    @Test
    void aPolicyErrorFailsTheJobBeforeAnyTaskAndABadOptionIsTwo() throws Exception {
        Path policies = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(policies.resolve("04-77260-19.groovy"),
                Files.readString(Path.of("policies/04-77260-19.groovy")).replaceFirst("indication ", "indicaton "));
        Path output = temp.resolve("never.ndjson");
        Run broken = run(List.of("spark/run", "decide", "--policies", policies.toString(), "--input", ClaimFiles.IGRT.toString(),
                "--output", output.toString()));
        assertEquals(1, broken.exit, broken.err);
        assertTrue(broken.err.matches("(?s).*04-77260-19\\.groovy:\\d+:\\d+: error\\[R001\\].*no task was started.*"), broken.err);
        assertFalse(Files.exists(output));

        Run bad = run(List.of("spark/run", "decide", "--input", ClaimFiles.IGRT.toString()));
        assertEquals(2, bad.exit, bad.err);
        assertTrue(bad.err.contains("--output"), bad.err);
    }

    @Test
    void theJobJarDecidesFromABundleWithSparksJarsAlone() throws Exception {
        PolicyBundles.Read read = PolicyBundles.read(GuidelineLibrary.policyFiles(Path.of("policies")));
        Path bundle = Files.write(temp.resolve("policies.ckb"), BundleWriter.write(read.guidelines(), null));
        // Spark's jars, with those it shares with coverkit's own dependencies (Jackson, Commons Lang and Text:
        // listed among this module's, where Maven settled them), but nothing of the DSL or the job jar's own.
        List<String> jars = new ArrayList<>(List.of(System.getProperty("coverkit.spark.job.jar")));
        jars.addAll(List.of(Files.readString(TARGET.resolve("classpath-provided.txt")).trim().split(":")));
        for (String jar : Files.readString(TARGET.resolve("classpath-runtime.txt")).trim().split(":")) {
            if (jar.contains("/com/fasterxml/jackson/") || jar.contains("/org/apache/commons/")) {
                jars.add(jar);
            }
        }
        String classpath = String.join(":", jars);
        assertFalse(classpath.contains("groovy") || classpath.contains("coverkit-dsl"), "Spark's jars and the job jar only");
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@spark/conf/jvm-options", "-Dlog4j2.configurationFile=spark/conf/log4j2.properties", "-cp", classpath,
                "io.coverkit.spark.cli.SparkMain"));

        Path output = temp.resolve("from-bundle.ndjson");
        List<String> decide = new ArrayList<>(java);
        decide.addAll(List.of("decide", "--master", "local[2]", "--bundle", bundle.toString(), "--input", ClaimFiles.SCENARIOS.toString(),
                "--output", output.toString()));
        Run run = run(decide);
        assertEquals(0, run.exit, run.err);
        assertEquals(new String(batchRecords, StandardCharsets.UTF_8), Files.readString(output));

        List<String> policies = new ArrayList<>(java);
        policies.addAll(List.of("decide", "--policies", "policies", "--input", ClaimFiles.SCENARIOS.toString(), "--output",
                temp.resolve("never.ndjson").toString()));
        Run withoutDsl = run(policies);
        assertEquals(1, withoutDsl.exit, withoutDsl.err);
        assertTrue(withoutDsl.err.contains("reading policy files needs coverkit-dsl on the driver's class path"), withoutDsl.err);
    }

    private record Run(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in 10 minutes");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
