package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Outcome;
import io.coverkit.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading without stopping: a file that breaks keeps its last good version in service, the others update, and the reload says why. */
class ReloadingLibraryTest {

    @TempDir
    Path dir;

    private Path igrt() throws IOException {
        return Files.copy(GuidelineLibraryTest.IGRT, dir.resolve("04-77260-19.groovy"));
    }

    private static Outcome decide(ReloadingLibrary library) throws IOException {
        Decision d = library.decideJson(Files.readString(GuidelineLibraryTest.EXAMPLE));
        return ((Decision.Decided) d).determination().outcome();
    }

    @Test
    void aCleanReloadGoesIntoService() throws IOException {
        igrt();
        ReloadingLibrary library = ReloadingLibrary.load(dir);
        GuidelineLibrary before = library.current();
        Files.copy(GuidelineLibraryTest.POLICIES.resolve("ncd-210.14.groovy"), dir.resolve("ncd-210.14.groovy"));
        ReloadingLibrary.Reload reload = library.reload();
        assertTrue(reload.applied(), () -> reload.diagnostics().toString());
        assertTrue(library.current() != before);
        assertEquals(2, library.current().guidelineIds().size());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(library));
    }

    @Test
    void aReloadWithErrorsKeepsTheLastGoodSetAndReportsTheDiagnostics() throws IOException {
        Path file = igrt();
        ReloadingLibrary library = ReloadingLibrary.load(dir);
        GuidelineLibrary good = library.current();
        // The analyst breaks the IGRT file itself: the old version must keep deciding.
        Files.writeString(file, Files.readString(file).replace("    title 'Image-Guided", "    titel 'Image-Guided"));
        ReloadingLibrary.Reload reload = library.reload();
        assertFalse(reload.applied());
        assertTrue(reload.diagnostics().stream().anyMatch(Diagnostic::isError));
        assertTrue(reload.diagnostics().stream().anyMatch(d -> d.format().contains("titel")), reload.diagnostics().toString());
        assertEquals(List.of("04-77260-19"), reload.kept());
        assertSame(good.evaluator("04-77260-19").orElseThrow(), library.current().evaluator("04-77260-19").orElseThrow());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(library));
    }

    @Test
    void withACacheOnlyTheChangedFileIsReadAgainAndABrokenOneStillKeepsTheLastGoodSet(@TempDir Path cache) throws IOException {
        Path file = igrt();
        ReloadingLibrary library = ReloadingLibrary.load(dir, cache);
        assertTrue(library.reload().applied());
        GuidelineLibrary good = library.current();
        Files.writeString(file, Files.readString(file).replace("    title 'Image-Guided", "    titel 'Image-Guided"));
        assertFalse(library.reload().applied());
        assertSame(good.evaluator("04-77260-19").orElseThrow(), library.current().evaluator("04-77260-19").orElseThrow());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(library));
    }

    @Test
    void aReloadThatBreaksOneFileKeepsItsLastGoodVersionWhileTheOthersUpdate() throws IOException {
        Path igrt = igrt();
        Path ncd = Files.copy(GuidelineLibraryTest.POLICIES.resolve("ncd-210.14.groovy"), dir.resolve("ncd-210.14.groovy"));
        ReloadingLibrary library = ReloadingLibrary.load(dir);
        GuidelineLibrary first = library.current();
        // One file breaks while the other is edited: the edit goes into service, the broken one stays as it was.
        Files.writeString(igrt, Files.readString(igrt).replace("    title 'Image-Guided", "    titel 'Image-Guided"));
        Files.writeString(ncd, Files.readString(ncd).replaceFirst("title '([^']*)'", "title '$1 (edited)'"));
        ReloadingLibrary.Reload reload = library.reload();
        assertFalse(reload.applied());
        assertEquals(List.of("04-77260-19"), reload.kept());
        assertEquals(List.of(igrt.toString()), library.current().brokenFiles());
        assertSame(first.evaluator("04-77260-19").orElseThrow(), library.current().evaluator("04-77260-19").orElseThrow());
        assertTrue(library.current().evaluator("ncd-210.14").orElseThrow().guideline().title().endsWith("(edited)"));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(library));
        // A second reload with the file still broken keeps the same version; fixed, it goes into service.
        assertEquals(List.of("04-77260-19"), library.reload().kept());
        assertSame(first.evaluator("04-77260-19").orElseThrow(), library.current().evaluator("04-77260-19").orElseThrow());
        Files.copy(GuidelineLibraryTest.IGRT, igrt, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ReloadingLibrary.Reload fixed = library.reload();
        assertTrue(fixed.applied(), fixed.diagnostics()::toString);
        assertTrue(fixed.kept().isEmpty());
        assertTrue(first.evaluator("04-77260-19").orElseThrow() != library.current().evaluator("04-77260-19").orElseThrow());
    }

    @Test
    void theFirstLoadServesWhatLoadedEvenWhenAFileHasErrors() throws IOException {
        igrt();
        Files.writeString(dir.resolve("99-00000-01.groovy"), GuidelineLibraryTest.BROKEN);
        ReloadingLibrary library = ReloadingLibrary.load(dir);
        assertTrue(library.current().hasErrors());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(library));
    }
}
