package io.coverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bundled example gives the outcome its guideline gives; the malformed one names its fields. */
class ExamplesTest {

    private static GuidelineLibrary library;

    @BeforeAll
    static void load() {
        library = GuidelineLibrary.load(Path.of("policies"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "meets-medical-necessity.json, MEETS_MEDICAL_NECESSITY",
        "not-medically-necessary.json, NOT_MEDICALLY_NECESSARY",
        "insufficient-documentation.json, INSUFFICIENT_DOCUMENTATION",
        "defer-to-program-fep.json, DEFER_TO_PROGRAM",
        "not-applicable-code.json, NOT_APPLICABLE",
        "medicare-advantage-meets.json, MEETS_MEDICAL_NECESSITY",
        "osteoporosis/tymlos-approved.json, MEETS_MEDICAL_NECESSITY",
        "osteoporosis/tymlos-cap-reached.json, NOT_MEDICALLY_NECESSARY",
        "osteoporosis/preferred-no-prior-authorization.json, NO_PRIOR_AUTHORIZATION_REQUIRED",
        "osteoporosis/tymlos-needs-more-information.json, NEEDS_MORE_INFORMATION",
        "ldct/first-screening-meets.json, MEETS_MEDICAL_NECESSITY",
        "ldct/first-screening-visit-incomplete.json, NOT_MEDICALLY_NECESSARY"
    })
    void exampleIsDecidedAsTheGuidelineSays(String file, Outcome expected) throws IOException {
        Decision decision = library.decideJson(Files.readString(Path.of("examples", file)));
        Decision.Decided decided = assertInstanceOf(Decision.Decided.class, decision);
        assertEquals(expected, decided.determination().outcome());
    }

    @Test
    void theMalformedExampleIsRejectedNamingEachField() throws IOException {
        Decision decision = library.decideJson(Files.readString(Path.of("examples", "malformed-request.json")));
        Decision.Rejected rejected = assertInstanceOf(Decision.Rejected.class, decision);
        assertEquals(List.of("dateOfService", "indication", "member.lineOfBusiness"),
                rejected.errors().stream().map(e -> e.field()).sorted().toList());
    }

    @Test
    void everyExampleIsCoveredAbove() throws IOException {
        assertEquals(13, ExampleRequests.files().size(), "thirteen examples, each tested");
    }
}
