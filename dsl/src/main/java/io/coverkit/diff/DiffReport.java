package io.coverkit.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.model.Revision;
import io.coverkit.render.GuidelineRenderer;
import java.time.LocalDate;
import java.util.List;

/** Writes semantic and behavioural diffs for people (text) and for tools (JSON). */
public final class DiffReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The semantic diff as text, one change a line, grouped the way the guideline is. */
    public String text(RevisionDiff d) {
        StringBuilder out = new StringBuilder();
        out.append(d.guideline()).append(": revision ").append(revision(d.fromRevision())).append(" (in force on ")
                .append(d.from()).append(") -> revision ").append(revision(d.toRevision())).append(" (in force on ")
                .append(d.to()).append(")\n");
        for (Revision r : d.history()) {
            out.append("  update ").append(GuidelineRenderer.published(r.effective())).append(": ").append(r.text()).append('\n');
        }
        out.append("position statement: ").append(switch (d.positionStatement()) {
            case UNCHANGED -> "unchanged";
            case CHANGED -> "changed";
            case UNKNOWN -> "not known on one or both dates (the published text does not reveal it)";
        }).append('\n');
        if (d.changes().isEmpty()) {
            out.append("no changes\n");
        }
        for (Snapshot.Area area : Snapshot.Area.values()) {
            for (Change c : d.changes()) {
                if (c.area() == area) {
                    out.append(line(c)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String line(Change c) {
        return switch (c.kind()) {
            case ADDED -> "+ " + c.label() + (c.after().isEmpty() ? "" : ": " + c.after());
            case REMOVED -> "- " + c.label() + (c.before().isEmpty() ? "" : ": " + c.before());
            case CHANGED -> "~ " + c.label() + ": " + c.wording();
        };
    }

    /** The semantic diff as JSON. */
    public String json(RevisionDiff d) {
        return write(tree(d));
    }

    /** Both diffs as one JSON document: {@code {"diff": ..., "behaviour": ...}}. */
    public String json(RevisionDiff d, BehaviouralDiff.Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("diff", tree(d));
        root.set("behaviour", tree(r));
        return write(root);
    }

    private static ObjectNode tree(RevisionDiff d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("guideline", d.guideline());
        root.put("from", d.from().toString());
        root.put("fromRevision", date(d.fromRevision()));
        root.put("to", d.to().toString());
        root.put("toRevision", date(d.toRevision()));
        root.put("positionStatement", d.positionStatement().name());
        ArrayNode history = root.putArray("history");
        for (Revision r : d.history()) {
            history.addObject().put("date", r.effective().toString()).put("text", r.text());
        }
        ArrayNode changes = root.putArray("changes");
        for (Change c : d.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", c.kind().name());
            node.put("area", c.area().name());
            node.put("key", c.key());
            node.put("label", c.label());
            node.put("before", c.before());
            node.put("after", c.after());
            if (!c.wording().isEmpty()) {
                node.put("wording", c.wording());
            }
        }
        return root;
    }

    /** The behavioural diff as text. */
    public String text(BehaviouralDiff.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(r.guideline()).append(": ").append(count(r.decided(), "request", "requests")).append(" decided as of ")
                .append(r.from()).append(" and as of ").append(r.to()).append("; ").append(r.changed().size())
                .append(r.changed().size() == 1 ? " changes outcome\n" : " change outcome\n");
        for (BehaviouralDiff.OutcomeChange c : r.changed()) {
            out.append("  ").append(c.request()).append(": ").append(c.before()).append(" -> ").append(c.after()).append('\n');
            for (String clause : c.onlyBefore()) {
                out.append("      - ").append(clause).append('\n');
            }
            for (String clause : c.onlyAfter()) {
                out.append("      + ").append(clause).append('\n');
            }
        }
        for (BehaviouralDiff.Skipped s : r.skipped()) {
            out.append("  skipped ").append(s.request()).append(": ")
                    .append(String.join("; ", s.errors().stream().map(e -> e.format()).toList())).append('\n');
        }
        if (r.otherGuidelines() > 0) {
            out.append("left out: ").append(count(r.otherGuidelines(), "request", "requests"))
                    .append(" naming another guideline\n");
        }
        return out.toString();
    }

    // "1 request", "2 requests"
    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The behavioural diff as JSON. */
    public String json(BehaviouralDiff.Result r) {
        return write(tree(r));
    }

    private static ObjectNode tree(BehaviouralDiff.Result r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("guideline", r.guideline());
        root.put("from", r.from().toString());
        root.put("to", r.to().toString());
        root.put("decided", r.decided());
        root.put("otherGuidelines", r.otherGuidelines());
        ArrayNode changed = root.putArray("changed");
        for (BehaviouralDiff.OutcomeChange c : r.changed()) {
            ObjectNode node = changed.addObject();
            node.put("request", c.request());
            node.put("before", c.before().name());
            node.put("after", c.after().name());
            strings(node.putArray("onlyBefore"), c.onlyBefore());
            strings(node.putArray("onlyAfter"), c.onlyAfter());
        }
        ArrayNode skipped = root.putArray("skipped");
        for (BehaviouralDiff.Skipped s : r.skipped()) {
            ObjectNode node = skipped.addObject();
            node.put("request", s.request());
            ArrayNode errors = node.putArray("errors");
            s.errors().forEach(e -> errors.addObject().put("field", e.field()).put("message", e.message()));
        }
        return root;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String revision(LocalDate date) {
        return date == null ? "none" : date.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built in memory always serializes", e);
        }
    }
}
