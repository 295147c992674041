package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.server.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CRD service through its CdsServices interface: discovery, IGRT at order signing, and bad requests. */
class CrdServiceTest {

    private static List<Map<String, List<JsonNode>>> sign(ObjectNode request) {
        Reply reply = Crd.service().call("coverkit-order-sign", Crd.bytes(request));
        assertEquals(200, reply.status(), reply.text());
        return CrdInvariants.check(Crd.json(reply), true);
    }

    @Test
    void discoveryListsOneServicePerHookWithPrefetchAndOptions() {
        Reply reply = Crd.service().discovery();
        assertEquals(200, reply.status());
        JsonNode services = Crd.json(reply).get("services");
        List<String> hooks = new ArrayList<>();
        for (JsonNode s : services) {
            hooks.add(s.get("hook").asText());
            assertEquals("coverkit-" + s.get("hook").asText(), s.get("id").asText());
            assertFalse(s.get("description").asText().isBlank());
            JsonNode prefetch = s.get("prefetch");
            assertEquals("Patient/{{context.patientId}}", prefetch.get("patient").asText());
            assertTrue(prefetch.get("coverage").asText().startsWith("Coverage?patient={{context.patientId}}"));
            JsonNode options = s.get("extension").get("davinci-crd.configuration-options");
            List<String> codes = new ArrayList<>();
            options.forEach(o -> {
                codes.add(o.get("code").asText());
                assertEquals("boolean", o.get("type").asText());
                assertTrue(o.get("default").isBoolean());
            });
            assertEquals(List.of("coverage-info", "guideline"), codes);
        }
        assertEquals(List.of("order-sign", "order-select", "order-dispatch", "appointment-book", "encounter-start"), hooks);
        JsonNode sign = services.get(0).get("prefetch");
        for (String key : List.of("conditions", "observations", "documents", "procedures", "medicationRequests", "medicationStatements",
                "questionnaireResponses")) {
            assertTrue(sign.has(key), key);
        }
    }

    @Test
    void igrtWithoutStatedIndicationsIsConditionalWithTheQuestionnaireNeverNotCovered() {
        var exts = sign(Requests.igrt());
        assertEquals(1, exts.size());
        var e = exts.get(0);
        assertEquals("conditional", CrdInvariants.code(e, "covered"));
        assertEquals("clinical", CrdInvariants.code(e, "doc-needed"));
        assertEquals("http://127.0.0.1:8080/fhir/Questionnaire/04-77260-19|2026-05-15", CrdInvariants.code(e, "questionnaire"));
        assertEquals("77387", e.get("billingCode").get(0).get("code").asText());
        assertEquals("Coverage/cov-1", e.get("coverage").get(0).get("reference").asText());
    }

    @Test
    void igrtMissingDocumentNamesItInTheReason() {
        var e = sign(Requests.example("igrt-missing-document")).get(0);
        assertEquals("conditional", CrdInvariants.code(e, "covered"));
        assertTrue(e.get("reason").get(0).get("text").asText().contains("18776-5"), e.get("reason").toString());
    }

    @Test
    void fepAndSaoDeferToTheirProgramWithoutThisGuidelinesRequirements() {
        for (String plan : List.of("FEP", "sao", "State Account Organization")) {
            ObjectNode request = Requests.igrt();
            ObjectNode cls = (ObjectNode) Requests.coverage(request).get("class").get(0);
            cls.put("value", plan);
            cls.put("name", plan);
            var e = sign(request).get(0);
            assertEquals("conditional", CrdInvariants.code(e, "covered"), plan);
            assertNull(e.get("doc-needed"), plan);
            assertNull(e.get("questionnaire"), plan);
            assertTrue(e.get("reason").get(0).get("text").asText().contains("own rules"), plan);
        }
    }

    @Test
    void medicareAdvantageIsDecidedByTheGuidelineLikeCommercial() {
        var e = sign(Requests.example("igrt-medicare-advantage")).get(0);
        assertEquals("clinical", CrdInvariants.code(e, "doc-needed"));
        // by name instead of value
        ObjectNode request = Requests.igrt();
        ObjectNode cls = (ObjectNode) Requests.coverage(request).get("class").get(0);
        cls.put("value", "PLAN-77");
        cls.put("name", "Medicare Advantage");
        assertEquals("clinical", CrdInvariants.code(sign(request).get(0), "doc-needed"));
    }

    @Test
    void aDeletedCodeOrADateBeforeTheCodesRevisionIsNotAssertedCovered() {
        var deleted = sign(Requests.example("igrt-deleted-code-77014")).get(0);
        assertEquals("conditional", CrdInvariants.code(deleted, "covered"));
        assertTrue(deleted.get("reason").get(0).get("text").asText().contains("does not apply"));
        // 77014 before its deletion is in the code list: decided by the guideline
        ObjectNode before = Requests.example("igrt-deleted-code-77014");
        Requests.order(before, 0).put("occurrenceDateTime", "2025-06-01");
        assertEquals("clinical", CrdInvariants.code(sign(before).get(0), "doc-needed"));
        // 77387 before it was added (2015-01-01)
        ObjectNode early = Requests.igrt();
        Requests.order(early, 0).put("occurrenceDateTime", "2014-06-01");
        var e = sign(early).get(0);
        assertFalse("covered".equals(CrdInvariants.code(e, "covered")));
        assertNull(e.get("doc-needed"));
    }

