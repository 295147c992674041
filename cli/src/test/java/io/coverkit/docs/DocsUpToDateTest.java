package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.DiagnosticTable;
import io.coverkit.dsl.Vocabulary;
import io.coverkit.dsl.VocabularyReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed reference docs are exactly what the code generates: they cannot drift. */
class DocsUpToDateTest {

    @Test
    void theVocabularyReferenceMatchesTheDeclaration() throws IOException {
        String committed = Files.readString(Path.of("docs/vocabulary.md"));
        assertEquals(new VocabularyReference().markdown(), committed, "regenerate with `bin/coverkit docs`");
        Vocabulary.standard().keywords().forEach(k ->
                assertTrue(committed.contains("### `" + k.name() + "`"), "documents `" + k.name() + "`"));
    }

    @Test
    void theDiagnosticTableListsEveryCode() throws IOException {
        String committed = Files.readString(Path.of("docs/diagnostics.md"));
        assertEquals(new DiagnosticTable().markdown(), committed, "regenerate with `bin/coverkit docs`");
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertTrue(committed.contains("| `" + code.name() + "` | " + code.summary() + " |"), code.name());
        }
    }
}
