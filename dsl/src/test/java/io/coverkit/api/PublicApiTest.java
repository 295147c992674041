package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a service does with the library, through the public API only. */
class PublicApiTest {

    private static final String IGRT = "04-77260-19";
    private static final Path POLICIES = Path.of("policies");

    /** README's first example, built in code rather than read from JSON. */
    private static CoverageRequest meets() {
        return CoverageRequest.builder(LocalDate.of(2026, 6, 1), LineOfBusiness.COMMERCIAL)
                .guideline(IGRT)
                .birthDate(LocalDate.of(1958, 4, 2)).sex("F")
                .cpt("77387")
                .diagnosis("C61")
                .indication("implanted-fiducial-markers")
                .document("28626-0", LocalDate.of(2026, 3, 1))
                .document("18741-9", LocalDate.of(2026, 5, 20))
                .document("18776-5", LocalDate.of(2026, 4, 15))
                .build();
    }

    @Test
    void aRequestBuiltInCodeDecidesAsTheSameRequestReadFromJson() throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(POLICIES);
        Determination built = assertInstanceOf(Decision.Decided.class, library.decide(meets())).determination();
        Determination read = assertInstanceOf(Decision.Decided.class,
                library.decideJson(Files.readString(Path.of("examples/meets-medical-necessity.json")))).determination();
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, built.outcome());
        assertEquals(new DeterminationWriter().write(read), new DeterminationWriter().write(built));
    }

    @Test
    void aBuilderHasNoDefaultDateOrLineOfBusiness() {
        assertThrows(NullPointerException.class, () -> CoverageRequest.builder(null, LineOfBusiness.COMMERCIAL));
        assertThrows(NullPointerException.class, () -> CoverageRequest.builder(LocalDate.of(2026, 6, 1), null));
        CoverageRequest request = CoverageRequest.builder(LocalDate.of(2026, 6, 1), LineOfBusiness.FEP).build();
        assertEquals(LineOfBusiness.FEP, request.member().lineOfBusiness());
        assertTrue(request.procedures().isEmpty() && request.facts().isEmpty() && request.guideline() == null);
    }

    @Test
    void theRequestIsImmutableOnceBuilt() {
        CoverageRequest request = meets();
        assertThrows(UnsupportedOperationException.class, () -> request.procedures().clear());
        assertThrows(UnsupportedOperationException.class, () -> request.documents().clear());
    }

    @Test
    void aGuidelineIsDescribedWithoutItsModel() {
        GuidelineLibrary library = GuidelineLibrary.load(POLICIES);
        GuidelineInfo info = library.guideline(IGRT).orElseThrow();
        assertEquals("Image-Guided Radiation Therapy", info.title());
        assertEquals(LocalDate.of(2010, 2, 15), info.originalEffectiveDate());
        assertEquals(info.revisions().stream().sorted().toList(), info.revisions());
        assertTrue(info.revisions().contains(LocalDate.of(2026, 5, 15)));
        Determination d = ((Decision.Decided) library.decide(meets())).determination();
        assertEquals(d.sourceDigest(), info.sourceDigest());
        assertTrue(library.guideline("99-99999-99").isEmpty());
    }

    @Test
    void aDeterminationIsExplainedAndItsOutcomeAloneIsTheSame() {
        GuidelineLibrary library = GuidelineLibrary.load(POLICIES);
        Determination d = ((Decision.Decided) library.decide(meets())).determination();
        String explained = library.explain(d);
        assertTrue(explained.contains("Implanted fiducial markers"), explained);
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, library.outcome(IGRT, meets()).orElseThrow());
        assertTrue(library.outcome("ncd-210.14", meets()).isEmpty(), "a request naming another guideline has no outcome here");
    }

    @Test
    void aPolicyLoadsFromAStreamWithDiagnosticsNamingIt() throws IOException {
        byte[] policy = Files.readAllBytes(POLICIES.resolve(IGRT + ".groovy"));
        GuidelineLibrary fromStream = GuidelineLibrary.load("db:igrt", new ByteArrayInputStream(policy));
        assertEquals(List.of(IGRT), fromStream.guidelineIds());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, fromStream.outcome(IGRT, meets()).orElseThrow());

        GuidelineLibrary broken = GuidelineLibrary.load("db:broken", new ByteArrayInputStream(
                "guideline('99-00001-01') {\n  title 'x'\n  nonsense 1\n}\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.hasErrors());
        assertTrue(broken.diagnostics().stream().allMatch(d -> d.at().file().equals("db:broken")), broken.diagnostics().toString());
        assertEquals(List.of(), broken.guidelineIds());
    }

    @Test
    void policiesLoadFromTheClassPath(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("policies"));
        Files.copy(POLICIES.resolve(IGRT + ".groovy"), folder.resolve(IGRT + ".groovy"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            GuidelineLibrary library = GuidelineLibrary.loadResources(loader, "policies/" + IGRT + ".groovy");
            assertEquals(List.of(IGRT), library.guidelineIds());
            NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                    () -> GuidelineLibrary.loadResources(loader, "policies/none.groovy"));
            assertTrue(missing.getMessage().contains("policies/none.groovy"));
        }
    }

    @Test
    void aRunawayStreamIsRefusedRatherThanRead() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                java.util.Arrays.fill(into, offset, offset + length, (byte) 'a');
                return length;
            }
        };
        IOException e = assertThrows(IOException.class, () -> GuidelineLibrary.load("endless", endless));
        assertTrue(e.getMessage().startsWith("endless: more than"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }
}
