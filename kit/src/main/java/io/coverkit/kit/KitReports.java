package io.coverkit.kit;

import io.coverkit.coverage.ClauseCatalogue;
import io.coverkit.coverage.CoverageWriter;
import io.coverkit.coverage.GuidelineCoverage;
import io.coverkit.eval.Evaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * The clause coverage of the guidelines the run's scenarios are about (all the log names when
     * none is), in the order named: running one guideline's specs should not list every other
     * guideline at 0%.
     */
    public static List<GuidelineCoverage> coverage(ScenarioLog log) {
        Set<String> about = new HashSet<>();
        log.scenarios().forEach(s -> about.add(s.guideline()));
        log.observations().forEach(o -> about.add(o.determination().guideline()));
        List<Evaluator> named = log.guidelines();
        boolean any = named.stream().anyMatch(e -> about.contains(e.guideline().id()));
        List<GuidelineCoverage> out = new ArrayList<>();
        for (Evaluator e : named) {
            if (!any || about.contains(e.guideline().id())) {
                out.add(GuidelineCoverage.of(ClauseCatalogue.of(e), log.observations()));
            }
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
