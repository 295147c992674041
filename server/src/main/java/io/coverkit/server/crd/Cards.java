package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The CDS Hooks cards: an Instructions card per decision (its explanation) and an External Reference
 * card linking to the rendered guideline's clause anchors, plus plain information cards for what
 * could not be decided. Card ids are derived from the hook instance, so a response is reproducible.
 */
final class Cards {

    /** The most clause links one External Reference card carries. */
    static final int MAX_LINKS = 8;

    private final ObjectMapper json;
    private final String baseUrl;
    private final String hookInstance;
    private int count;

    Cards(ObjectMapper json, String baseUrl, String hookInstance) {
        this.json = json;
        this.baseUrl = baseUrl;
        this.hookInstance = hookInstance;
    }

    /** An Instructions card explaining a decision in words. */
    ObjectNode instructions(String title, String summary, String indicator, String detail) {
        ObjectNode card = card(summary, indicator, "coverkit: " + title, "guideline", "Guideline");
        card.put("detail", detail);
        return card;
    }

    /**
     * An External Reference card linking to the guideline and to the clauses a determination cites
     * that have an anchor on its page ({@code pageAnchors}).
     */
    ObjectNode externalReference(String title, Determination d, java.util.Set<String> pageAnchors) {
        ObjectNode card = card(shorten(title + ": guideline text and cited clauses"), "info", "coverkit: " + title, "guideline", "Guideline");
        card.put("detail", "The guideline as in force on " + (d.revision() == null ? d.dateOfService() : d.revision())
                + ", with the clauses this decision cites.");
        ArrayNode links = card.putArray("links");
        String page = baseUrl + "/guidelines/" + d.guideline() + ".html"
                + (d.revision() == null ? "" : "?asOf=" + d.revision());
        link(links, shorten(title), page);
        Set<String> anchors = new LinkedHashSet<>();
        for (Finding f : d.findings()) {
            String anchor = anchor(d.guideline(), f.clause());
            if (anchor != null && pageAnchors.contains(anchor) && anchors.size() < MAX_LINKS && anchors.add(anchor)) {
                link(links, shorten(label(f)), page + "#" + anchor);
            }
        }
        return card;
    }

    /** A plain information card, such as a note on what the request left out. */
    ObjectNode info(String summary, String indicator, String detail) {
        ObjectNode card = card(shorten(summary), indicator, "coverkit", "coverage-info", "Coverage Information");
        card.put("detail", detail);
        return card;
    }

    /** The page anchor of a clause: its id inside the guideline ({@code indication/implanted-fiducial-markers}). */
    static String anchor(String guidelineId, String clause) {
        if (clause == null || clause.isEmpty()) {
            return null;
        }
        String prefix = guidelineId + "/";
        return clause.startsWith(prefix) ? clause.substring(prefix.length()) : clause;
    }

    private static String label(Finding f) {
        String text = (f.text().isEmpty() ? f.ref() : f.text()).replace("**", "");
        return f.section().isEmpty() ? text : f.section() + ": " + text;
    }

    private void link(ArrayNode links, String label, String url) {
        ObjectNode l = links.addObject();
        l.put("label", label);
        l.put("url", url);
        l.put("type", "absolute");
    }

    private ObjectNode card(String summary, String indicator, String label, String topic, String topicDisplay) {
        ObjectNode card = json.createObjectNode();
        String seed = hookInstance + "#card-" + (count++);
        card.put("uuid", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
        card.put("summary", shorten(summary));
        card.put("indicator", indicator);
        ObjectNode source = card.putObject("source");
        source.put("label", label);
        ObjectNode t = source.putObject("topic");
        t.put("system", CoverageInformation.CRD_TEMP);
        t.put("code", topic);
        t.put("display", topicDisplay);
        return card;
    }

    /** CDS Hooks: a summary is under 140 characters. */
    static String shorten(String text) {
        return text.length() < 140 ? text : text.substring(0, 136) + "...";
    }
}
