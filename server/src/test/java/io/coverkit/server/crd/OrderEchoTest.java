package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.server.Reply;
import io.coverkit.server.fhir.Fhir;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft order comes back as the client sent it, with only the coverage information added. */
class OrderEchoTest {

    private static ObjectNode tree(String json) throws Exception {
        return (ObjectNode) Fhir.jsonMapper().readTree(json);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theExtensionGoesAfterTheResourceHeaderAndEverythingElseIsUntouched() throws Exception {
        ObjectNode order = tree("{\"resourceType\":\"ServiceRequest\",\"id\":\"sr-1\",\"meta\":{\"versionId\":\"3\"},"
                + "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">x</div>\"},"
                + "\"status\":\"draft\",\"quantityQuantity\":{\"value\":1.50}}");
        String before = order.toString();
        ObjectNode ext = tree("{\"url\":\"u\"}");
        ObjectNode echoed = OrderEcho.withExtensions(order, List.of(ext));
        assertEquals(List.of("resourceType", "id", "meta", "text", "extension", "status", "quantityQuantity"), names(echoed));
        assertEquals(List.of(ext), List.of(echoed.get("extension").get(0)));
        assertEquals(1, echoed.get("extension").size());
        assertEquals(before, order.toString(), "the request's own tree is not changed");
        assertTrue(Fhir.jsonMapper().writeValueAsString(echoed).contains("\"value\":1.50"), "decimals keep their written scale");
    }

    @Test
    void theClientsOwnExtensionsComeFirst() throws Exception {
        ObjectNode order = tree("{\"resourceType\":\"ServiceRequest\",\"extension\":[{\"url\":\"theirs\"}],\"status\":\"draft\"}");
        ObjectNode echoed = OrderEcho.withExtensions(order, List.of(tree("{\"url\":\"a\"}"), tree("{\"url\":\"b\"}")));
        assertEquals(List.of("resourceType", "extension", "status"), names(echoed));
        assertEquals("[{\"url\":\"theirs\"},{\"url\":\"a\"},{\"url\":\"b\"}]", echoed.get("extension").toString());
    }

    @Test
    void aResourceWithOnlyHeaderElementsGetsTheExtensionLast() throws Exception {
        ObjectNode echoed = OrderEcho.withExtensions(tree("{\"resourceType\":\"ServiceRequest\",\"id\":\"x\"}"), List.of(tree("{\"url\":\"a\"}")));
        assertEquals(List.of("resourceType", "id", "extension"), names(echoed));
    }

    @Test
    void theServiceEchoesWhatHapisModelWouldHaveDroppedOrRewritten() throws Exception {
        ObjectNode request = Requests.igrt();
        ObjectNode order = Requests.order(request, 0);
        // an element of a later FHIR version (HAPI's R4 model has no place for it) and a decimal with trailing zero
        order.put("futureElement", "kept");
        order.putObject("quantityQuantity").put("value", new java.math.BigDecimal("2.50"));
        order.putArray("extension").addObject().put("url", "http://example.org/their-extension").put("valueString", "theirs");
        Reply reply = Crd.service().call("coverkit-order-sign", Crd.bytes(request));
        assertEquals(200, reply.status(), reply.text());
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"value\":2.50"), body);
        JsonNode echoed = Fhir.jsonMapper().readTree(reply.body()).get("systemActions").get(0).get("resource");
        assertEquals("kept", echoed.path("futureElement").asText(), echoed.toString());
        assertEquals("http://example.org/their-extension", echoed.get("extension").get(0).get("url").asText());
        assertEquals(CoverageInformation.URL, echoed.get("extension").get(1).get("url").asText());
        // every element of the order but the extension is the client's
        ObjectNode without = echoed.deepCopy();
        ObjectNode sentWithout = order.deepCopy();
        without.remove("extension");
        sentWithout.remove("extension");
        assertEquals(Fhir.jsonMapper().readTree(sentWithout.toString()), without);
    }
}
