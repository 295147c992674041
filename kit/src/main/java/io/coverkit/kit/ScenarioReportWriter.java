package io.coverkit.kit;

import static io.coverkit.coverage.ReportHtml.escape;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import io.coverkit.coverage.GuidelineCoverage;
import io.coverkit.coverage.ReportHtml;
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

    // The generator marks changed words with control characters, which no value of a
    // determination contains, and each line is escaped as a whole before they become <del> and
    // <ins>: its own escaping leaves '&' bare and could cut an entity in two.
    private static final DiffRowGenerator DIFF = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .lineNormalizer(line -> line)
            .oldTag(open -> open ? "\u0001" : "\u0002")
            .newTag(open -> open ? "\u0003" : "\u0004")
            .build();

    /** The page for {@code scenarios}, with the clause coverage figures of {@code coverages} at its head. */
    public String html(List<Scenario> scenarios, List<GuidelineCoverage> coverages) {
        long passed = count(scenarios, Result.PASSED);
        long failed = count(scenarios, Result.FAILED);
        long skipped = count(scenarios, Result.SKIPPED);
        StringBuilder out = new StringBuilder();
        out.append(ReportHtml.head("Scenario report", STYLE)).append("<h1>Scenario report</h1>\n")
                .append("<p id=\"counts\"><span class=\"PASSED\">").append(passed).append(" passed</span>, <span class=\"FAILED\">")
                .append(failed).append(" failed</span>, <span class=\"SKIPPED\">").append(skipped).append(" skipped</span> of ")
                .append(scenarios.size()).append(" scenarios</p>\n");
        if (!coverages.isEmpty()) {
            out.append("<table id=\"coverage-figures\"><thead><tr><th>guideline</th><th>clause coverage</th></tr></thead><tbody>");
            for (GuidelineCoverage c : coverages) {
                out.append("<tr><td>").append(escape(c.guidelineId())).append("</td><td class=\"figure\">")
                        .append(c.covered()).append(" of ").append(c.clauses().size()).append(" clauses (")
                        .append(String.format(Locale.ROOT, "%.1f%%", c.percent())).append(")</td></tr>");
            }
            out.append("</tbody></table>\n<p><a href=\"clause-coverage.html\">Clause coverage in detail</a></p>\n");
        }
        legend(out);
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
            out.append("<section class=\"guideline\"><h2>").append(escape(guideline)).append("</h2>\n");
            byRevision.forEach((revision, list) -> {
                out.append("<h3>").append(escape(revision)).append(" <small>").append(list.size())
                        .append(list.size() == 1 ? " scenario" : " scenarios").append("</small></h3>\n");
                list.stream().sorted(Comparator.comparing((Scenario s) -> s.result() != Result.FAILED)).forEach(s -> scenario(out, s));
            });
            out.append("</section>\n");
        });
        return out.append("</body></html>\n").toString();
    }

    private static void legend(StringBuilder out) {
        out.append("<section class=\"legend\" id=\"legend\"><h2>How to read this page</h2><dl>\n")
                .append("<dt><span class=\"badge PASSED\">PASSED</span> <span class=\"badge FAILED\">FAILED</span> ")
                .append("<span class=\"badge SKIPPED\">SKIPPED</span></dt><dd>the scenario&#39;s result; a skipped scenario ")
                .append("was not run (pending, ignored, or an assumption that did not hold). Failures come first.</dd>\n")
                .append("<dt>given, when, then</dt><dd>the scenario in its own words, with its <code>where:</code> values ")
                .append("filled in</dd>\n")
                .append("<dt><span class=\"outcome\">OUTCOME</span> for a date under a revision</dt><dd>a determination the ")
                .append("scenario got: its outcome, the date of service and the revision that decided it; below it every ")
                .append("finding, as its kind, the clause it cites and its text</dd>\n")
                .append("<dt>expected, actual</dt><dd>a failed comparison side by side: <del>struck</del> words are expected ")
                .append("but missing, <ins>marked</ins> words were got instead</dd>\n")
                .append("<dt>N of M clauses (P%)</dt><dd>the guideline&#39;s clause coverage by this run; the clause ")
                .append("coverage page lists each clause and the scenarios that exercised it</dd>\n</dl></section>\n");
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
                .append("</span> ").append(escape(s.name())).append(" <small>").append(escape(s.spec())).append(", ")
                .append(s.millis()).append(" ms</small></h4>\n<dl class=\"steps\">");
        for (Step step : s.steps()) {
            out.append("<dt>").append(escape(step.label())).append("</dt><dd>").append(escape(step.text())).append("</dd>");
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
                out.append("<li><code class=\"kind\">").append(f.kind()).append("</code> ").append(ReportHtml.id(f.ref()))
                        .append(": ").append(escape(f.text())).append("</li>");
            }
            out.append("</ul></div>\n");
        }
        out.append("</article>\n");
    }

    private static void failure(StringBuilder out, ScenarioLog.Failure failure) {
        out.append("<div class=\"failure\"><p>Failed: <code>").append(escape(failure.condition())).append("</code></p>");
        if (!failure.expected().isEmpty()) {
            List<DiffRow> rows = DIFF.generateDiffRows(failure.expected().lines().toList(), failure.actual().lines().toList());
            out.append("<table class=\"diff\"><thead><tr><th>expected</th><th>actual</th></tr></thead><tbody>");
            for (DiffRow row : rows) {
                out.append("<tr><td>").append(diffCell(row.getOldLine())).append("</td><td>").append(diffCell(row.getNewLine()))
                        .append("</td></tr>");
            }
            out.append("</tbody></table>");
        } else {
            out.append("<pre>").append(escape(failure.actual())).append("</pre>");
        }
        out.append("</div>\n");
    }

    private static String diffCell(String marked) {
        return escape(marked).replace("\u0001", "<del>").replace("\u0002", "</del>").replace("\u0003", "<ins>")
                .replace("\u0004", "</ins>");
    }

    private static final String STYLE = "body{max-width:78em}"
            + ".scenario{border:1px solid #ddd;border-left:6px solid #999;margin:.6em 0;padding:.3em .8em}"
            + ".scenario.PASSED{border-left-color:#146c2e}.scenario.FAILED{border-left-color:#b3261e;background:#fff6f5}"
            + ".scenario.SKIPPED{border-left-color:#c79100}"
            // the result colours the badge and the counts only: a whole green article is hard to read
            + ".PASSED .badge,.badge.PASSED,#counts .PASSED{color:#146c2e}.FAILED .badge,.badge.FAILED,#counts .FAILED{color:#b3261e}"
            + ".SKIPPED .badge,.badge.SKIPPED,#counts .SKIPPED{color:#8a6500}"
            + ".badge{font-size:.75em;border:1px solid currentColor;border-radius:3px;padding:0 .3em;white-space:nowrap}"
            + "h4{margin:.3em 0}.steps{display:grid;grid-template-columns:5em 1fr;margin:.3em 0}"
            + ".steps dt{font-weight:bold;color:#555}.steps dd{margin:0}.findings{margin:.2em 0;font-size:.9em}"
            + ".outcome{font-family:monospace}.kind{color:#555}.diff{width:100%;table-layout:fixed}.diff td{overflow-wrap:anywhere}"
            + "del{background:#fbd3cf}ins{background:#cdeccf;text-decoration:none}pre{white-space:pre-wrap}"
            + "#counts{font-size:1.2em}.figure{font-weight:bold}";
}
