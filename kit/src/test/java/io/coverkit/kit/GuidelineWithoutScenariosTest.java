package io.coverkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.coverage.CoverageGate;
import io.coverkit.coverage.CoverageThreshold;
import io.coverkit.coverage.CoverageWriter;
import io.coverkit.coverage.GuidelineCoverage;
import io.coverkit.eval.Evaluator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A threshold for every guideline counts a loaded guideline that no scenario is about as 0%: the
 * run's reports name every guideline of the policies folder, and the gate fails on the one left
 * without scenarios.
 */
class GuidelineWithoutScenariosTest {

    private static final GuidelineLibrary LIBRARY = GuidelineLibrary.load(Path.of("policies"));
    private static final String IGRT = "04-77260-19";

    @TempDir
    static Path reports;

    private static List<GuidelineCoverage> coverage;

    /** A run whose only scenario is about IGRT, with every guideline of the policies folder loaded. */
    @BeforeAll
    static void runOneIgrtScenario() throws Exception {
        ScenarioLog log = new ScenarioLog(false);
        log.guidelines(LIBRARY.guidelineIds().stream().map(id -> LIBRARY.evaluator(id).orElseThrow()).toList());
        Evaluator igrt = LIBRARY.evaluator(IGRT).orElseThrow();
        log.start("IgrtSpec", "internal motion meets medical necessity", IGRT, List.of());
        var request = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01")
                .indication("internal-motion").allDocumentsDated("2026-05-01").build();
        log.decided(request, igrt.decide(request));
        log.finish();
        coverage = KitReports.write(log, reports);
    }

    @Test
    void everyLoadedGuidelineIsReportedAndTheOnesWithoutScenariosAtZero() throws Exception {
        assertEquals(LIBRARY.guidelineIds(), coverage.stream().map(GuidelineCoverage::guidelineId).toList());
        assertTrue(LIBRARY.guidelineIds().size() > 1, "the policies folder holds guidelines besides IGRT");
        JsonNode json = new ObjectMapper().readTree(reports.resolve(KitReports.COVERAGE_JSON).toFile());
        for (JsonNode g : json.path("guidelines")) {
            boolean igrt = g.path("guideline").asText().equals(IGRT);
            assertTrue(g.path("total").asInt() > 0, g.path("guideline").asText());
            assertEquals(igrt, g.path("covered").asInt() > 0, g.path("guideline").asText());
            assertEquals(igrt ? g.path("percent").asDouble() : 0.0, g.path("percent").asDouble());
            assertEquals(g.path("total").asInt() - g.path("covered").asInt(), g.path("uncovered").size());
        }
    }

    @Test
    void theConsoleSaysAGuidelineHasNoScenarioRatherThanListingAllItsClauses() {
        String text = new CoverageWriter().text(coverage);
        GuidelineCoverage ldct = coverage.stream().filter(c -> c.guidelineId().equals("ncd-210.14")).findFirst().orElseThrow();
        assertTrue(text.contains(ldct.summary() + "\n  no scenario decided a request under it\n"), text);
        assertTrue(ldct.summary().startsWith("ncd-210.14: 0 of " + ldct.clauses().size() + " clauses exercised (0.0%)"),
                ldct.summary());
        assertTrue(text.contains("not exercised: policies/04-77260-19.groovy"), "IGRT's uncovered clauses are still listed");
    }

    @Test
    void aThresholdForEveryGuidelineFailsOnTheGuidelineWithoutScenarios() throws Exception {
        Path json = reports.resolve(KitReports.COVERAGE_JSON);
        List<String> problems = CoverageGate.check(json, List.of(CoverageThreshold.parse("1")));
        int ldctClauses = coverage.stream().filter(c -> c.guidelineId().equals("ncd-210.14")).findFirst().orElseThrow()
                .clauses().size();
        assertTrue(problems.contains("ncd-210.14: clause coverage 0.0% is under the threshold 1.0%: no scenario exercised any of its "
                + ldctClauses + " clauses"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("ohio-medicaid-updl-osteoporosis: clause coverage 0.0%")),
                problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.startsWith(IGRT)), "IGRT's one scenario is over 1%: " + problems);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            IllegalStateException failed = assertThrows(IllegalStateException.class,
                    () -> CoverageGate.run(new String[] {json.toString(), "100"}, o, e));
            assertTrue(failed.getMessage().startsWith("clause coverage gate failed:"), failed.getMessage());
            assertTrue(failed.getMessage().contains("ncd-210.14: clause coverage 0.0% is under the threshold 100.0%"));
            // A threshold for one guideline still looks at that guideline only.
            CoverageGate.run(new String[] {json.toString(), IGRT + "=1"}, o, e);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("clause coverage gate passed: " + IGRT + "=1"));
    }

    @Test
    void aThresholdForEveryGuidelineFailsWhenNoGuidelineWasLoaded(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("clause-coverage.json");
        Files.writeString(empty, new CoverageWriter().json(List.of()));
        assertEquals(List.of("no guideline was loaded, so the threshold 100.0% is not met"),
                CoverageGate.check(empty, List.of(CoverageThreshold.parse("100"))));
    }
}
