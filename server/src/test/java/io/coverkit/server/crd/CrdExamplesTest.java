package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.coverkit.server.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The order-sign examples under examples/crd stay true: each request is answered by the service
 * (clock fixed at 2026-05-20) and must equal the response stored beside it. Run with
 * {@code -Dcoverkit.regenerate=true} to rewrite the stored responses after a deliberate change.
 */
class CrdExamplesTest {

    private static final Path DIR = Path.of("examples", "crd");

    @Test
    void everyExampleAnswersAsStored() throws IOException {
        List<Path> requests;
        try (Stream<Path> files = Files.list(DIR)) {
            requests = files.filter(p -> p.toString().endsWith(".request.json")).sorted().toList();
        }
        assertFalse(requests.isEmpty(), "examples/crd holds the order-sign examples");
        boolean regenerate = Boolean.getBoolean("coverkit.regenerate");
        for (Path request : requests) {
            Reply reply = Crd.service().call("coverkit-order-sign", Files.readAllBytes(request));
            assertEquals(200, reply.status(), request + ": " + reply.text());
            JsonNode actual = Crd.json(reply);
            // Every stored answer also passes the CRD rules and the profile checker.
            CrdInvariants.check(actual, true);
            Path stored = Path.of(request.toString().replace(".request.json", ".response.json"));
            if (regenerate) {
                Files.writeString(stored, Crd.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(stored), stored + " is missing: run with -Dcoverkit.regenerate=true");
            assertEquals(Crd.JSON.readTree(stored.toFile()), actual, request + " no longer answers as " + stored + " says");
        }
    }
}
