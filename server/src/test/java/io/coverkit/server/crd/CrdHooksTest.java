package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.server.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hooks other than order-sign, and the CRD configuration options. */
class CrdHooksTest {

    private static JsonNode call(String hook, ObjectNode request, int status) {
        request.put("hook", hook);
        Reply reply = Crd.service().call("coverkit-" + hook, Crd.bytes(request));
        assertEquals(status, reply.status(), reply.text());
        return Crd.json(reply);
    }

    private static ObjectNode twoOrders() {
        ObjectNode request = Requests.igrt();
        ObjectNode second = Requests.entries(request).get(0).deepCopy();
        ((ObjectNode) second.get("resource")).put("id", "sr-2");
        Requests.entries(request).add(second);
        return request;
    }

    @Test
    void orderSelectAnswersOnlyTheSelectionsAndNeverAsksForDocumentation() {
        ObjectNode request = twoOrders();
        ((ObjectNode) request.get("context")).putArray("selections").add("ServiceRequest/sr-2");
        JsonNode response = call("order-select", request, 200);
        assertEquals(1, response.get("systemActions").size());
        assertEquals("sr-2", response.get("systemActions").get(0).get("resource").get("id").asText());
        var e = CrdInvariants.check(response, false).get(0);
        assertEquals("conditional", CrdInvariants.code(e, "covered"));
        assertNull(e.get("doc-needed"));
        assertNull(e.get("questionnaire"));
    }

    @Test
    void orderSelectWithASelectionNamingNoDraftOrderIs400() {
        ObjectNode request = Requests.igrt();
        ((ObjectNode) request.get("context")).putArray("selections").add("ServiceRequest/nope");
        assertEquals("context.selections[0]", call("order-select", request, 400).get("field").asText());
        request.remove("context");
        ((ObjectNode) request.putObject("context")).put("patientId", "pat-1");
        assertEquals("context.selections", call("order-select", request, 400).get("field").asText());
    }

    @Test
    void twoOrdersUnderOneCoverageShareTheAssertionId() {
        var exts = CrdInvariants.check(Requests.call("coverkit-order-sign", twoOrders()), true);
        assertEquals(2, exts.size());
        assertEquals(CrdInvariants.code(exts.get(0), "coverage-assertion-id"), CrdInvariants.code(exts.get(1), "coverage-assertion-id"));
    }

    @Test
    void anotherHookInstanceGivesAnotherAssertionIdAndTheSameInstanceTheSame() {
        ObjectNode a = Requests.igrt();
        ObjectNode b = Requests.igrt();
        b.put("hookInstance", "another-instance");
        String idA = CrdInvariants.code(CrdInvariants.check(Requests.call("coverkit-order-sign", a), true).get(0), "coverage-assertion-id");
        String idA2 = CrdInvariants.code(CrdInvariants.check(Requests.call("coverkit-order-sign", a), true).get(0), "coverage-assertion-id");
        String idB = CrdInvariants.code(CrdInvariants.check(Requests.call("coverkit-order-sign", b), true).get(0), "coverage-assertion-id");
        assertEquals(idA, idA2);
        assertTrue(!idA.equals(idB));
    }

    @Test
    void appointmentBookPutsTheUpdateOnTheServiceRequestItIsBasedOn() {
        ObjectNode request = Requests.igrt();
        ObjectNode order = Requests.order(request, 0).deepCopy();
        ObjectNode context = (ObjectNode) request.get("context");
        context.remove("draftOrders");
        ObjectNode bundle = context.putObject("appointments");
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ObjectNode appt = bundle.putArray("entry").addObject().putObject("resource");
        appt.put("resourceType", "Appointment");
        appt.put("id", "appt-1");
        appt.put("status", "proposed");
        appt.put("start", "2026-02-03T09:00:00Z");
        appt.put("end", "2026-02-03T10:00:00Z");
        appt.putArray("basedOn").addObject().put("reference", "ServiceRequest/sr-1");
        appt.putArray("participant").addObject().put("status", "needs-action").putObject("actor").put("reference", "Patient/pat-1");
        ArrayNode srs = Requests.prefetch(request).putObject("appointmentServiceRequests").put("resourceType", "Bundle").put("type", "searchset")
                .putArray("entry");
        srs.addObject().set("resource", order);
        JsonNode response = call("appointment-book", request, 200);
        JsonNode updated = response.get("systemActions").get(0).get("resource");
        assertEquals("ServiceRequest", updated.get("resourceType").asText());
        var e = CrdInvariants.check(response, true).get(0);
        // the appointment's day (2026-02-03) chose the revision, not the order's occurrence
        assertEquals("http://127.0.0.1:8080/fhir/Questionnaire/04-77260-19|2026-01-01", CrdInvariants.code(e, "questionnaire"));
    }

