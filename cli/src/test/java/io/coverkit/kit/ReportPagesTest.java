package io.coverkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.Evaluator;
import io.coverkit.html.StrictHtml;
import io.coverkit.kit.ScenarioLog.Failure;
import io.coverkit.kit.ScenarioLog.Result;
import io.coverkit.kit.ScenarioLog.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clause coverage page and the scenario report of a small run, every guideline's revisions
 * included, as an analyst opens them: markup a strict parser reads as a browser does, a legend for
 * each figure and mark, and clause ids that wrap only between their parts.
 */
class ReportPagesTest {

    private static final GuidelineLibrary LIBRARY = GuidelineLibrary.load(Path.of("policies"));

    private static String coveragePage;
    private static String scenarioPage;

    @BeforeAll
    static void writeTheReportsOfASmallRun(@TempDir Path dir) throws IOException {
        ScenarioLog log = new ScenarioLog(false);
        log.guidelines(LIBRARY.guidelineIds().stream().map(id -> LIBRARY.evaluator(id).orElseThrow()).toList());
        Evaluator igrt = LIBRARY.evaluator("04-77260-19").orElseThrow();

        log.start("IndicationsSpec", "internal motion meets medical necessity", "04-77260-19",
                List.of(new Step("given", "a request for CPT 77387 with internal motion"), new Step("then", "it meets <necessity>")));
        var request = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01").indication("internal-motion")
                .allDocumentsDated("2026-03-01").build();
        log.decided(request, igrt.decide(request));
        log.finish();

        log.start("IndicationsSpec", "a request with no indication & no documents", "04-77260-19", List.of());
        var none = RequestBuilder.requestFor(igrt.guideline()).cpt("77387").on("2026-06-01").build();
        log.decided(none, igrt.decide(none));
        log.failed(Result.FAILED, new Failure("determination.outcome == MEETS_MEDICAL_NECESSITY",
                "MEETS_MEDICAL_NECESSITY & <all> cited", "NOT_MEDICALLY_NECESSARY & <none> cited"));
        log.finish();
        log.skipped("PendingSpec", "a scenario not run yet", "04-77260-19", List.of(new Step("expect", "nothing")));

        KitReports.write(log, dir);
        coveragePage = Files.readString(dir.resolve(KitReports.COVERAGE_HTML));
        scenarioPage = Files.readString(dir.resolve(KitReports.SCENARIO_HTML));
    }

    @Test
    void bothPagesAreStrictHtml() {
        assertEquals(List.of(), StrictHtml.problems(coveragePage), "clause coverage page");
        assertEquals(List.of(), StrictHtml.problems(scenarioPage), "scenario report");
    }

    @Test
    void theCoveragePageExplainsEachFigureAndMark() {
        assertTrue(coveragePage.contains("<section class=\"legend\" id=\"legend\"><h2>How to read this page</h2>"));
        for (String explained : List.of("<dt>clauses exercised, coverage</dt>", "<dt>not exercised</dt>",
                "<dt>05/15/26 over 6/12</dt>", "<dt><span class=\"hit\">&#10003;</span></dt>",
                "<dt><span class=\"miss\">&#9675;</span></dt>", "<dt>blank</dt>", "<dt>scenarios</dt>")) {
            assertTrue(coveragePage.contains(explained), explained);
        }
        assertTrue(coveragePage.contains("a guideline at 100.0% shows &#9675; where a clause was exercised under another revision"));
        assertTrue(coveragePage.contains("<th class=\"rev\" title=\"revision 2026-05-15: "), "each revision column says what it counts");
    }

    @Test
    void theGridScrollsInItsOwnBoxWithTheClauseColumnHeld() {
        assertTrue(coveragePage.contains("<div class=\"grid\"><table class=\"clauses\">"));
        assertTrue(coveragePage.contains(".grid{overflow-x:auto;max-width:100%"), "the grid scrolls, the page does not");
        assertTrue(coveragePage.contains(".clauses th.clause{position:sticky;left:0"), "the clause column stays in view");
    }

    @Test
    void clauseIdsWrapOnlyBetweenTheirParts() {
        String id = "<code class=\"id\"><span class=\"seg\">04-77260-19</span>/<wbr/><span class=\"seg\">indication</span>/<wbr/>"
                + "<span class=\"seg\">near-critical-structures-or-setup-variation</span></code>";
        assertTrue(coveragePage.contains(id), "in the grid");
        assertTrue(coveragePage.contains(".id .seg{white-space:nowrap}"));
        assertTrue(scenarioPage.contains("<span class=\"seg\">internal-motion</span>"), "in the scenario report's findings");
    }

    @Test
    void theScenarioReportExplainsItsMarksAndEscapesWhatScenariosSay() {
        assertTrue(scenarioPage.contains("<section class=\"legend\" id=\"legend\">"));
        for (String explained : List.of("<span class=\"badge SKIPPED\">SKIPPED</span></dt>", "<dt>given, when, then</dt>",
                "<dt>expected, actual</dt>", "<dt>N of M clauses (P%)</dt>")) {
            assertTrue(scenarioPage.contains(explained), explained);
        }
        assertTrue(scenarioPage.contains("it meets &lt;necessity&gt;"));
        assertTrue(scenarioPage.contains("<del>MEETS_MEDICAL_NECESSITY</del> &amp; &lt;<del>all</del>&gt; cited"), scenarioPage);
        assertFalse(scenarioPage.contains("\u0001"), "no diff marker is left");
    }
}
