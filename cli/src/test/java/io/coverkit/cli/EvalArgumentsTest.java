package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain shapes of `eval` are read directly; every other shape is left to picocli. */
class EvalArgumentsTest {

    private static Optional<EvalArguments> parse(String line) {
        return EvalArguments.parse(line.isEmpty() ? new String[0] : line.split(" "));
    }

    @Test
    void theRequestAlone() {
        assertEquals(Optional.of(new EvalArguments(Path.of("r.json"), null, null, false)), parse("eval r.json"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eval r.json --explain --policies p --as-of 2025-01-02",
        "eval --explain r.json --policies=p --as-of=2025-01-02",
        "eval --as-of 2025-01-02 --policies p --explain r.json",
        "eval --policies=p r.json --as-of 2025-01-02 --explain",
    })
    void everyOptionInAnyOrderAndEitherForm(String line) {
        assertEquals(Optional.of(new EvalArguments(Path.of("r.json"), Path.of("p"), LocalDate.of(2025, 1, 2), true)), parse(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eval r.json --bundle b.ckb --bundle-key k.pem",
        "eval --bundle-key=k.pem r.json --bundle=b.ckb",
    })
    void aBundleAndItsKey(String line) {
        EvalArguments args = parse(line).orElseThrow();
        assertEquals(new EvalArguments(Path.of("r.json"), null, null, false, Path.of("b.ckb"), Path.of("k.pem")), args);
        assertEquals(new LibrarySource(null, Path.of("b.ckb"), Path.of("k.pem")), args.source());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''",
        "eval",
        "check r.json",
        "eval --help",
        "eval -h r.json",
        "eval r.json --version",
        "eval r.json -V",
        "eval r.json --explain --explain",
        "eval r.json --bundle a.ckb --bundle b.ckb",
        "eval r.json --bundle",
        "eval r.json --bundle=",
        "eval r.json --explain=true",
        "eval r.json second.json",
        "eval r.json --policies",
        "eval r.json --policies --explain",
        "eval r.json --policies=",
        "eval r.json --policies a --policies b",
        "eval r.json --as-of 2025-13-01",
        "eval r.json --as-of=yesterday",
        "eval r.json --as-of 2025-01-01 --as-of 2025-01-02",
        "eval r.json --unknown",
        "eval r.json --",
        "eval -- r.json",
        "eval @arguments.txt",
        "eval r.json --policies @folder",
        "eval r.json -",
    })
    void anythingElseIsForPicocli(String line) {
        assertTrue(parse(line).isEmpty(), line);
    }
}
