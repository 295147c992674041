package io.coverkit.coverage;

import static io.coverkit.coverage.ReportHtml.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause coverage page: the figure per guideline, a legend, then per guideline the clauses
 * not exercised and the clause-by-revision grid. The grid has a column per revision (IGRT has 18),
 * so it scrolls sideways inside its own box with the clause column held in place, and the page
 * itself fits a 1280-pixel screen.
 */
final class CoverageHtml {

    private static final String STYLE = ".figure{font-weight:bold;font-size:1.2em}.full{color:#146c2e}.short{color:#b3261e}"
            + ".uncovered li{margin:.15em 0}.uncovered code{color:#b3261e;white-space:nowrap}"
            + ".grid{overflow-x:auto;max-width:100%;border:1px solid #ccc;margin:.5em 0 1.5em}"
            + ".clauses{border-style:hidden}.clauses th.clause{position:sticky;left:0;z-index:1;background:#fff;"
            + "min-width:15em;max-width:22em;font-weight:normal;box-shadow:2px 0 0 #ccc}"
            + ".clauses thead th.clause{background:#f3f3f3;font-weight:bold}"
            + ".clauses .label{display:block;color:#555;font-size:.85em}.clauses .line{color:#777;font-size:.8em}"
            + ".rev{font-size:.75em;font-weight:normal;white-space:nowrap;text-align:center}"
            + "td.hit,td.miss,td.out{text-align:center;padding:.25em .3em}.hit{color:#146c2e}.miss{color:#8a6500}"
            + ".uncovered-row th.clause,.uncovered-row td{background:#fdecea}.scenarios{white-space:nowrap}"
            + "details ul{margin:.2em 0;padding-left:1.2em;white-space:normal}"
            + ".hint{color:#555;font-size:.9em;margin:.2em 0}@media print{.grid{overflow:visible}}";

    private CoverageHtml() {}

