package io.coverkit.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** Clause coverage as console text, a JSON file for tools and an HTML page for analysts. */
public final class CoverageWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Per guideline: the summary line, then each uncovered clause as {@code file:line: clause-id};
     * for a guideline no scenario is about, one line saying so instead of all its clauses.
     */
    public String text(List<GuidelineCoverage> coverages) {
        StringBuilder out = new StringBuilder();
        for (GuidelineCoverage c : coverages) {
            out.append(c.summary()).append('\n');
            if (c.covered() == 0 && !c.clauses().isEmpty()) {
                // Every clause would be listed; the HTML and JSON reports have them, the console says why.
                out.append("  no scenario decided a request under it\n");
                continue;
            }
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
     * One self-contained page: a figure per guideline, a legend, the uncovered clauses, and a
     * clause-by-revision grid naming the scenarios that exercised each clause.
     */
    public String html(List<GuidelineCoverage> coverages) {
        return CoverageHtml.page(coverages);
    }
}
