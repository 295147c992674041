package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every other guideline answers an order for one of its codes or drugs, within the invariants. */
class CrdGuidelinesTest {

    private static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    private static JsonNode sign(ObjectNode order, String planValue) {
        ObjectNode request = Requests.igrt();
        ((ObjectNode) Requests.entries(request).get(0)).set("resource", order);
        ((ObjectNode) Requests.coverage(request).get("class").get(0)).put("value", planValue);
        return Requests.call("coverkit-order-sign", request);
    }

    private static ObjectNode device(String code) {
        ObjectNode d = Crd.JSON.createObjectNode();
        d.put("resourceType", "DeviceRequest");
        d.put("id", "dr-1");
        d.put("status", "draft");
        d.put("intent", "order");
        d.putObject("codeCodeableConcept").putArray("coding").addObject().put("system", HCPCS).put("code", code);
        d.putObject("subject").put("reference", "Patient/pat-1");
        d.put("occurrenceDateTime", "2026-06-01");
        return d;
    }

    private static ObjectNode service(String system, String code) {
        ObjectNode s = Crd.JSON.createObjectNode();
        s.put("resourceType", "ServiceRequest");
        s.put("id", "sr-9");
        s.put("status", "draft");
        s.put("intent", "order");
        s.putObject("code").putArray("coding").addObject().put("system", system).put("code", code);
        s.putObject("subject").put("reference", "Patient/pat-1");
        s.put("occurrenceDateTime", "2026-06-01");
        return s;
    }

    private static ObjectNode medication(String text) {
        ObjectNode m = Crd.JSON.createObjectNode();
        m.put("resourceType", "MedicationRequest");
        m.put("id", "mr-1");
        m.put("status", "draft");
        m.put("intent", "order");
        m.putObject("medicationCodeableConcept").put("text", text);
        m.putObject("subject").put("reference", "Patient/pat-1");
        m.put("authoredOn", "2026-05-20");
        return m;
    }

    private static List<String> titles(JsonNode response) {
        List<String> out = new ArrayList<>();
        response.get("cards").forEach(c -> out.add(c.get("source").get("label").asText()));
        return out;
    }

    @Test
    void theLungScreeningNcdAnswersItsCptCode() {
        JsonNode r = sign(service("http://www.ama-assn.org/go/cpt", "71271"), "GOLD");
        assertEquals(1, CrdInvariants.check(r, true).size());
        assertTrue(titles(r).stream().anyMatch(t -> t.contains("Lung Cancer")), titles(r).toString());
    }

    @Test
    void papDevicesAreDecidedByEveryGuidelineListingE0601() {
        JsonNode r = sign(device("E0601"), "GOLD");
        var ext = CrdInvariants.check(r, true);
        assertEquals(1, ext.size());
        // E0601 is in the PAP LCD and the CPAP NCD: one extension, both guidelines' cards
        long guidelines = titles(r).stream().filter(t -> t.startsWith("coverkit: ")).distinct().count();
        assertTrue(guidelines >= 2, titles(r).toString());
        assertEquals("E0601", ext.get(0).get("billingCode").get(0).get("code").asText());
        assertEquals(HCPCS, ext.get(0).get("billingCode").get(0).get("system").asText());
    }

    @Test
    void homeOxygenAnswersItsHcpcsCode() {
        JsonNode r = sign(device("E0424"), "GOLD");
        assertEquals(1, CrdInvariants.check(r, true).size());
        assertTrue(titles(r).stream().anyMatch(t -> t.toLowerCase().contains("oxygen")), titles(r).toString());
    }

    @Test
    void pharmacyGuidelinesAnswerMedicationRequestsForTheirDrugs() {
        for (String drug : List.of("Tymlos", "Fasenra", "Dupixent", "Enbrel")) {
            JsonNode r = sign(medication(drug), "Medicaid");
            var ext = CrdInvariants.check(r, true);
            assertEquals(1, ext.size(), drug + ": " + r);
            assertFalse(titles(r).isEmpty(), drug);
        }
    }

    @Test
    void billingOptionsExtensionCodesSelectTheGuideline() {
        ObjectNode order = service("http://snomed.info/sct", "1287742003");
        ObjectNode ext = ((ObjectNode) order.get("code")).putArray("extension").addObject();
        ext.put("url", "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-billing-options");
        ArrayNode subs = ext.putArray("extension");
        subs.addObject().put("url", "code").putObject("valueCoding").put("system", "http://www.ama-assn.org/go/cpt").put("code", "77387");
        JsonNode r = sign(order, "GOLD");
        var exts = CrdInvariants.check(r, true);
        assertEquals(1, exts.size());
        assertEquals("77387", exts.get(0).get("billingCode").get(0).get("code").asText());
    }
}