    static String page(List<GuidelineCoverage> coverages) {
        StringBuilder out = new StringBuilder(ReportHtml.head("Clause coverage", STYLE));
        out.append("<h1>Clause coverage</h1>\n<table id=\"coverage-summary\"><thead><tr><th>guideline</th>")
                .append("<th>clauses exercised</th><th>coverage</th><th>not exercised</th><th>revisions</th></tr></thead><tbody>\n");
        for (GuidelineCoverage c : coverages) {
            String id = escape(c.guidelineId());
            out.append("<tr><td><a href=\"#").append(id).append("\">").append(id).append("</a></td><td>").append(c.covered())
                    .append(" of ").append(c.clauses().size()).append("</td><td class=\"figure ")
                    .append(c.uncovered().isEmpty() ? "full" : "short").append("\" data-guideline=\"").append(id).append("\">")
                    .append(percent(c.percent())).append("</td><td>").append(c.uncovered().size()).append("</td><td>")
                    .append(c.revisions().size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        legend(out);
        for (GuidelineCoverage c : coverages) {
            guideline(out, c);
        }
        return out.append("</body></html>\n").toString();
    }

    private static void legend(StringBuilder out) {
        out.append("<section class=\"legend\" id=\"legend\"><h2>How to read this page</h2><dl>\n")
                .append("<dt>clauses exercised, coverage</dt><dd>A clause is what a determination can cite or reach: a code, ")
                .append("an indication, a member criterion, a required document and the first day and the day before of its ")
                .append("window, a program exception, an outcome. It is exercised when a scenario&#39;s determination cites it ")
                .append("(or reaches the outcome) under a revision where it is in force. The figure counts each clause once, ")
                .append("under whichever revision exercised it.</dd>\n")
                .append("<dt>not exercised</dt><dd>The clauses no scenario exercised under any revision, as ")
                .append("<code>file:line: clause id</code>: these keep the figure under 100%.</dd>\n")
                .append("<dt>05/15/26 over 6/12</dt><dd>A revision column: the date the revision took effect (month/day/year), ")
                .append("and how many of the clauses in force under it the scenarios decided under it exercised (6 of 12).</dd>\n")
                .append("<dt><span class=\"hit\">&#10003;</span></dt><dd>exercised under this revision</dd>\n")
                .append("<dt><span class=\"miss\">&#9675;</span></dt><dd>in force under this revision, but no scenario decided ")
                .append("under it exercised the clause. Not a gap by itself: a guideline at 100.0% shows &#9675; where a clause ")
                .append("was exercised under another revision. A row is red when no revision exercised its clause.</dd>\n")
                .append("<dt>blank</dt><dd>not in force under this revision</dd>\n")
                .append("<dt>scenarios</dt><dd>how many scenarios exercised the clause, under any revision; open it for their ")
                .append("names</dd>\n</dl></section>\n");
    }

    private static void guideline(StringBuilder out, GuidelineCoverage c) {
        String id = escape(c.guidelineId());
        out.append("<section class=\"guideline\" id=\"").append(id).append("\"><h2>").append(id).append(" <small>")
                .append(escape(c.file())).append("</small></h2>\n<p class=\"headline\">").append(escape(c.summary()))
                .append("</p>\n");
        if (!c.uncovered().isEmpty()) {
            out.append("<h3>Not exercised</h3><ul class=\"uncovered\">\n");
            for (Clause clause : c.uncovered()) {
                out.append("<li><code>").append(escape(clause.located())).append("</code> ").append(escape(clause.label()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        List<GuidelineCoverage.RevisionCoverage> revisions = c.revisions();
        out.append("<h3>Clauses by revision <small><a href=\"#legend\">how to read it</a></small></h3>\n");
        if (revisions.size() > 8) {
            out.append("<p class=\"hint\">").append(revisions.size()).append(" revisions, oldest first: the grid scrolls ")
                    .append("sideways, the clause column stays in place.</p>\n");
        }
        out
                .append("<div class=\"grid\"><table class=\"clauses\"><thead><tr><th class=\"clause\">clause</th>")
                .append("<th class=\"scenarios\">scenarios</th>");
        for (GuidelineCoverage.RevisionCoverage r : revisions) {
            out.append("<th class=\"rev\" title=\"revision ").append(r.revision()).append(": ").append(r.covered()).append(" of ")
                    .append(r.clauses().size()).append(" clauses in force exercised\">").append(shortDate(r.revision()))
                    .append("<br/>").append(r.covered()).append('/').append(r.clauses().size()).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Clause clause : c.clauses()) {
            row(out, c, clause, revisions);
        }
        out.append("</tbody></table></div></section>\n");
    }

    private static void row(StringBuilder out, GuidelineCoverage c, Clause clause, List<GuidelineCoverage.RevisionCoverage> revisions) {
        Set<String> by = c.exercisedBy(clause.id());
        out.append("<tr class=\"").append(by.isEmpty() ? "uncovered-row" : "covered-row").append("\"><th class=\"clause\" scope=\"row\">")
                .append(ReportHtml.id(clause.id())).append(" <span class=\"line\">line ").append(clause.at().line())
                .append("</span><span class=\"label\">").append(escape(clause.label())).append("</span></th><td class=\"scenarios\">");
        if (by.isEmpty()) {
            out.append("<strong>none</strong>");
        } else {
            out.append("<details><summary>").append(by.size()).append(by.size() == 1 ? " scenario" : " scenarios")
                    .append("</summary><ul>");
            by.stream().sorted().forEach(s -> out.append("<li>").append(escape(s)).append("</li>"));
            out.append("</ul></details>");
        }
        out.append("</td>");
        for (GuidelineCoverage.RevisionCoverage r : revisions) {
            boolean inForce = r.clauses().stream().anyMatch(x -> x.id().equals(clause.id()));
            boolean hit = !r.exercisedBy().getOrDefault(clause.id(), Set.of()).isEmpty();
            out.append(!inForce ? "<td class=\"out\"></td>"
                    : hit ? "<td class=\"hit\" title=\"exercised under " + r.revision() + "\">&#10003;</td>"
                    : "<td class=\"miss\" title=\"in force under " + r.revision() + ", not exercised under it\">&#9675;</td>");
        }
        out.append("</tr>\n");
    }

    private static String shortDate(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%02d", date.getMonthValue(), date.getDayOfMonth(), date.getYear() % 100);
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }
}
