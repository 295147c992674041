package io.coverkit.coverage;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Clause coverage as console text, a JSON file for tools and an HTML page for analysts. */
public final class CoverageWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Per guideline: the summary line, then each uncovered clause as {@code file:line: clause-id}. */
    public String text(List<GuidelineCoverage> coverages) {
        StringBuilder out = new StringBuilder();
        for (GuidelineCoverage c : coverages) {
            out.append(c.summary()).append('\n');
            for (Clause clause : c.uncovered()) {
                out.append("  not exercised: ").append(clause.located()).append('\n');
            }
        }
        return out.toString();
    }

    /** The whole report as JSON: per guideline its figures, every clause with its scenarios, and each revision. */
    public String json(List<GuidelineCoverage> coverages) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "coverkit-clause-coverage/1");
        ArrayNode guidelines = root.putArray("guidelines");
        for (GuidelineCoverage c : coverages) {
            ObjectNode g = guidelines.addObject();
            g.put("guideline", c.guidelineId());
            g.put("file", c.file());
            g.put("covered", c.covered());
            g.put("total", c.clauses().size());
            g.put("percent", c.percent());
            ArrayNode clauses = g.putArray("clauses");
            for (Clause clause : c.clauses()) {
                ObjectNode n = clauses.addObject();
                n.put("id", clause.id());
                n.put("kind", clause.kind().name());
                n.put("label", clause.label());
                n.put("file", clause.at().file());
                n.put("line", clause.at().line());
                ArrayNode by = n.putArray("exercisedBy");
                c.exercisedBy(clause.id()).stream().sorted().forEach(by::add);
            }
            ArrayNode revisions = g.putArray("revisions");
            for (GuidelineCoverage.RevisionCoverage r : c.revisions()) {
                ObjectNode n = revisions.addObject();
                n.put("revision", r.revision().toString());
                n.put("covered", r.covered());
                n.put("total", r.clauses().size());
                ArrayNode uncovered = n.putArray("uncovered");
                r.uncovered().forEach(u -> uncovered.add(u.id()));
            }
            ArrayNode uncovered = g.putArray("uncovered");
            c.uncovered().forEach(u -> uncovered.add(u.located()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One self-contained page: a figure per guideline, the uncovered clauses, every clause with the
     * scenarios that exercised it, and a clause-by-revision grid.
     */
    public String html(List<GuidelineCoverage> coverages) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Clause coverage</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Clause coverage</h1>\n<table id=\"coverage-summary\"><thead><tr><th>guideline</th>")
                .append("<th>clauses exercised</th><th>coverage</th><th>not exercised</th></tr></thead><tbody>\n");
        for (GuidelineCoverage c : coverages) {
            out.append("<tr><td><a href=\"#").append(escapeHtml4(c.guidelineId())).append("\">")
                    .append(escapeHtml4(c.guidelineId())).append("</a></td><td>").append(c.covered()).append(" of ")
                    .append(c.clauses().size()).append("</td><td class=\"figure ").append(c.uncovered().isEmpty() ? "full" : "short")
                    .append("\" data-guideline=\"").append(escapeHtml4(c.guidelineId())).append("\">")
                    .append(percent(c.percent())).append("</td><td>").append(c.uncovered().size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        for (GuidelineCoverage c : coverages) {
            guideline(out, c);
        }
        return out.append("</body></html>\n").toString();
    }

    private static void guideline(StringBuilder out, GuidelineCoverage c) {
        String id = escapeHtml4(c.guidelineId());
        out.append("<section class=\"guideline\" id=\"").append(id).append("\"><h2>").append(id).append(" <small>")
                .append(escapeHtml4(c.file())).append("</small></h2>\n<p class=\"headline\">").append(escapeHtml4(c.summary()))
                .append("</p>\n");
        if (!c.uncovered().isEmpty()) {
            out.append("<h3>Not exercised</h3><ul class=\"uncovered\">\n");
            for (Clause clause : c.uncovered()) {
                out.append("<li><code>").append(escapeHtml4(clause.located())).append("</code> ")
                        .append(escapeHtml4(clause.label())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        List<GuidelineCoverage.RevisionCoverage> revisions = c.revisions();
        out.append("<h3>Clauses by revision</h3><p class=\"legend\"><span class=\"hit\">&#10003;</span> exercised under the ")
                .append("revision, <span class=\"miss\">&#9675;</span> in force but not exercised under it, blank: not in force.</p>\n")
                .append("<div class=\"scroll\"><table class=\"clauses\"><thead><tr><th>clause</th><th>line</th><th>scenarios</th>");
        for (GuidelineCoverage.RevisionCoverage r : revisions) {
            out.append("<th class=\"rev\" title=\"").append(r.revision()).append("\">").append(shortDate(r.revision())).append("<br>")
                    .append(r.covered()).append('/').append(r.clauses().size()).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (Clause clause : c.clauses()) {
            Set<String> by = c.exercisedBy(clause.id());
            out.append("<tr class=\"").append(by.isEmpty() ? "uncovered-row" : "covered-row").append("\"><td><code>")
                    .append(escapeHtml4(clause.id())).append("</code><br><span class=\"label\">").append(escapeHtml4(clause.label()))
                    .append("</span></td><td>").append(clause.at().line()).append("</td><td>");
            if (by.isEmpty()) {
                out.append("<strong>none</strong>");
            } else {
                out.append("<details><summary>").append(by.size()).append(by.size() == 1 ? " scenario" : " scenarios")
                        .append("</summary><ul>");
                by.stream().sorted().forEach(s -> out.append("<li>").append(escapeHtml4(s)).append("</li>"));
                out.append("</ul></details>");
            }
            out.append("</td>");
            for (GuidelineCoverage.RevisionCoverage r : revisions) {
                boolean inForce = r.clauses().stream().anyMatch(x -> x.id().equals(clause.id()));
                boolean hit = !r.exercisedBy().getOrDefault(clause.id(), Set.of()).isEmpty();
                out.append(inForce ? (hit ? "<td class=\"hit\">&#10003;</td>" : "<td class=\"miss\">&#9675;</td>") : "<td></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }

    private static String shortDate(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%02d", date.getMonthValue(), date.getDayOfMonth(), date.getYear() % 100);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}"
            + "th{background:#f3f3f3}.figure{font-weight:bold;font-size:1.3em}.full{color:#146c2e}.short{color:#b3261e}"
            + ".uncovered code{color:#b3261e}.uncovered-row{background:#fdecea}.hit{color:#146c2e;text-align:center}"
            + ".miss{color:#b3261e;text-align:center}.rev{font-size:.75em;font-weight:normal}.label{color:#555;font-size:.85em}"
            + ".scroll{overflow-x:auto}small{color:#666;font-weight:normal}details ul{margin:.2em 0;padding-left:1.2em}"
            + "@media print{.scroll{overflow:visible}details{display:block}}";
}