    @Test
    void aCodeInNoGuidelineGetsNoSystemActionAndAnInformationCard() {
        ObjectNode request = Requests.igrt();
        ((ObjectNode) Requests.order(request, 0).get("code").get("coding").get(0)).put("code", "99213");
        JsonNode response = Requests.call("coverkit-order-sign", request);
        assertEquals(0, response.get("systemActions").size());
        assertTrue(response.get("cards").get(0).get("summary").asText().contains("99213"));
    }

    @Test
    void theOrderIsEchoedUnchangedButForTheExtension() throws Exception {
        ObjectNode request = Requests.igrt();
        JsonNode sent = Requests.order(request, 0).deepCopy();
        JsonNode response = Requests.call("coverkit-order-sign", request);
        ObjectNode echoed = (ObjectNode) response.get("systemActions").get(0).get("resource").deepCopy();
        assertEquals(1, echoed.get("extension").size());
        echoed.remove("extension");
        assertEquals(sent, echoed);
    }

    @Test
    void theRevisionSelectedByTheOccurrenceNamesTheQuestionnaire() {
        ObjectNode request = Requests.igrt();
        Requests.order(request, 0).put("occurrenceDateTime", "2026-02-01");
        assertEquals("http://127.0.0.1:8080/fhir/Questionnaire/04-77260-19|2026-01-01", CrdInvariants.code(sign(request).get(0), "questionnaire"));
        // no occurrence: authoredOn; neither: today by the clock (2026-05-20, revision 2026-05-15)
        Requests.order(request, 0).remove("occurrenceDateTime");
        Requests.order(request, 0).put("authoredOn", "2025-06-01");
        assertEquals("http://127.0.0.1:8080/fhir/Questionnaire/04-77260-19|2025-05-15", CrdInvariants.code(sign(request).get(0), "questionnaire"));
        Requests.order(request, 0).remove("authoredOn");
        assertEquals("http://127.0.0.1:8080/fhir/Questionnaire/04-77260-19|2026-05-15", CrdInvariants.code(sign(request).get(0), "questionnaire"));
    }

    // --- bad requests: 400 naming the field, never a trace ---

    private static JsonNode bad(String service, byte[] body, int status) {
        Reply reply = Crd.service().call(service, body);
        assertEquals(status, reply.status(), reply.text());
        assertFalse(reply.text().contains("Exception") || reply.text().contains("\tat ") || reply.text().contains("io.coverkit"), reply.text());
        return Crd.json(reply);
    }

    private static JsonNode bad(ObjectNode request) {
        return bad("coverkit-order-sign", Crd.bytes(request), 400);
    }

    @Test
    void malformedRequestsAre400NamingTheField() {
        assertEquals("", bad("coverkit-order-sign", "{not json".getBytes(StandardCharsets.UTF_8), 400).get("field").asText());
        ObjectNode r = Requests.igrt();
        r.remove("hookInstance");
        assertEquals("hookInstance", bad(r).get("field").asText());
        r = Requests.igrt();
        r.put("hook", "order-select");
        assertEquals("hook", bad(r).get("field").asText());
        r = Requests.igrt();
        ((ObjectNode) r.get("context")).remove("patientId");
        assertEquals("context.patientId", bad(r).get("field").asText());
        r = Requests.igrt();
        ((ObjectNode) r.get("context")).remove("draftOrders");
        assertEquals("context.draftOrders", bad(r).get("field").asText());
        r = Requests.igrt();
        Requests.entries(r).add(Requests.entries(r).get(0).deepCopy());
        Requests.entries(r).add(Requests.entries(r).get(0).deepCopy());
        Requests.order(r, 2).remove("code");
        assertEquals("context.draftOrders.entry[2].resource.code", bad(r).get("field").asText());
        r = Requests.igrt();
        ((ObjectNode) Requests.prefetch(r).get("patient")).put("birthDate", "the fourth of May");
        JsonNode err = bad(r);
        assertEquals("prefetch.patient", err.get("field").asText());
        assertTrue(err.get("error").asText().contains("Patient"), err.toString());
        r = Requests.igrt();
        Requests.order(r, 0).remove("resourceType");
        assertEquals("context.draftOrders.entry[0].resource.resourceType", bad(r).get("field").asText());
    }

    @Test
    void anUnknownServiceIs404() {
        JsonNode body = bad("coverkit-order-sing", Crd.bytes(Requests.igrt()), 404);
        assertTrue(body.get("error").asText().contains("coverkit-order-sing"));
    }
}
