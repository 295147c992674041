package io.coverkit.kit;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.coverkit.coverage.GuidelineCoverage;
import io.coverkit.coverage.Observation;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.kit.ScenarioLog.Result;
import io.coverkit.kit.ScenarioLog.Scenario;
import io.coverkit.kit.ScenarioLog.Step;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scenario report: one self-contained HTML page per run with every scenario in its own
 * given/when/then words, its result and the determinations it got, grouped by guideline and
 * revision, failures first with expected and actual side by side.
 */
public final class ScenarioReportWriter {

    private static final DiffRowGenerator DIFF = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    /** The page for {@code scenarios}, with the clause coverage figures of {@code coverages} at its head. */
    public String html(List<Scenario> scenarios, List<GuidelineCoverage> coverages) {
        long passed = count(scenarios, Result.PASSED);
        long failed = count(scenarios, Result.FAILED);
        long skipped = count(scenarios, Result.SKIPPED);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Scenario report</title><style>")
                .append(STYLE).append("</style></head><body>\n<h1>Scenario report</h1>\n")
                .append("<p id=\"counts\"><span class=\"PASSED\">").append(passed).append(" passed</span>, <span class=\"FAILED\">")
                .append(failed).append(" failed</span>, <span class=\"SKIPPED\">").append(skipped).append(" skipped</span> of ")
                .append(scenarios.size()).append(" scenarios</p>\n");
        if (!coverages.isEmpty()) {
            out.append("<table id=\"coverage-figures\"><thead><tr><th>guideline</th><th>clause coverage</th></tr></thead><tbody>");
            for (GuidelineCoverage c : coverages) {
                out.append("<tr><td>").append(escapeHtml4(c.guidelineId())).append("</td><td class=\"figure\">")
                        .append(c.covered()).append(" of ").append(c.clauses().size()).append(" clauses (")
                        .append(String.format(Locale.ROOT, "%.1f%%", c.percent())).append(")</td></tr>");
            }
            out.append("</tbody></table>\n<p><a href=\"clause-coverage.html\">Clause coverage in detail</a></p>\n");
        }
        List<Scenario> failures = scenarios.stream().filter(s -> s.result() == Result.FAILED).toList();
        if (!failures.isEmpty()) {
            out.append("<section id=\"failures\"><h2>Failures</h2>\n");
            failures.forEach(s -> scenario(out, s));
            out.append("</section>\n");
        }
        Map<String, Map<String, List<Scenario>>> groups = scenarios.stream().collect(Collectors.groupingBy(
                s -> s.guideline().isEmpty() ? "(no guideline)" : s.guideline(), TreeMap::new,
                Collectors.groupingBy(ScenarioReportWriter::revision, TreeMap::new, Collectors.toList())));
        groups.forEach((guideline, byRevision) -> {
            out.append("<section class=\"guideline\"><h2>").append(escapeHtml4(guideline)).append("</h2>\n");
            byRevision.forEach((revision, list) -> {
                out.append("<h3>").append(escapeHtml4(revision)).append(" <small>").append(list.size())
                        .append(list.size() == 1 ? " scenario" : " scenarios").append("</small></h3>\n");
                list.stream().sorted(Comparator.comparing((Scenario s) -> s.result() != Result.FAILED)).forEach(s -> scenario(out, s));
            });
            out.append("</section>\n");
        });
        return out.append("</body></html>\n").toString();
    }

    private static long count(List<Scenario> scenarios, Result result) {
        return scenarios.stream().filter(s -> s.result() == result).count();
    }

    /** The revision a scenario is grouped under: that of its first determination. */
    private static String revision(Scenario s) {
        if (s.observations().isEmpty()) {
            return "no request decided";
        }
        Determination d = s.observations().get(0).determination();
        return d.revision() == null ? "before the original effective date" : "revision " + d.revision();
    }

    private static void scenario(StringBuilder out, Scenario s) {
        out.append("<article class=\"scenario ").append(s.result()).append("\"><h4><span class=\"badge\">").append(s.result())
                .append("</span> ").append(escapeHtml4(s.name())).append(" <small>").append(escapeHtml4(s.spec())).append(", ")
                .append(s.millis()).append(" ms</small></h4>\n<dl class=\"steps\">");
        for (Step step : s.steps()) {
            out.append("<dt>").append(escapeHtml4(step.label())).append("</dt><dd>").append(escapeHtml4(step.text())).append("</dd>");
        }
        out.append("</dl>\n");
        if (s.failure() != null) {
            failure(out, s.failure());
        }
        for (Observation o : s.observations()) {
            Determination d = o.determination();
            out.append("<div class=\"determination\"><p><strong class=\"outcome\">").append(d.outcome()).append("</strong> for ")
                    .append(d.dateOfService()).append(" under ")
                    .append(d.revision() == null ? "no revision" : "revision " + d.revision()).append("</p><ul class=\"findings\">");
            for (Finding f : d.findings()) {
                out.append("<li><code>").append(f.kind()).append("</code> ").append(escapeHtml4(f.ref())).append(": ")
                        .append(escapeHtml4(f.text())).append("</li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("</article>\n");
    }

    private static void failure(StringBuilder out, ScenarioLog.Failure failure) {
        out.append("<div class=\"failure\"><p>Failed: <code>").append(escapeHtml4(failure.condition())).append("</code></p>");
        if (!failure.expected().isEmpty()) {
            List<DiffRow> rows = DIFF.generateDiffRows(failure.expected().lines().toList(), failure.actual().lines().toList());
            out.append("<table class=\"diff\"><thead><tr><th>expected</th><th>actual</th></tr></thead><tbody>");
            for (DiffRow row : rows) {
                out.append("<tr><td>").append(row.getOldLine()).append("</td><td>").append(row.getNewLine()).append("</td></tr>");
            }
            out.append("</tbody></table>");
        } else {
            out.append("<pre>").append(escapeHtml4(failure.actual())).append("</pre>");
        }
        out.append("</div>\n");
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:70em}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}"
            + "th{background:#f3f3f3}.scenario{border:1px solid #ddd;border-left:6px solid #999;margin:.6em 0;padding:.3em .8em}"
            + ".scenario.PASSED{border-left-color:#146c2e}.scenario.FAILED{border-left-color:#b3261e;background:#fff6f5}"
            + ".scenario.SKIPPED{border-left-color:#c79100}.PASSED{color:#146c2e}.FAILED{color:#b3261e}.SKIPPED{color:#8a6500}"
            + ".badge{font-size:.75em;border:1px solid currentColor;border-radius:3px;padding:0 .3em}h4{margin:.3em 0}"
            + ".steps{display:grid;grid-template-columns:5em 1fr;margin:.3em 0}.steps dt{font-weight:bold;color:#555}"
            + ".steps dd{margin:0}.findings{margin:.2em 0;font-size:.9em}.outcome{font-family:monospace}"
            + "del{background:#fbd3cf}ins{background:#cdeccf;text-decoration:none}pre{white-space:pre-wrap}"
            + "small{color:#666;font-weight:normal}#counts{font-size:1.2em}.figure{font-weight:bold}";
}
