package io.coverkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseCoverageTest {

    private final Evaluator igrt = GuidelineLibrary.load(Path.of("policies")).evaluator("04-77260-19").orElseThrow();

    @Test
    void everyClauseIsUncoveredUntilADeterminationCitesIt() {
        ClauseCoverage coverage = new ClauseCoverage();
        assertEquals(igrt.clauses(), coverage.uncovered(igrt));
        assertTrue(igrt.clauses().contains("04-77260-19/indication/implanted-fiducial-markers"));
        assertTrue(igrt.clauses().contains("04-77260-19/document/loinc-18776-5"));
        assertTrue(igrt.clauses().contains("04-77260-19/exception/medicare-advantage"));

        coverage.record(igrt.decide(RequestBuilder.requestFor(igrt.guideline()).cpt("77387")
                .indication("implanted-fiducial-markers").allDocumentsDated("2026-05-01").build()));

        List<String> left = coverage.uncovered(igrt);
        assertTrue(!left.contains("04-77260-19/indication/implanted-fiducial-markers"), "the cited indication is covered");
        assertTrue(left.contains("04-77260-19/indication/internal-motion"), "an uncited indication is not");
        assertEquals(igrt.clauses().size() - 5, left.size(), "the code, the indication and three documents were cited");
        assertTrue(coverage.summary(igrt).startsWith("04-77260-19: 5 of " + igrt.clauses().size() + " clauses exercised; not exercised: "));
    }
}
