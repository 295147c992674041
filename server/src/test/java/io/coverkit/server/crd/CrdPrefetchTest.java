package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prefetch read by resource type whatever its keys; null is queried-none, absent is unknown; missing member data is an answer. */
class CrdPrefetchTest {

    private static Map<String, List<JsonNode>> only(ObjectNode request) {
        List<Map<String, List<JsonNode>>> exts = CrdInvariants.check(Requests.call("coverkit-order-sign", request), true);
        assertEquals(1, exts.size());
        return exts.get(0);
    }

    @Test
    void keysNamedDifferentlyAnswerTheSame() {
        ObjectNode standard = Requests.igrt();
        ObjectNode renamed = Requests.igrt();
        ObjectNode prefetch = Requests.prefetch(renamed);
        ObjectNode other = renamed.putObject("prefetch");
        Iterator<Map.Entry<String, JsonNode>> fields = prefetch.fields();
        int i = 0;
        while (fields.hasNext()) {
            var f = fields.next();
            other.set("item" + (i++), f.getValue());
        }
        JsonNode a = Requests.call("coverkit-order-sign", standard).get("systemActions");
        JsonNode b = Requests.call("coverkit-order-sign", renamed).get("systemActions");
        assertEquals(a, b);
    }

    @Test
    void noPatientIsNotCoveredNoMemberFound() {
        for (boolean asNull : new boolean[] {true, false}) {
            ObjectNode request = Requests.igrt();
            if (asNull) {
                Requests.prefetch(request).putNull("patient");
            } else {
                Requests.prefetch(request).remove("patient");
            }
            var e = only(request);
            assertEquals("not-covered", CrdInvariants.code(e, "covered"));
            assertNull(e.get("pa-needed"));
            assertEquals("no-member-found", e.get("reason").get(0).get("coding").get(0).get("code").asText());
        }
    }

    @Test
    void noCoverageIsCoverageNotFoundAndAnInactiveOneIsNoActiveCoverage() {
        ObjectNode request = Requests.igrt();
        Requests.prefetch(request).putNull("coverage");
        var e = only(request);
        assertEquals("not-covered", CrdInvariants.code(e, "covered"));
        assertEquals("coverage-not-found", e.get("reason").get(0).get("coding").get(0).get("code").asText());
        assertEquals("Coverage", e.get("coverage").get(0).get("type").asText());

        request = Requests.igrt();
        Requests.coverage(request).put("status", "cancelled");
        e = only(request);
        assertEquals("no-active-coverage", e.get("reason").get(0).get("coding").get(0).get("code").asText());
        assertEquals("Coverage/cov-1", e.get("coverage").get(0).get("reference").asText());

        request = Requests.igrt();
        Requests.coverage(request).putObject("period").put("end", "2026-05-31");
        e = only(request);
        assertEquals("no-active-coverage", e.get("reason").get(0).get("coding").get(0).get("code").asText(), "ends before the date of service");
    }

    @Test
    void aCoverageOfAnotherPatientIsNotTheirs() {
        ObjectNode request = Requests.igrt();
        ((ObjectNode) Requests.coverage(request).get("beneficiary")).put("reference", "Patient/someone-else");
        assertEquals("coverage-not-found", only(request).get("reason").get(0).get("coding").get(0).get("code").asText());
    }

    @Test
    void documentsQueriedAsNullOrAbsentAreBothMissingAtOrderTimeNeverNotCovered() {
        for (boolean asNull : new boolean[] {true, false}) {
            ObjectNode request = Requests.igrt();
            if (asNull) {
                Requests.prefetch(request).putNull("documents");
            } else {
                Requests.prefetch(request).remove("documents");
            }
            var e = only(request);
            assertEquals("conditional", CrdInvariants.code(e, "covered"));
            assertEquals("clinical", CrdInvariants.code(e, "doc-needed"));
            assertTrue(e.get("reason").get(0).get("text").asText().contains("28626-0"));
        }
    }

    @Test
    void anEntryOfAnotherTypeUnderAnyKeyIsReadByItsType() {
        ObjectNode request = Requests.igrt();
        JsonNode docs = Requests.prefetch(request).remove("documents");
        Requests.prefetch(request).set("whatever", docs);
        var e = only(request);
        assertTrue(!e.get("reason").get(0).get("text").asText().contains("also needed"), "all three documents read");
    }
}
