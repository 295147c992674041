package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client's draft order echoed as it was sent, with the coverage-information extensions added
 * to its {@code extension} list (made when it has none, in FHIR's element order: after
 * {@code resourceType}, {@code id}, {@code meta}, {@code implicitRules}, {@code language},
 * {@code text} and {@code contained}). Every other element is the client's own JSON, untouched:
 * more faithful than HAPI's re-encoding, which drops elements its model does not know and rewrites
 * what it does, and cheaper (measured with JFR under 8 clients: encoding the HAPI copy and reading
 * it back was 24% of the server's CPU samples; this echo does not register among the top frames).
 * The request's tree is not changed: the echo is a new top-level object sharing the client's
 * unchanged elements.
 */
final class OrderEcho {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The elements a resource's {@code extension} comes after. */
    private static final Set<String> BEFORE_EXTENSION = Set.of("resourceType", "id", "meta", "implicitRules", "language", "text", "contained");

    private OrderEcho() {}

    /** The order with {@code extensions} appended to its own extensions. */
    static ObjectNode withExtensions(ObjectNode order, List<ObjectNode> extensions) {
        ObjectNode out = NODES.objectNode();
        boolean placed = false;
        Iterator<Map.Entry<String, JsonNode>> fields = order.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equals("extension")) {
                ArrayNode all = out.putArray("extension");
                if (f.getValue().isArray()) {
                    all.addAll((ArrayNode) f.getValue());
                }
                all.addAll(extensions);
                placed = true;
                continue;
            }
            if (!placed && !BEFORE_EXTENSION.contains(f.getKey()) && !order.has("extension")) {
                out.putArray("extension").addAll(extensions);
                placed = true;
            }
            out.set(f.getKey(), f.getValue());
        }
        if (!placed) {
            out.putArray("extension").addAll(extensions);
        }
        return out;
    }
}
