package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.examples.ExampleRequests;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The direct path of a plain `eval`, reading models from the cache on demand, prints exactly what
 * picocli's `eval` prints when it parses every policy file (as it did before there was a cache),
 * with the same exit code: for every bundled example, with and without the options, from a cold
 * and then a warm cache.
 */
class MainTest {

    @TempDir
    Path cache;

    private String before;

    @BeforeEach
    void useAModelCache() {
        // as bin/coverkit runs it: models cached, each guideline read on demand
        before = System.getProperty("coverkit.cache");
        System.setProperty("coverkit.cache", cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("coverkit.cache");
        } else {
            System.setProperty("coverkit.cache", before);
        }
    }

    private record Run(int code, String out, String err) {}

    private static Run direct(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** picocli's `eval`, without the model cache: every policy file parsed. */
    private Run picocli(String... args) {
        System.clearProperty("coverkit.cache");
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = CoverkitCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setProperty("coverkit.cache", cache.toString());
        }
    }

    private void same(String... args) {
        assertTrue(EvalArguments.parse(args).isPresent(), () -> String.join(" ", args) + " takes the direct path");
        Run expected = picocli(args);
        // the first run may fill the cache; the second then reads its models on demand
        assertEquals(expected, direct(args), () -> String.join(" ", args));
        assertEquals(expected, direct(args), () -> String.join(" ", args) + ", from the cache");
    }

    private static List<String> examples() throws IOException {
        List<String> files = new ArrayList<>();
        ExampleRequests.files().forEach(p -> files.add(p.toString()));
        assertTrue(files.size() >= 10, files::toString);
        return files;
    }

    @Test
    void everyExampleWithAndWithoutAnExplanation() throws IOException {
        for (String example : examples()) {
            same("eval", example, "--policies", "policies");
            same("eval", example, "--policies=policies", "--explain");
        }
    }

    @Test
    void asOfAndASinglePolicyFile() {
        same("eval", "examples/meets-medical-necessity.json", "--policies", "policies", "--as-of", "2016-01-01", "--explain");
        same("eval", "examples/ldct/first-screening-meets.json", "--as-of=2023-01-01", "--policies", "policies");
        same("eval", "examples/meets-medical-necessity.json", "--policies", "policies/04-77260-19.groovy");
    }

    @Test
    void aRequestForAGuidelineThatIsNotLoaded() {
        same("eval", "examples/meets-medical-necessity.json", "--policies", "policies/ncd-210.14.groovy");
    }

    @Test
    void missingFilesAndFolders(@TempDir Path dir) {
        same("eval", dir.resolve("absent.json").toString(), "--policies", "policies");
        same("eval", "examples/meets-medical-necessity.json", "--policies", dir.resolve("absent").toString());
    }

    @Test
    void aRequestThatIsNotUtf8CannotBeRead(@TempDir Path dir) throws IOException {
        Path request = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', (byte) 0xe9, '"', ':', '1', '}'});
        same("eval", request.toString(), "--policies", "policies");
        Run run = direct("eval", request.toString(), "--policies", "policies");
        assertEquals(2, run.code());
        assertEquals(request + ": the request file is not UTF-8 text: byte 0xE9 at offset 2 (line 1, column 3) is not UTF-8"
                + System.lineSeparator(), run.err());
    }

    @Test
    void policiesWithErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("99-00000-01.groovy"), "guideline('99-00000-01') {\n    colour 'red'\n}\n");
        same("eval", "examples/meets-medical-necessity.json", "--policies", dir.toString());
        assertEquals(1, direct("eval", "examples/meets-medical-necessity.json", "--policies", dir.toString()).code());
    }

    @Test
    void otherShapesAreLeftToPicocli() {
        for (String[] args : List.of(new String[] {"eval", "--help"}, new String[] {"--version"}, new String[] {"eval"},
                new String[] {"eval", "examples/meets-medical-necessity.json", "--bogus"})) {
            assertEquals(picocli(args), direct(args), () -> String.join(" ", args));
        }
    }
}
