package io.coverkit.kit;

import io.coverkit.coverage.ClauseCatalogue;
import io.coverkit.coverage.CoverageWriter;
import io.coverkit.coverage.GuidelineCoverage;
import io.coverkit.coverage.Observation;
import io.coverkit.eval.Evaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's reports into one folder: {@code clause-coverage.txt}, {@code .json} and
 * {@code .html}, and {@code scenario-report.html}. Maven's run (through the Spock extension) and
 * {@code coverkit test} both write through here, so the two can never disagree.
 */
public final class KitReports {

    /** The files written, by name. */
    public static final String COVERAGE_TEXT = "clause-coverage.txt";

    /** The machine-readable coverage. */
    public static final String COVERAGE_JSON = "clause-coverage.json";

    /** The coverage page. */
    public static final String COVERAGE_HTML = "clause-coverage.html";

    /** The scenario page. */
    public static final String SCENARIO_HTML = "scenario-report.html";

    private KitReports() {}

    /**
     * The clause coverage of every guideline the log names (every guideline of the policies folder
     * once a scenario loaded it), in the order named. A guideline no scenario is about is reported
     * too, at 0 of its clauses: leaving it out would let a threshold for every guideline pass while
     * a whole guideline has no scenario.
     */
    public static List<GuidelineCoverage> coverage(ScenarioLog log) {
        List<Observation> observations = log.observations();
        List<GuidelineCoverage> out = new ArrayList<>();
        for (Evaluator e : log.guidelines()) {
            out.add(GuidelineCoverage.of(ClauseCatalogue.of(e), observations));
        }
        return out;
    }

    /** Writes every report of {@code log} into {@code dir}; returns the coverage it wrote. */
    public static List<GuidelineCoverage> write(ScenarioLog log, Path dir) throws IOException {
        List<GuidelineCoverage> coverage = coverage(log);
        CoverageWriter writer = new CoverageWriter();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(COVERAGE_TEXT), writer.text(coverage), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(COVERAGE_JSON), writer.json(coverage), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(COVERAGE_HTML), writer.html(coverage), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SCENARIO_HTML), new ScenarioReportWriter().html(log.scenarios(), coverage),
                StandardCharsets.UTF_8);
        return coverage;
    }
}
