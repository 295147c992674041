package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.api.Batch;
import io.coverkit.api.Decision;
import io.coverkit.api.Explainer;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.json.DeterminationWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a service deploys: coverkit-core and a bundle, with no Groovy and no DSL on the class path.
 * Run by Failsafe at {@code verify} (see cli/pom.xml), whose class path
 * leaves out Groovy, Spock, coverkit-dsl and coverkit-kit; the bundle is written by the command
 * line in a process of its own, and the decisions are held against the command line's decisions
 * from the policy files.
 */
class DecidesWithoutGroovyIT {

    private static final Path HERE = Path.of("").toAbsolutePath();

    @TempDir
    static Path dir;

    private static GuidelineLibrary library;
    private static List<Path> examples;

    @BeforeAll
    static void loadTheBundleTheCommandLineWrote() throws Exception {
        // Only under Failsafe as cli/pom.xml sets it up: anywhere else Groovy is on the class path, by design.
        assumeTrue(Boolean.getBoolean("coverkit.without.groovy"), "runs under Failsafe at verify, as cli/pom.xml sets it up");
        Path bundle = dir.resolve("policies.ckb");
        CliProcess written = CliProcess.run(HERE, "bundle", "policies", "-o", bundle.toString());
        assertEquals(0, written.code(), written.err());
        library = GuidelineLibrary.fromBundle(bundle);
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            // examples/crd holds CDS Hooks requests and responses for the CRD server, not coverage requests
            examples = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .filter(p -> !p.startsWith(Path.of("examples", "crd"))).sorted().toList();
        }
    }

    @Test
    void groovyAndTheDslAreNotOnTheClassPath() {
        for (String name : List.of("groovy.lang.GroovyObject", "org.codehaus.groovy.control.CompilationFailedException",
                "spock.lang.Specification", "io.coverkit.dsl.PolicyReader", "io.coverkit.policy.DslPolicyLoader",
                "io.coverkit.kit.RequestBuilder")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name), name + " must be absent");
        }
        IllegalStateException noReader = assertThrows(IllegalStateException.class, () -> GuidelineLibrary.load(Path.of("policies")));
        assertTrue(noReader.getMessage().startsWith("reading policy files needs coverkit-dsl on the class path"), noReader.getMessage());
    }

    @Test
    void decidesEveryExampleAsTheCommandLineDoesFromThePolicies() throws Exception {
        List<String> policies;
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            policies = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".groovy"))
                    .map(n -> n.substring(0, n.length() - ".groovy".length())).sorted().toList();
        }
        assertEquals(policies, library.guidelineIds(), "every guideline of policies/, from the bundle");
        DeterminationWriter writer = new DeterminationWriter();
        for (Path example : examples) {
            CliProcess cli = CliProcess.run(HERE, "eval", example.toString(), "--policies", "policies", "--explain");
            Decision decision = library.decideJson(Files.readString(example));
            String expected;
            if (decision instanceof Decision.Decided decided) {
                Determination d = decided.determination();
                expected = writer.write(d) + "\n\n" + new Explainer().explain(d, library.evaluator(d.guideline()).orElseThrow().guideline());
                assertEquals(0, cli.code(), example.toString());
            } else {
                expected = writer.writeErrors(((Decision.Rejected) decision).errors()) + "\n";
                assertEquals(2, cli.code(), example.toString());
            }
            assertEquals(cli.out(), expected, example.toString());
        }
    }

    @Test
    void aBatchOfEveryExampleMatchesTheCommandLinesBatchFromThePolicies() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Path example : examples) {
            lines.add(json.readTree(example.toFile()).toString());
        }
        Path requests = dir.resolve("examples.ndjson");
        Files.write(requests, lines);
        CliProcess cli = CliProcess.run(HERE, "batch", requests.toString(), "--policies", "policies");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Batch.Summary summary = new Batch(library, 2, Batch.Mode.DECIDE)
                .run(new ByteArrayInputStream(Files.readAllBytes(requests)), out, null);
        assertEquals(lines.size(), cli.lines().size());
        assertEquals(cli.out(), out.toString(StandardCharsets.UTF_8));
        assertEquals(cli.code(), summary.errors() == 0 ? 0 : 2);
    }
}
