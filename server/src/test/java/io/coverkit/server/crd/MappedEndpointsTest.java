package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.server.Reply;
import io.coverkit.server.StandardEndpoints;
import io.coverkit.server.fhir.FhirMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment's own FHIR mapping reaches the CRD answers of the endpoints {@code coverkit serve} assembles. */
class MappedEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPlanTheMappingNamesFepIsAnsweredAsTheProgramsOwn(@TempDir Path dir) throws Exception {
        byte[] call = Files.readAllBytes(Path.of("examples/crd/igrt-commercial-all-documents.request.json"));
        Path file = dir.resolve("mapping.json");
        // the example's Coverage names its plan GOLD-PPO: this payer's FEP plan, in this deployment
        Files.writeString(file, "{\"lineOfBusiness\": {\"values\": {\"FEP\": [\"GOLD-PPO\"]}}}");

        Reply byDefault = StandardEndpoints.create(Crd::library, "http://127.0.0.1:8080", CLOCK).cds().call("coverkit-order-sign", call);
        Reply mapped = StandardEndpoints.create(Crd::library, "http://127.0.0.1:8080", CLOCK, FhirMapping.read(file))
                .cds().call("coverkit-order-sign", call);

        assertEquals("clinical", subExtension(byDefault, "doc-needed"), byDefault.text());
        assertEquals("", subExtension(mapped, "doc-needed"), "the program's own rules decide, so nothing is asked: " + mapped.text());
        assertEquals("conditional", subExtension(mapped, "covered"), mapped.text());
    }

    private static String subExtension(Reply reply, String url) throws Exception {
        JsonNode extension = JSON.readTree(reply.body()).get("systemActions").get(0).get("resource").get("extension").get(0);
        for (JsonNode sub : extension.get("extension")) {
            if (url.equals(sub.get("url").asText())) {
                return sub.get("valueCode").asText();
            }
        }
        return "";
    }
}
