package io.coverkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.eval.Evaluator;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The semantic and behavioural diffs written for people (text) and tools (JSON). */
class DiffReportTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate FROM = LocalDate.of(2025, 5, 15);
    static final LocalDate TO = LocalDate.of(2026, 1, 1);

    static Guideline igrt;
    static RevisionDiff coding2026;

    @BeforeAll
    static void read() {
        igrt = Policies.igrt();
        coding2026 = new GuidelineDiff().between(igrt, FROM, TO);
    }

    @Test
    void textListsTheRemovedCodesAndSaysThePositionStatementIsUnchanged() {
        String text = new DiffReport().text(coding2026);
        List<String> lines = text.lines().toList();

        assertEquals("04-77260-19: revision 2025-05-15 (in force on 2025-05-15) -> revision 2026-01-01 (in force on 2026-01-01)",
                lines.get(0));
        assertTrue(lines.contains("- CPT 77014"), text);
        assertTrue(lines.contains("position statement: unchanged"), text);
        assertEquals(List.of("- CPT 77014", "- HCPCS G6001", "- HCPCS G6002", "- HCPCS G6017"),
                lines.stream().filter(l -> l.matches("^[-+~] .*")).toList(), text);
        assertTrue(lines.contains("  update 01/01/26: Annual CPT/HCPCS coding update. Deleted code 77014, G6001, G6002 and G6017."),
                text);
        assertFalse(text.contains("no changes"), text);
    }

    @Test
    void textSaysSoWhenNothingChanged() {
        String text = new DiffReport().text(new GuidelineDiff().between(igrt, FROM, TO.minusDays(1)));

        assertTrue(text.lines().anyMatch(l -> l.equals("no changes")), text);
        assertTrue(text.lines().anyMatch(l -> l.equals("position statement: unchanged")), text);
    }

    @Test
    void textSaysWhenThePositionStatementIsNotKnown() {
        String text = new DiffReport().text(new GuidelineDiff().between(igrt, LocalDate.of(2010, 2, 15), LocalDate.of(2026, 5, 15)));

        assertTrue(text.lines().anyMatch(l -> l.startsWith("position statement: not known")), text);
        assertTrue(text.lines().anyMatch(l -> l.equals("+ CPT 77387: Guidance for localization of target volume for delivery of "
                + "radiation treatment, includes intrafraction tracking, when performed")), text);
    }

    @Test
    void textWithoutARevisionOnTheFirstDateSaysNone() {
        String text = new DiffReport().text(new GuidelineDiff().between(igrt, LocalDate.of(2009, 1, 1), LocalDate.of(2010, 2, 15)));

        assertTrue(text.startsWith("04-77260-19: revision none (in force on 2009-01-01) -> revision 2010-02-15"), text);
    }

    @Test
    void jsonParsesAndCarriesEveryChangeWithKindAreaAndKey() throws Exception {
        JsonNode root = JSON.readTree(new DiffReport().json(coding2026));

        assertEquals("04-77260-19", root.get("guideline").asText());
        assertEquals("2025-05-15", root.get("from").asText());
        assertEquals("2025-05-15", root.get("fromRevision").asText());
        assertEquals("2026-01-01", root.get("to").asText());
        assertEquals("2026-01-01", root.get("toRevision").asText());
        assertEquals("UNCHANGED", root.get("positionStatement").asText());
        assertEquals(1, root.get("history").size());
        assertEquals("2026-01-01", root.get("history").get(0).get("date").asText());
        JsonNode changes = root.get("changes");
        assertEquals(4, changes.size(), changes::toString);
        List<String> keys = new ArrayList<>();
        for (JsonNode c : changes) {
            assertEquals("REMOVED", c.get("kind").asText());
            assertEquals("CODE", c.get("area").asText());
            assertTrue(c.get("after").isNull(), c::toString);
            assertFalse(c.has("wording"), "a removal has no wording: " + c);
            keys.add(c.get("key").asText());
        }
        assertEquals(List.of("code/CPT/77014", "code/HCPCS/G6001", "code/HCPCS/G6002", "code/HCPCS/G6017"), keys);
        assertEquals("CPT 77014", changes.get(0).get("label").asText());
    }

    @Test
    void jsonOfAnUnknownRevisionWritesNullAndUnknown() throws Exception {
        JsonNode root = JSON.readTree(new DiffReport().json(
                new GuidelineDiff().between(igrt, LocalDate.of(2009, 1, 1), LocalDate.of(2026, 5, 15))));

        assertTrue(root.get("fromRevision").isNull(), root::toString);
        assertEquals("UNKNOWN", root.get("positionStatement").asText());
        assertEquals(igrt.revisions().size(), root.get("history").size());
    }

    @Test
    void jsonCarriesTheWordingOfAChangedText() throws Exception {
        LocalDate on = LocalDate.of(2020, 6, 1);
        List<Change> changes = GuidelineDiff.compare(Snapshot.of(Policies.fixture("reworded-before.groovy"), on),
                Snapshot.of(Policies.fixture("reworded-after.groovy"), on));
        RevisionDiff d = new RevisionDiff("01-00000-00", on, on, on, on, changes, List.of(),
                RevisionDiff.PositionStatementStatus.CHANGED);

        JsonNode change = JSON.readTree(new DiffReport().json(d)).get("changes").get(0);

        assertEquals("CHANGED", change.get("kind").asText());
        assertEquals("INDICATION", change.get("area").asText());
        assertEquals("Target volume is [-near-] {+located within+} critical structures", change.get("wording").asText());
    }

    @Test
    void behaviouralTextAndJsonListChangesAndCountRequestsOfOtherGuidelinesOnce() throws Exception {
        Evaluator evaluator = new GuidelineCompiler().compile(igrt);
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("77014", RequestBuilder.requestFor(igrt).cpt("77014").on("2025-12-15")
                .indication("implanted-fiducial-markers").allDocumentsDated("2025-10-01").build());
        requests.put("other-guideline", RequestBuilder.request().guideline("99-99999-99").cpt("77387").build());
        requests.put("another-guideline", RequestBuilder.request().guideline("88-88888-88").cpt("77387").build());
        requests.put("unknown-indication", RequestBuilder.requestFor(igrt).cpt("77387").indication("telepathy").build());
        BehaviouralDiff.Result result = new BehaviouralDiff().run(evaluator, requests, FROM, TO);

        String text = new DiffReport().text(result);
        JsonNode json = JSON.readTree(new DiffReport().json(result));

        List<String> lines = text.lines().toList();
        assertEquals("04-77260-19: 1 request decided as of 2025-05-15 and as of 2026-01-01; 1 changes outcome", lines.get(0));
        assertTrue(lines.contains("  77014: MEETS_MEDICAL_NECESSITY -> NOT_APPLICABLE"), text);
        assertTrue(lines.contains("      - 04-77260-19/code/cpt-77014"), text);
        assertTrue(lines.contains("      + 04-77260-19/codes"), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  skipped unknown-indication: indications[")), text);
        assertTrue(lines.stream().noneMatch(l -> l.contains("other-guideline") || l.contains("another-guideline")), text);
        assertEquals("left out: 2 requests naming another guideline", lines.get(lines.size() - 1));
        assertEquals(2, json.get("otherGuidelines").asInt());
        assertEquals(1, json.get("decided").asInt());
        assertEquals("77014", json.get("changed").get(0).get("request").asText());
        assertEquals("MEETS_MEDICAL_NECESSITY", json.get("changed").get(0).get("before").asText());
        assertEquals("NOT_APPLICABLE", json.get("changed").get(0).get("after").asText());
        assertTrue(json.get("changed").get(0).get("onlyBefore").toString().contains("\"04-77260-19/code/cpt-77014\""), json::toString);
        assertEquals(1, json.get("skipped").size());
        assertEquals("unknown-indication", json.get("skipped").get(0).get("request").asText());
        assertEquals("indications[0]", json.get("skipped").get(0).get("errors").get(0).get("field").asText());
    }
}
