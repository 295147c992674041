package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code src/test/resources/dsl/NAME.groovy} is read, and the first line of
 * every diagnostic (without its help line) must equal {@code NAME.expected}, line for line.
 */
class GoldenDiagnosticsTest {

    static final Path FOLDER = Path.of("dsl/src/test/resources/dsl");

    static Stream<Path> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> policies = files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
            assertFalse(policies.isEmpty(), "no golden files in " + FOLDER);
            return policies.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenFiles")
    void diagnosticsMatchTheGoldenFile(Path policy) throws IOException {
        String name = policy.getFileName().toString();
        Path expectedFile = FOLDER.resolve(name.replaceAll("\\.groovy$", ".expected"));
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
        PolicyReader.Result result = new PolicyReader().read(name, Files.readAllBytes(policy));
        List<String> actual = result.diagnostics().stream().map(Diagnostic::format).map(f -> f.lines().findFirst().orElseThrow())
                .toList();
        List<String> expected = Files.readAllLines(expectedFile).stream().filter(l -> !l.isBlank()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertEquals(expected.isEmpty(), result.guideline().isPresent());
    }
}
