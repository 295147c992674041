package io.coverkit.diagnostic;

import io.coverkit.policy.LibraryRevisions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.dsl.FileBudget;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.PreParseGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every diagnostic code has a broken file that produces it at a known {@code line:col}. Most are
 * fixtures under {@code src/test/resources/diagnostics/<CODE>/} with an {@code expected} line
 * ({@code file line:col CODE}); the few that need megabytes, a missing file or a lock taken
 * first are built here.
 */
class EveryDiagnosticCodeTest {

    private static final Path FIXTURES = Path.of("dsl/src/test/resources/diagnostics");
    private static final Set<DiagnosticCode> BUILT_HERE =
            EnumSet.of(DiagnosticCode.G001, DiagnosticCode.G002, DiagnosticCode.G006, DiagnosticCode.G007, DiagnosticCode.G009, DiagnosticCode.C013, DiagnosticCode.C014);
    private static final Set<DiagnosticCode> PROVEN = EnumSet.noneOf(DiagnosticCode.class);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(DiagnosticCode.class)
    void theFixtureProducesItsCodeWhereExpected(DiagnosticCode code) throws IOException {
        if (BUILT_HERE.contains(code)) {
            return;
        }
        Path folder = FIXTURES.resolve(code.name());
        assertTrue(Files.isDirectory(folder), "no broken-file fixture for " + code);
        String[] expected = Files.readString(folder.resolve("expected")).strip().split(" ");
        assertEquals(code.name(), expected[2]);
        List<Diagnostic> found = GuidelineLibrary.load(folder).diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.code() == code
                        && Path.of(d.at().file()).getFileName().toString().equals(expected[0])
                        && (d.at().line() + ":" + d.at().column()).equals(expected[1])),
                () -> code + " expected at " + expected[0] + " " + expected[1] + ", found " + found);
        PROVEN.add(code);
    }

    @Test
    void g001AFileOverTheSizeLimit() throws IOException {
        Path file = dir.resolve("01-00000-00.groovy");
        Files.writeString(file, "// " + "x".repeat(1 << 20) + "\n");
        expect(DiagnosticCode.G001, file, 1, 1);
    }

    @Test
    void g001AFileOverTheLineLimit() throws IOException {
        Path file = dir.resolve("01-00000-00.groovy");
        Files.writeString(file, "// a comment line\n".repeat(10_001));
        expect(DiagnosticCode.G001, file, 10_001, 1);
    }

    @Test
    void g002ALineOverTheLengthLimit() throws IOException {
        Path file = dir.resolve("01-00000-00.groovy");
        Files.writeString(file, "// fine\n// " + "x".repeat(30_000) + "\n");
        expect(DiagnosticCode.G002, file, 2, 20_001);
    }

    @Test
    void g006AFileThatCannotBeRead() {
        Path missing = dir.resolve("01-00000-00.groovy");
        List<Diagnostic> found = GuidelineLibrary.load(List.of(missing)).diagnostics();
        assertEquals(List.of(DiagnosticCode.G006), found.stream().map(Diagnostic::code).toList());
        assertEquals("no such file", found.get(0).message());
        assertEquals(1, found.get(0).at().line());
        PROVEN.add(DiagnosticCode.G006);
    }

    @Test
    void g007AParseOverItsTimeLimit() throws IOException {
        String policy = Files.readString(FIXTURES.resolve("C009/misnamed.groovy"));
        List<Diagnostic> found = new PolicyReader(PreParseGate.Limits.DEFAULT, Duration.ZERO)
                .read("01-00000-00.groovy", policy).diagnostics();
        assertEquals(List.of(DiagnosticCode.G007), found.stream().map(Diagnostic::code).toList());
        assertEquals("1:1", found.get(0).at().line() + ":" + found.get(0).at().column());
        PROVEN.add(DiagnosticCode.G007);
    }

    @Test
    void g009AFileOverItsBudget() throws IOException {
        String policy = Files.readString(FIXTURES.resolve("C009/misnamed.groovy"));
        List<Diagnostic> found = new PolicyReader(PreParseGate.Limits.DEFAULT, io.coverkit.dsl.SyntaxParser.DEFAULT_TIMEOUT,
                new FileBudget.Limits(Duration.ZERO, 1L << 30)).read("01-00000-00.groovy", policy).diagnostics();
        assertEquals(List.of(DiagnosticCode.G009), found.stream().map(Diagnostic::code).toList());
        assertEquals("1:1", found.get(0).at().line() + ":" + found.get(0).at().column());
        PROVEN.add(DiagnosticCode.G009);
    }

    @Test
    void c013AndC014ChangingThePastAndCorrectingIt() throws IOException {
        Path file = dir.resolve("01-00000-00.groovy");
        String policy = Files.readString(FIXTURES.resolve("C009/misnamed.groovy"));
        Files.writeString(file, policy);
        LibraryRevisions.lock(GuidelineLibrary.load(dir), LocalDate.of(2026, 1, 1));
        Files.writeString(file, policy.replace("indication 'Implanted fiducial markers'",
                "indication 'Implanted fiducial markers, reworded', id: 'implanted-fiducial-markers'"));
        expect(DiagnosticCode.C013, file, 6, 13);
        Files.writeString(file, Files.readString(file).replace("        revision '2020-01-01', 'New.'",
                "        revision '2020-01-01', 'New.'\n        correction '2026-02-01', 'reworded on purpose'"));
        expect(DiagnosticCode.C014, file, 6, 13);
    }

    private void expect(DiagnosticCode code, Path file, int line, int column) {
        List<Diagnostic> found = GuidelineLibrary.load(dir).diagnostics();
        assertTrue(found.stream().anyMatch(d -> d.code() == code && d.at().file().equals(file.toString())
                        && d.at().line() == line && d.at().column() == column),
                () -> code + " expected at " + line + ":" + column + ", found " + found);
        PROVEN.add(code);
    }

    @AfterAll
    static void everyCodeWasProven() {
        // Runs after the whole class: fails when a code gains no broken-file test.
        assertEquals(EnumSet.allOf(DiagnosticCode.class), PROVEN, "codes without a proven broken file");
    }
}