    @Test
    void orderDispatchReadsTheDispatchedOrderFromThePrefetch() {
        ObjectNode request = Requests.igrt();
        ObjectNode order = Requests.order(request, 0).deepCopy();
        ObjectNode context = (ObjectNode) request.get("context");
        context.remove("draftOrders");
        context.putArray("dispatchedOrders").add("ServiceRequest/sr-1").add("ServiceRequest/not-prefetched");
        context.put("performer", "Organization/org-1");
        Requests.prefetch(request).set("dispatched", order);
        JsonNode response = call("order-dispatch", request, 200);
        assertEquals(1, response.get("systemActions").size());
        CrdInvariants.check(response, true);
        boolean noted = false;
        for (JsonNode card : response.get("cards")) {
            noted |= card.path("detail").asText().contains("ServiceRequest/not-prefetched");
        }
        assertTrue(noted, "the order not in the prefetch is named in a note");
    }

    @Test
    void encounterStartSaysWhichCoverageIsFoundAndUpdatesNothing() {
        ObjectNode request = Requests.igrt();
        ObjectNode context = (ObjectNode) request.get("context");
        context.remove("draftOrders");
        context.put("encounterId", "enc-1");
        JsonNode response = call("encounter-start", request, 200);
        assertEquals(0, response.get("systemActions").size());
        assertTrue(response.get("cards").get(0).get("summary").asText().contains("Coverage/cov-1 (COMMERCIAL)"));
    }

    @Test
    void theCoverageInfoOptionTurnsSystemActionsOffAndGuidelineTurnsCardsOff() {
        ObjectNode request = Requests.igrt();
        request.putObject("extension").putObject("davinci-crd.configuration").put("coverage-info", false);
        JsonNode response = Requests.call("coverkit-order-sign", request);
        assertEquals(0, response.get("systemActions").size());
        assertEquals(2, response.get("cards").size());
        request = Requests.igrt();
        request.putObject("extension").putObject("davinci-crd.configuration").put("guideline", false);
        response = Requests.call("coverkit-order-sign", request);
        assertEquals(1, response.get("systemActions").size());
        assertEquals(0, response.get("cards").size());
    }

    @Test
    void unknownOrMistypedOptionsAreIgnoredAndSaid() {
        ObjectNode request = Requests.igrt();
        ObjectNode config = request.putObject("extension").putObject("davinci-crd.configuration");
        config.put("max-cards", 1);
        config.put("coverage-info", "yes");
        JsonNode response = Requests.call("coverkit-order-sign", request);
        assertEquals(1, response.get("systemActions").size(), "the default applies");
        JsonNode last = response.get("cards").get(response.get("cards").size() - 1);
        assertTrue(last.get("detail").asText().contains("unknown option `max-cards`"), last.toString());
        assertTrue(last.get("detail").asText().contains("`coverage-info` is not a boolean"), last.toString());
    }

    @Test
    void eachCoverageGetsItsOwnExtensionAndAssertionId() {
        ObjectNode request = Requests.igrt();
        ObjectNode second = Requests.coverage(request).deepCopy();
        second.put("id", "cov-2");
        ((ObjectNode) second.get("class").get(0)).put("value", "FEP");
        ((ArrayNode) Requests.prefetch(request).get("coverage").get("entry")).addObject().set("resource", second);
        List<Map<String, List<JsonNode>>> exts = CrdInvariants.check(Requests.call("coverkit-order-sign", request), true);
        assertEquals(2, exts.size());
        assertEquals("clinical", CrdInvariants.code(exts.get(0), "doc-needed"));
        assertNull(exts.get(1).get("doc-needed"), "the FEP coverage defers");
        assertTrue(!CrdInvariants.code(exts.get(0), "coverage-assertion-id").equals(CrdInvariants.code(exts.get(1), "coverage-assertion-id")));
    }
}
