package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.model.Guideline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplainerTest {

    private static GuidelineLibrary library;
    private static Guideline igrt;

    private final Explainer explainer = new Explainer();

    @BeforeAll
    static void load() {
        library = GuidelineLibrary.load(Path.of("policies"));
        igrt = library.evaluator("04-77260-19").orElseThrow().guideline();
    }

    private static Determination decide(String json) {
        Decision decision = library.decideJson(json);
        return assertInstanceOf(Decision.Decided.class, decision, () -> "expected a decision, got " + decision).determination();
    }

    @Test
    void aMeetsCaseNamesTheOutcomeTheIndicationAndItsSection() throws IOException {
        Determination d = decide(Files.readString(Path.of("examples/meets-medical-necessity.json")));

        String text = explainer.explain(d, igrt);

        assertTrue(text.startsWith("04-77260-19 Image-Guided Radiation Therapy, revision 2026-05-15, date of service 2026-06-01"),
                text);
        assertTrue(text.contains("Outcome: MEETS_MEDICAL_NECESSITY: " + Explainer.meaning(Outcome.MEETS_MEDICAL_NECESSITY)), text);
        assertTrue(text.contains("indication met: Implanted fiducial markers (POSITION STATEMENT)"), text);
        assertTrue(text.contains("document on file: Plan of treatment"), text);
        assertTrue(text.contains("dated 2026-04-15"), "evidence gives the document's date: " + text);
        assertFalse(text.contains("needed:"), "nothing is missing: " + text);
    }

    @Test
    void anInsufficientDocumentationCaseNamesTheMissingDocument() throws IOException {
        Determination d = decide(Files.readString(Path.of("src/test/resources/requests/insufficient-documentation.json")));

        String text = explainer.explain(d, igrt);

        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, d.outcome());
        assertTrue(text.contains("Outcome: INSUFFICIENT_DOCUMENTATION"), text);
        assertTrue(text.contains("document missing: Plan of treatment"), text);
        assertTrue(text.contains("needed: Plan of treatment (LOINC 18776-5) dated 2025-12-01 to 2026-06-01"), text);
        assertFalse(text.contains("needed: Physician history and physical"), "a document on file is not asked for: " + text);
    }

    @Test
    void aDeferredCaseNamesTheProgramException() {
        Determination d = decide("""
                { "guideline": "04-77260-19", "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "FEP" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """);

        String text = explainer.explain(d, igrt);

        assertTrue(text.contains("Outcome: DEFER_TO_PROGRAM"), text);
        assertTrue(text.contains("program exception: Federal Employee Program (FEP): Follow FEP guidelines. (PROGRAM EXCEPTIONS)"), text);
    }

    @Test
    void aCaseBeforeTheGuidelineExistedHasNoRevisionAndSaysWhyItDoesNotApply() {
        Determination d = decide("""
                { "guideline": "04-77260-19", "dateOfService": "2009-01-01", "member": { "lineOfBusiness": "COMMERCIAL" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """);

        String text = explainer.explain(d, igrt);

        assertTrue(text.startsWith("04-77260-19 Image-Guided Radiation Therapy, date of service 2009-01-01\n"), text);
        assertTrue(text.contains("Outcome: NOT_APPLICABLE"), text);
        // the finding's wording belongs to the evaluator; the explainer's part is the prefix and the cited date
        assertTrue(text.lines().anyMatch(l -> l.startsWith("  not applicable: ")
                && l.contains("before the original effective date 2010-02-15")), text);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeHasItsOwnMeaning(Outcome outcome) {
        String meaning = Explainer.meaning(outcome);

        assertFalse(meaning.isBlank());
        Set<String> others = EnumSet.complementOf(EnumSet.of(outcome)).stream().map(Explainer::meaning).collect(Collectors.toSet());
        assertFalse(others.contains(meaning), "two outcomes must not read the same");
    }
}
