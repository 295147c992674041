package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Determination;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineLibraryTest {

    static final Path POLICIES = Path.of("policies");
    static final Path IGRT = POLICIES.resolve("04-77260-19.groovy");
    static final Path EXAMPLE = Path.of("examples/meets-medical-necessity.json");

    /** A policy file with a keyword the vocabulary does not know, on line 3, column 5. */
    static final String BROKEN = """
            guideline('99-00000-01') {
                title 'Broken on purpose'
                colour 'red'
            }
            """;

    /** What a Java stack trace or exception name looks like in text meant for users. */
    static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|\\b\\w+(Exception|Error)\\b");

    private static GuidelineLibrary library;

    @BeforeAll
    static void loadOnce() {
        library = GuidelineLibrary.load(POLICIES);
    }

    private static CoverageRequest request(String json) {
        RequestReader.Result read = new RequestReader().read(json);
        return read.request().orElseThrow(() -> new AssertionError("test request is malformed: " + read.errors()));
    }

    private static Determination decided(Decision decision) {
        return assertInstanceOf(Decision.Decided.class, decision, () -> "expected a decision, got " + decision).determination();
    }

    private static List<RequestError> rejected(Decision decision) {
        return assertInstanceOf(Decision.Rejected.class, decision, () -> "expected a rejection, got " + decision).errors();
    }

    @Test
    void theRepositorysPoliciesLoadWithoutErrors() {
        // Every policy file of the repository, named after its guideline, loads: none is left out.
        assertEquals(GuidelineLibrary.policyFiles(java.nio.file.Path.of("policies")).stream()
                        .map(f -> f.getFileName().toString().replace(".groovy", "")).toList(),
                library.guidelineIds());
        assertTrue(library.guidelineIds().containsAll(List.of("04-77260-19", "ncd-210.14", "ohio-medicaid-updl-osteoporosis")));
        assertFalse(library.hasErrors(), () -> "diagnostics: " + library.diagnostics());
        assertTrue(library.diagnostics().stream().noneMatch(Diagnostic::isError));
        assertEquals("04-77260-19", library.evaluator("04-77260-19").orElseThrow().guideline().id());
        assertTrue(library.evaluator("99-99999-99").isEmpty());
    }

    @Test
    void theExampleRequestIsDecidedEndToEnd() throws IOException {
        Determination d = decided(library.decideJson(Files.readString(EXAMPLE)));

        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome());
        assertEquals("04-77260-19", d.guideline());
        assertEquals("2026-05-15", String.valueOf(d.revision()), "the revision in force on 2026-06-01");
        assertTrue(d.sourceDigest().matches("sha256:[0-9a-f]{64}"), d.sourceDigest());
        assertTrue(d.cites("implanted-fiducial-markers"));
        assertEquals(3, d.findings(FindingKind.DOCUMENT_PRESENT).size(), "all three documents are on file");
        assertEquals(List.of(), d.missingDocuments());
    }

    @Test
    void aMissingDocumentGivesInsufficientDocumentationAndNamesIt() {
        Determination d = decided(library.decideJson("""
                { "guideline": "04-77260-19", "dateOfService": "2026-06-01",
                  "member": { "lineOfBusiness": "COMMERCIAL" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ],
                  "indications": [ "implanted-fiducial-markers" ],
                  "documents": [ { "loinc": "28626-0", "date": "2026-03-01" }, { "loinc": "18741-9", "date": "2026-05-20" } ] }
                """));

        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, d.outcome());
        assertEquals(List.of("18776-5"), d.missingDocuments().stream().map(m -> m.loinc()).toList());
    }

    @Test
    void aMalformedJsonRequestIsRejectedWithTheReadersErrors() {
        List<RequestError> errors = rejected(library.decideJson("""
                { "guideline": "04-77260-19", "dateOfService": "2026-06-01",
                  "member": { "lineOfBusiness": "PLATINUM" }, "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """));

        assertEquals(List.of("member.lineOfBusiness"), errors.stream().map(RequestError::field).toList());
    }

    @Test
    void anUnknownIndicationIsRejectedNamingItsField() {
        List<RequestError> errors = rejected(library.decideJson("""
                { "guideline": "04-77260-19", "dateOfService": "2026-06-01",
                  "member": { "lineOfBusiness": "COMMERCIAL" }, "procedures": [ { "system": "CPT", "code": "77387" } ],
                  "indications": [ "implanted-fiducial-markers", "feels-right" ] }
                """));

        assertEquals(List.of("indications[1]"), errors.stream().map(RequestError::field).toList());
        assertTrue(errors.get(0).message().contains("`feels-right`"), errors.get(0).message());
    }

    @Test
    void aRequestNamingAnUnknownGuidelineIsRejectedNamingGuideline() {
        List<RequestError> errors = rejected(library.decideJson("""
                { "guideline": "99-99999-99", "dateOfService": "2026-06-01",
                  "member": { "lineOfBusiness": "COMMERCIAL" }, "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """));

        assertEquals(List.of("guideline"), errors.stream().map(RequestError::field).toList());
        assertTrue(errors.get(0).message().contains("`99-99999-99`"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("04-77260-19"), "the message lists what is loaded");
    }

    @Test
    void aRequestNamingAnotherGuidelineThanTheOneDecidedUnderIsRejected() {
        CoverageRequest request = request("""
                { "guideline": "04-00000-00", "dateOfService": "2026-06-01",
                  "member": { "lineOfBusiness": "COMMERCIAL" }, "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """);

        List<RequestError> errors = rejected(library.decide("04-77260-19", request));

        assertEquals(List.of("guideline"), errors.stream().map(RequestError::field).toList());
        assertTrue(errors.get(0).message().contains("`04-00000-00`") && errors.get(0).message().contains("`04-77260-19`"),
                errors.get(0).message());
    }

    @Test
    void aRequestWithoutAGuidelineIsDecidedUnderTheOneTheCallerNames() {
        CoverageRequest request = request("""
                { "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "FEP" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ], "indications": [ "internal-motion" ] }
                """);

        assertEquals(Outcome.DEFER_TO_PROGRAM, decided(library.decide("04-77260-19", request)).outcome());
        List<RequestError> errors = rejected(library.decide(request));
        assertEquals(List.of("guideline"), errors.stream().map(RequestError::field).toList(),
                "with no guideline named anywhere, the request is rejected naming `guideline`");
    }

    @Test
    void aBrokenPolicyFileIsReportedAndTheGoodOneStillLoads(@TempDir Path dir) throws IOException {
        Files.copy(IGRT, dir.resolve("04-77260-19.groovy"));
        Path broken = dir.resolve("99-00000-01.groovy");
        Files.writeString(broken, BROKEN);

        GuidelineLibrary loaded = GuidelineLibrary.load(dir);

        assertEquals(List.of("04-77260-19"), loaded.guidelineIds(), "the good file loads regardless");
        assertTrue(loaded.hasErrors());
        List<String> lines = loaded.diagnostics().stream().map(Diagnostic::format).toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(broken + ":3:5: error[R001]: unknown keyword `colour`")),
                () -> "diagnostics: " + lines);
        assertTrue(loaded.diagnostics().stream().filter(Diagnostic::isError)
                        .allMatch(d -> d.at().file().equals(broken.toString())),
                () -> "only the broken file has errors: " + lines);
        assertTrue(lines.stream().noneMatch(l -> STACK_TRACE.matcher(l).find()), () -> "no stack traces: " + lines);
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY,
                decided(decideFile(loaded, EXAMPLE)).outcome(), "the good guideline still decides");
    }

    private static Decision decideFile(GuidelineLibrary loaded, Path request) throws IOException {
        return loaded.decideJson(Files.readString(request));
    }

    @Test
    void twoFilesDefiningTheSameGuidelineGiveC008(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a/04-77260-19.groovy");
        Path second = dir.resolve("b/04-77260-19.groovy");
        Files.createDirectories(first.getParent());
        Files.createDirectories(second.getParent());
        Files.copy(IGRT, first);
        Files.copy(IGRT, second);

        GuidelineLibrary loaded = GuidelineLibrary.load(dir);

        assertEquals(List.of("04-77260-19"), loaded.guidelineIds());
        List<Diagnostic> c008 = loaded.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.C008).toList();
        assertEquals(1, c008.size(), () -> "diagnostics: " + loaded.diagnostics());
        assertTrue(c008.get(0).isError());
        assertEquals(second.toString(), c008.get(0).at().file(), "the later file is the repeat");
        assertTrue(c008.get(0).message().contains("`04-77260-19`") && c008.get(0).message().contains(first.toString()),
                c008.get(0).message());
        assertTrue(c008.get(0).format().startsWith(second + ":3:1: error[C008]: "), c008.get(0).format());
    }

    @Test
    void anUnreadablePolicyPathIsADiagnosticNotAnException(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.groovy");

        GuidelineLibrary loaded = GuidelineLibrary.load(missing);

        assertTrue(loaded.hasErrors());
        assertEquals(List.of(), loaded.guidelineIds());
        Diagnostic d = loaded.diagnostics().get(0);
        assertEquals(DiagnosticCode.G006, d.code());
        assertEquals(missing.toString(), d.at().file());
    }

    @Test
    void policyFilesAreTheGroovyFilesUnderADirectorySorted(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.groovy"), "");
        Files.writeString(dir.resolve("sub/a.groovy"), "");
        Files.writeString(dir.resolve("notes.txt"), "");

        assertEquals(List.of(dir.resolve("b.groovy"), dir.resolve("sub/a.groovy")), GuidelineLibrary.policyFiles(dir));
        assertEquals(List.of(dir.resolve("notes.txt")), GuidelineLibrary.policyFiles(dir.resolve("notes.txt")),
                "a file names itself");
    }
}
