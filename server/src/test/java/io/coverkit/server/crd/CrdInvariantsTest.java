package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The response checks every CRD test applies can fail: a broken extension is caught. */
class CrdInvariantsTest {

    private static ArrayNode subExtensions(JsonNode response) {
        return (ArrayNode) response.get("systemActions").get(0).get("resource").get("extension").get(0).get("extension");
    }

    @Test
    void aQuestionnaireWithoutDocNeededIsCaughtByTheChecks() {
        JsonNode response = Requests.call("coverkit-order-sign", Requests.igrt());
        CrdInvariants.check(response, true);
        ArrayNode subs = subExtensions(response);
        for (int i = subs.size() - 1; i >= 0; i--) {
            String url = subs.get(i).get("url").asText();
            if (url.equals("doc-needed") || url.equals("doc-purpose")) {
                subs.remove(i);
            }
        }
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> CrdInvariants.check(response, true));
        assertTrue(e.getMessage().contains("q1"), e.getMessage());
    }

    @Test
    void theProfileCheckerRunsOnEveryUpdatedOrder() {
        JsonNode response = Requests.call("coverkit-order-sign", Requests.igrt());
        ObjectNode covered = (ObjectNode) subExtensions(response).get(1);
        covered.put("valueCode", "maybe");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> CrdInvariants.check(response, true));
        assertTrue(e.getMessage().contains("profile errors"), e.getMessage());
    }
}
