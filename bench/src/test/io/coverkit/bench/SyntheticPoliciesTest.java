package io.coverkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.coverkit.api.GuidelineLibrary;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loading benchmark measures valid policies only: every synthetic variant loads cleanly. */
class SyntheticPoliciesTest {

    @Test
    void everyVariantLoadsWithoutDiagnostics(@TempDir Path dir) throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(SyntheticPolicies.write(dir, 10));
        assertFalse(library.hasErrors(), () -> library.diagnostics().toString());
        assertEquals(0, library.diagnostics().size(), () -> library.diagnostics().toString());
        assertEquals(10, library.guidelineIds().size());
    }
}
