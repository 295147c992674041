package io.coverkit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.html.StrictHtml;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.request.CoverageRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineCoverageTest {

    private static final GuidelineLibrary LIBRARY = GuidelineLibrary.load(Path.of("policies"));
    private final Evaluator igrt = LIBRARY.evaluator("04-77260-19").orElseThrow();
    private final ClauseCatalogue catalogue = ClauseCatalogue.of(igrt);

    private Observation decided(String scenario, CoverageRequest request) {
        return new Observation(scenario, request, igrt.decide(request));
    }

    private Set<String> ids(List<Clause> clauses) {
        return clauses.stream().map(Clause::id).collect(Collectors.toSet());
    }

    @Test
    void theCatalogueHoldsEveryCitableClauseAndLocatesItInThePolicy() {
        Set<String> all = ids(catalogue.clauses());
        assertTrue(all.containsAll(igrt.clauses()), "every clause a determination can cite is counted");
        Clause internalMotion = catalogue.clauses().stream()
                .filter(c -> c.id().equals("04-77260-19/indication/internal-motion")).findFirst().orElseThrow();
        assertEquals("policies/04-77260-19.groovy:27: 04-77260-19/indication/internal-motion", internalMotion.located());
        assertTrue(all.contains("04-77260-19/document/loinc-28626-0/window-first-day"));
        assertTrue(all.contains("04-77260-19/document/loinc-28626-0/window-day-before"));
        assertTrue(all.contains("04-77260-19/outcome/meets-medical-necessity"));
        assertTrue(all.contains("04-77260-19/outcome/defer-to-program"));
        assertFalse(all.contains("04-77260-19/outcome/needs-more-information"), "IGRT has no member criteria to leave unknown");
        assertEquals(18, catalogue.revisions().size(), "the original effective date and every update-history entry");
    }

    @Test
    void aClauseTheEvaluatorNeverCitesIsNotDemanded() {
        Evaluator withoutNoIndication = new Evaluator() {
            @Override
            public io.coverkit.model.Guideline guideline() {
                return igrt.guideline();
            }

            @Override
            public List<String> clauses() {
                return igrt.clauses().stream().filter(c -> !c.endsWith("/position-statement")).toList();
            }

            @Override
            public List<io.coverkit.request.RequestError> check(CoverageRequest request) {
                return igrt.check(request);
            }

            @Override
            public io.coverkit.determination.Determination decideAsOf(CoverageRequest request, LocalDate asOf) {
                return igrt.decideAsOf(request, asOf);
            }

            @Override
            public io.coverkit.determination.Determination decide(CoverageRequest request) {
                return igrt.decide(request);
            }
        };
        Set<String> ids = ids(ClauseCatalogue.of(withoutNoIndication).clauses());
        assertFalse(ids.contains("04-77260-19/position-statement"));
        assertTrue(ids.contains("04-77260-19/indication/internal-motion"));
        assertTrue(ids(catalogue.clauses()).contains("04-77260-19/position-statement"));
    }

    @Test
    void aRevisionOnlyAsksForWhatItsDecisionsCanReach() {
        // Before 2016-05-01 the program exceptions are unknown, so the decision stops there.
        Set<String> early = ids(catalogue.inForce(LocalDate.parse("2011-01-01")));
        assertTrue(early.contains("04-77260-19/outcome/revision-content-unknown"));
        assertTrue(early.contains("04-77260-19/code/cpt-0197t"));
        assertFalse(early.contains("04-77260-19/indication/internal-motion"));
        Set<String> latest = ids(catalogue.inForce(LocalDate.parse("2026-05-15")));
        assertTrue(latest.contains("04-77260-19/indication/internal-motion"));
        assertFalse(latest.contains("04-77260-19/code/cpt-77014"), "deleted on 2026-01-01");
    }

    @Test
    void clausesCountOnceAScenarioExercisesThemAndNameThatScenario() {
        RequestBuilder meets = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01")
                .indication("implanted-fiducial-markers").allDocumentsDated("2025-12-01");
        RequestBuilder dayBefore = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01")
                .indication("implanted-fiducial-markers").allDocumentsDated("2025-11-30");
        GuidelineCoverage coverage = GuidelineCoverage.of(catalogue,
                List.of(decided("A > first day", meets.build()), decided("B > day before", dayBefore.build())));

        assertEquals(Set.of("A > first day"), coverage.exercisedBy("04-77260-19/document/loinc-18741-9/window-first-day"));
        assertEquals(Set.of("B > day before"), coverage.exercisedBy("04-77260-19/document/loinc-18741-9/window-day-before"));
        assertEquals(Set.of("A > first day", "B > day before"), coverage.exercisedBy("04-77260-19/indication/implanted-fiducial-markers"));
        assertEquals(Set.of("B > day before"), coverage.exercisedBy("04-77260-19/outcome/insufficient-documentation"));
        assertTrue(coverage.exercisedBy("04-77260-19/indication/internal-motion").isEmpty());
        assertTrue(coverage.uncovered().stream().anyMatch(c -> c.located().equals(
                "policies/04-77260-19.groovy:27: 04-77260-19/indication/internal-motion")));
        assertEquals(coverage.clauses().size() - coverage.uncovered().size(), coverage.covered());
        assertTrue(coverage.percent() > 0 && coverage.percent() < 100);

        GuidelineCoverage.RevisionCoverage latest = coverage.revisions().get(coverage.revisions().size() - 1);
        assertEquals(LocalDate.parse("2026-05-15"), latest.revision());
        assertTrue(latest.exercisedBy().containsKey("04-77260-19/code/cpt-77387"));
        assertTrue(coverage.revisions().get(0).exercisedBy().isEmpty(), "nothing was decided under the first revision");
    }

    @Test
    void aDocumentInsideTheWindowButNotOnItsEdgeLeavesTheEdgeUncovered() {
        CoverageRequest request = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01")
                .indication("internal-motion").allDocumentsDated("2026-03-01").build();
        GuidelineCoverage coverage = GuidelineCoverage.of(catalogue, List.of(decided("C > inside", request)));
        assertTrue(coverage.exercisedBy("04-77260-19/document/loinc-18741-9/window-first-day").isEmpty());
        assertEquals(Set.of("C > inside"), coverage.exercisedBy("04-77260-19/document/loinc-18741-9"));
    }

    @Test
    void thresholdsNameTheGuidelinesUnderThem() {
        assertEquals(new CoverageThreshold("04-77260-19", 100), CoverageThreshold.parse("04-77260-19=100"));
        assertEquals(new CoverageThreshold(null, 90.5), CoverageThreshold.parse("90.5%"));
        assertThrows(IllegalArgumentException.class, () -> CoverageThreshold.parse("04-77260-19=all"));
        assertThrows(IllegalArgumentException.class, () -> CoverageThreshold.parse("101"));

        List<CoverageThreshold.Figure> figures = List.of(
                new CoverageThreshold.Figure("a", 100, List.of()), new CoverageThreshold.Figure("b", 50, List.of("f:3: b/x")));
        assertEquals(List.of(), CoverageThreshold.shortfalls(List.of(CoverageThreshold.parse("a=100")), figures));
        assertEquals(List.of("b: clause coverage 50.0% is under the threshold 60.0%", "  not exercised: f:3: b/x"),
                CoverageThreshold.shortfalls(List.of(CoverageThreshold.parse("60")), figures));
        assertEquals(1, CoverageThreshold.shortfalls(List.of(CoverageThreshold.parse("c=1")), figures).size(),
                "a threshold for a guideline nobody covered is not met");
    }

    @Test
    void theGateReadsTheJsonReportAndFailsUnderItsThreshold(@TempDir Path dir) throws Exception {
        CoverageRequest request = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01")
                .indication("internal-motion").allDocumentsDated("2026-03-01").build();
        GuidelineCoverage coverage = GuidelineCoverage.of(catalogue, List.of(decided("C > one", request)));
        Path json = dir.resolve("clause-coverage.json");
        Files.writeString(json, new CoverageWriter().json(List.of(coverage)));

        List<String> problems = CoverageGate.check(json, List.of(CoverageThreshold.parse("04-77260-19=100")));
        assertTrue(problems.get(0).startsWith("04-77260-19: clause coverage "), problems.toString());
        assertTrue(problems.contains("  not exercised: policies/04-77260-19.groovy:20: 04-77260-19/indication/bony-anatomy-fails"));
        assertEquals(List.of(), CoverageGate.check(json, List.of(CoverageThreshold.parse("04-77260-19=1"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            assertThrows(IllegalStateException.class,
                    () -> CoverageGate.run(new String[] {json.toString(), "04-77260-19=100"}, o, e));
            String printed = err.toString(StandardCharsets.UTF_8);
            assertTrue(printed.startsWith("[coverkit] 04-77260-19: clause coverage "), printed);
            assertTrue(printed.contains("[coverkit]   not exercised: policies/04-77260-19.groovy:20: "), printed);
            CoverageGate.run(new String[] {json.toString(), "04-77260-19=1"}, o, e);
            assertEquals("[coverkit] clause coverage gate passed: 04-77260-19=1\n", out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(1, CoverageGate.check(dir.resolve("missing.json"), List.of()).size());
    }

    @Test
    void theHtmlPageShowsTheFigureAndTheUncoveredClauses() {
        CoverageRequest request = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01")
                .indication("internal-motion").allDocumentsDated("2026-03-01").build();
        String html = new CoverageWriter().html(List.of(GuidelineCoverage.of(catalogue, List.of(decided("C > one", request)))));
        assertTrue(html.contains("id=\"coverage-summary\""));
        assertTrue(html.contains("<code>policies/04-77260-19.groovy:20: 04-77260-19/indication/bony-anatomy-fails</code>"));
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("src="), "the page fetches nothing");
        assertEquals(List.of(), StrictHtml.problems(html));
    }
}
