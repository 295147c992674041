package io.coverkit.server.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Hook requests for tests: the stored examples, to be changed one field at a time. */
final class Requests {

    private Requests() {}

    /** A copy of examples/crd/NAME.request.json. */
    static ObjectNode example(String name) {
        try {
            return (ObjectNode) Crd.JSON.readTree(Path.of("examples", "crd", name + ".request.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commercial IGRT order-sign request with all three documents. */
    static ObjectNode igrt() {
        return example("igrt-commercial-all-documents");
    }

    static ObjectNode prefetch(ObjectNode request) {
        return (ObjectNode) request.get("prefetch");
    }

    static ObjectNode order(ObjectNode request, int i) {
        return (ObjectNode) request.get("context").get("draftOrders").get("entry").get(i).get("resource");
    }

    static ArrayNode entries(ObjectNode request) {
        return (ArrayNode) request.get("context").get("draftOrders").get("entry");
    }

    /** The first Coverage of the prefetch. */
    static ObjectNode coverage(ObjectNode request) {
        return (ObjectNode) prefetch(request).get("coverage").get("entry").get(0).get("resource");
    }

    static JsonNode call(String service, ObjectNode request) {
        return Crd.json(Crd.service().call(service, Crd.bytes(request)));
    }
}
