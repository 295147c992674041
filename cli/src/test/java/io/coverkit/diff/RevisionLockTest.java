package io.coverkit.diff;

import io.coverkit.policy.LibraryRevisions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.cli.CoverkitCommand;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionLockTest {

    @TempDir
    Path dir;

    private Path policy;

    @BeforeEach
    void copyThePolicyAndLockIt() throws IOException {
        policy = dir.resolve("04-77260-19.groovy");
        Files.copy(Path.of("policies/04-77260-19.groovy"), policy);
        List<Path> written = LibraryRevisions.lock(GuidelineLibrary.load(dir), LocalDate.of(2026, 11, 27));
        assertEquals(List.of(dir.resolve("04-77260-19.lock.json")), written);
    }

    private List<Diagnostic> check() {
        return GuidelineLibrary.load(dir).diagnostics();
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(policy);
        assertTrue(text.contains(from), from);
        Files.writeString(policy, text.replace(from, to));
    }

    @Test
    void anUnchangedGuidelineMatchesItsLock() {
        assertEquals(List.of(), check());
    }

    @Test
    void addingANewRevisionDoesNotDisturbThePast() throws IOException {
        edit("        revision '2026-05-15', 'Review; no change in position statement.'",
                "        revision '2026-05-15', 'Review; no change in position statement.'\n"
                        + "        revision '2027-01-01', 'Annual CPT/HCPCS coding update. Added 77999.'");
        edit("            code '55876', deleted: '2016-05-01'\n",
                "            code '55876', deleted: '2016-05-01'\n            code '77999', added: '2027-01-01'\n");
        edit("    revised '2026-05-15'", "    revised '2027-01-01'");
        assertEquals(List.of(), check());
    }

    @Test
    void rewordingAPastIndicationIsAnErrorAtItsLineNamingTheRevisionsItChanged() throws IOException {
        edit("indication 'Implanted fiducial markers'",
                "indication 'Implanted fiducial markers (gold seeds)', id: 'implanted-fiducial-markers'");
        List<Diagnostic> found = check();
        assertEquals(1, found.size(), found.toString());
        Diagnostic d = found.get(0);
        assertEquals(DiagnosticCode.C013, d.code());
        assertTrue(d.isError());
        assertTrue(d.message().contains("Implanted fiducial markers {+(gold seeds)+}"), d.message());
        assertTrue(d.message().contains("from 2023-05-15 to 2026-05-15"), d.message());
        assertTrue(Files.readAllLines(policy).get(d.at().line() - 1).contains("gold seeds"), "reported at the edited line");
        assertTrue(GuidelineLibrary.load(dir).evaluator("04-77260-19").isEmpty(), "a guideline that rewrites the past does not load");
    }

    @Test
    void aRecordedCorrectionTurnsTheErrorIntoAWarningUntilTheNextLock() throws IOException {
        edit("indication 'Implanted fiducial markers'",
                "indication 'Implanted fiducial markers (gold seeds)', id: 'implanted-fiducial-markers'");
        edit("        revision '2026-05-15', 'Review; no change in position statement.'",
                "        revision '2026-05-15', 'Review; no change in position statement.'\n"
                        + "        correction '2026-11-28', 'the committee approved naming the marker material'");
        List<Diagnostic> found = check();
        assertEquals(List.of(DiagnosticCode.C014), found.stream().map(Diagnostic::code).toList());
        assertFalse(found.get(0).isError());
        assertTrue(found.get(0).message().contains("corrected on 2026-11-28: the committee approved naming the marker material"));

        LibraryRevisions.lock(GuidelineLibrary.load(dir), LocalDate.of(2026, 11, 28));
        assertEquals(List.of(), check(), "the new lock records the corrected past");
    }

    @Test
    void aMalformedLockIsReportedAtTheLockFile() throws IOException {
        Files.writeString(dir.resolve("04-77260-19.lock.json"), "{ not json");
        List<Diagnostic> found = check();
        assertEquals(List.of(DiagnosticCode.C015), found.stream().map(Diagnostic::code).toList());
        assertTrue(found.get(0).at().file().endsWith("04-77260-19.lock.json"));
    }

    @Test
    void theLockVerbWritesTheLockAndRefusesBrokenPolicies() throws IOException {
        Files.delete(dir.resolve("04-77260-19.lock.json"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoverkitCommand.run(new PrintWriter(out), new PrintWriter(err), "lock", dir.toString(), "--on", "2026-11-27");
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(dir.resolve("04-77260-19.lock.json")));
        assertTrue(out.toString().contains("locked "));

        edit("    title 'Image-Guided Radiation Therapy'", "    titel 'Image-Guided Radiation Therapy'");
        StringWriter err2 = new StringWriter();
        int broken = CoverkitCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "lock", dir.toString());
        assertEquals(1, broken);
        assertTrue(err2.toString().contains("nothing locked: fix the errors first"), err2.toString());
    }

    @Test
    void lockingAgainWithoutAChangeLeavesTheFileAndItsDateAsTheyAre() throws IOException {
        Path lock = dir.resolve("04-77260-19.lock.json");
        byte[] before = Files.readAllBytes(lock);
        assertEquals(List.of(), LibraryRevisions.lock(GuidelineLibrary.load(dir), LocalDate.of(2026, 12, 31)), "nothing to write");
        StringWriter out = new StringWriter();
        int code = CoverkitCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "lock", dir.toString());
        assertEquals(0, code);
        assertEquals("unchanged " + lock + " (it already records every revision)", out.toString().strip());
        assertArrayEquals(before, Files.readAllBytes(lock), "lockedOn stays 2026-11-27");

        edit("indication 'Implanted fiducial markers'",
                "indication 'Implanted fiducial markers (gold seeds)', id: 'implanted-fiducial-markers'");
        edit("        revision '2026-05-15', 'Review; no change in position statement.'",
                "        revision '2026-05-15', 'Review; no change in position statement.'\n"
                        + "        correction '2026-12-31', 'the committee approved naming the marker material'");
        assertEquals(List.of(lock), LibraryRevisions.lock(GuidelineLibrary.load(dir), LocalDate.of(2026, 12, 31)), "a corrected past is written");
        assertTrue(Files.readString(lock).contains("\"lockedOn\" : \"2026-12-31\""));
    }

    /** The lock shipped beside the lung cancer screening NCD protects its 2015 revision. */
    @Test
    void checkCatchesAnEditToThe2015RevisionOfTheLungScreeningNcd(@TempDir Path ncd) throws IOException {
        Path file = Files.copy(Path.of("policies/ncd-210.14.groovy"), ncd.resolve("ncd-210.14.groovy"));
        Files.copy(Path.of("policies/ncd-210.14.lock.json"), ncd.resolve("ncd-210.14.lock.json"));
        StringWriter cleanOut = new StringWriter();
        assertEquals(0, CoverkitCommand.run(new PrintWriter(cleanOut), new PrintWriter(new StringWriter()), "check", ncd.toString()),
                "the shipped lock matches the shipped policy: " + cleanOut);

        String text = Files.readString(file);
        assertTrue(text.contains("text: 'Age 55-74 years;', deleted: '2022-02-10'"));
        Files.writeString(file, text.replace("text: 'Age 55-74 years;'", "text: 'Age 55 to 74 years;'"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoverkitCommand.run(new PrintWriter(out), new PrintWriter(err), "check", ncd.toString());
        String printed = out + err.toString();
        assertEquals(1, code, printed);
        int line = Files.readAllLines(file).indexOf(Files.readAllLines(file).stream()
                .filter(l -> l.contains("Age 55 to 74 years")).findFirst().orElseThrow()) + 1;
        assertTrue(printed.contains(file + ":" + line + ":13: error[C013]: changes criterion age-55-74"), printed);
        assertTrue(printed.contains("which was in force on 2015-02-05"), printed);
    }

    @Test
    void aLockLivesBesideItsPolicyNamedAfterIt() {
        assertEquals(Path.of("p/04-77260-19.lock.json"), RevisionLock.beside(Path.of("p/04-77260-19.groovy")));
        assertEquals(Path.of("p/a.groovy.b.lock.json"), RevisionLock.beside(Path.of("p/a.groovy.b.groovy")));
        assertEquals(Path.of("notes.txt.lock.json"), RevisionLock.beside(Path.of("notes.txt")));
    }
}
