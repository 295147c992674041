package io.coverkit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.security.Authenticator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server's routes and error replies, over real HTTP, with endpoints that record what reaches them. */
class CoverkitServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOOK = "{\"hook\":\"order-sign\",\"hookInstance\":\"d1577c69\",\"context\":{}}";

    private final FakeEndpoints fake = new FakeEndpoints();
    private CoverkitServer server;

    private String start(CoverkitServer.Builder builder) {
        server = builder.port(0).library(() -> GuidelineLibrary.of(List.of(), List.of(), Map.of())).endpoints(url -> fake.endpoints())
                .build().start();
        return server.baseUrl();
    }

    private String start() {
        return start(CoverkitServer.builder().authenticator(Authenticator.open()));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void discoveryIsTheEndpointsReplyUnchanged() throws Exception {
        fake.discovery = io.coverkit.server.Reply.json(200, "{\"services\":[{\"id\":\"x\"}]}");
        HttpResponse<String> r = Http.get(start() + "/cds-services");
        assertEquals(200, r.statusCode());
        assertEquals("{\"services\":[{\"id\":\"x\"}]}", r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void aHookCallReachesItsServiceWithItsBody() throws Exception {
        HttpResponse<String> r = Http.postJson(start() + "/cds-services/coverkit-order-sign", HOOK);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("{\"cards\":[],\"systemActions\":[]}", r.body());
        assertEquals(List.of("call coverkit-order-sign " + HOOK), fake.calls);
    }

    @Test
    void theFhirOperationsReachTheirEndpointsAndAcceptFhirJson() throws Exception {
        String base = start();
        HttpResponse<String> p = Http.post(base + "/fhir/Questionnaire/$questionnaire-package", "application/fhir+json", "{\"resourceType\":\"Parameters\"}");
        assertEquals(200, p.statusCode(), p.body());
        HttpResponse<String> d = Http.postJson(base + "/fhir/QuestionnaireResponse/$coverkit-decide", "{\"resourceType\":\"QuestionnaireResponse\"}");
        assertEquals(200, d.statusCode(), d.body());
        assertEquals(List.of("package {\"resourceType\":\"Parameters\"}", "decide {\"resourceType\":\"QuestionnaireResponse\"}"), fake.calls);
    }

    @Test
    void aGuidelinePageIsAskedForByIdAndDate() throws Exception {
        String base = start();
        assertEquals(200, Http.get(base + "/guidelines/04-77260-19.html?asOf=2026-06-01").statusCode());
        assertEquals(200, Http.get(base + "/guidelines/04-77260-19.html").statusCode());
        assertEquals(List.of("page 04-77260-19 2026-06-01", "page 04-77260-19 null"), fake.calls);
    }

    @Test
    void aBadPageDateIs400NamingTheParameter() throws Exception {
        HttpResponse<String> r = Http.get(start() + "/guidelines/04-77260-19.html?asOf=June");
        assertEquals(400, r.statusCode());
        assertEquals("asOf: `June` is not a date in the form yyyy-MM-dd", json(r).get("error").asText());
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void anUnknownRouteIs404InJson() throws Exception {
        HttpResponse<String> r = Http.get(start() + "/nowhere");
        assertEquals(404, r.statusCode());
        assertEquals(404, json(r).get("status").asInt());
        assertTrue(json(r).get("error").asText().contains("/nowhere"), r.body());
    }

    @Test
    void aWrongMethodIs405InJson() throws Exception {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(start() + "/cds-services/coverkit-order-sign")).GET().build());
        assertEquals(405, r.statusCode(), r.body());
        assertEquals(405, json(r).get("status").asInt());
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        HttpResponse<String> r = Http.post(start() + "/cds-services/coverkit-order-sign", "text/plain", HOOK);
        assertEquals(415, r.statusCode());
        assertTrue(json(r).get("error").asText().contains("`text/plain`"), r.body());
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void malformedJsonIs400NamingWhere() throws Exception {
        HttpResponse<String> r = Http.postJson(start() + "/cds-services/coverkit-order-sign", "{\"hook\": \"order-sign\",\n \"context\": {]}");
        assertEquals(400, r.statusCode());
        String error = json(r).get("error").asText();
        assertTrue(error.startsWith("the request body is not well-formed JSON at line 2, column"), error);
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() throws Exception {
        HttpResponse<String> r = Http.postJson(start() + "/cds-services/coverkit-order-sign", "[1,2]");
        assertEquals(400, r.statusCode());
        assertEquals("the request body is not a JSON object at line 1, column 1", json(r).get("error").asText());
    }

    @Test
    void fhirErrorsAreOperationOutcomes() throws Exception {
        HttpResponse<String> r = Http.postJson(start() + "/fhir/Questionnaire/$questionnaire-package", "{oops");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
        JsonNode outcome = json(r);
        assertEquals("OperationOutcome", outcome.get("resourceType").asText());
        assertEquals("error", outcome.at("/issue/0/severity").asText());
        assertEquals("invalid", outcome.at("/issue/0/code").asText());
        assertTrue(outcome.at("/issue/0/diagnostics").asText().contains("not well-formed JSON"));
    }

    @Test
    void aBodyOverTheLimitIs413BeforeTheEndpoint() throws Exception {
        String base = start(CoverkitServer.builder().authenticator(Authenticator.open()).limits(ServerLimits.defaults().withMaxBodyBytes(1000)));
        String big = "{\"hook\":\"" + "x".repeat(2000) + "\"}";
        HttpResponse<String> r = Http.postJson(base + "/cds-services/coverkit-order-sign", big);
        assertEquals(413, r.statusCode(), r.body());
        assertEquals("the request body is larger than the server accepts", json(r).get("error").asText());
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        String base = start(CoverkitServer.builder().authenticator(Authenticator.open()).limits(ServerLimits.defaults().withMaxBodyBytes(1000)));
        byte[] chunk = ("{\"hook\":\"" + "x".repeat(5000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // a publisher of unknown length is sent chunked, with no Content-Length to refuse it by
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/cds-services/coverkit-order-sign"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunk))).build();
        HttpResponse<String> r = Http.send(request);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void anEndpointFailureIs500WithAnIncidentIdAndNoDetail() throws Exception {
        fake.failure = new IllegalStateException("secret internal detail at io.coverkit.Something");
        HttpResponse<String> r = Http.postJson(start() + "/cds-services/coverkit-order-sign", HOOK);
        assertEquals(500, r.statusCode());
        String error = json(r).get("error").asText();
        assertTrue(error.matches("the server failed to answer; incident [0-9a-f-]{36}"), error);
        assertFalse(r.body().contains("secret") || r.body().contains("Exception") || r.body().contains("io.coverkit"), r.body());
    }

    @Test
    void anEndpointPastTheDeadlineIs503AndIsInterrupted() throws Exception {
        fake.delayMillis = 5_000;
        String base = start(CoverkitServer.builder().authenticator(Authenticator.open())
                .limits(ServerLimits.defaults().withRequestDeadline(Duration.ofMillis(300))));
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.postJson(base + "/cds-services/coverkit-order-sign", HOOK);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < 3_000, "answered after " + millis + " ms");
        assertEquals("the request took longer than the server allows; try again", json(r).get("error").asText());
        for (int i = 0; i < 50 && fake.calls.size() < 2; i++) {
            Thread.sleep(20);
        }
        assertTrue(fake.calls.get(fake.calls.size() - 1).startsWith("interrupted call"), fake.calls.toString());
    }

    @Test
    void healthCountsTheGuidelinesAndDigestsThem() throws Exception {
        HttpResponse<String> r = Http.get(start() + "/health");
        assertEquals(200, r.statusCode());
        JsonNode health = json(r);
        assertEquals("up", health.get("status").asText());
        assertEquals(0, health.get("guidelines").asInt());
        assertTrue(health.get("policiesDigest").asText().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void theBaselineRouteExistsOnlyWhenConfigured() throws Exception {
        String base = start();
        assertEquals(404, Http.postJson(base + "/baseline/cds-services/x", HOOK).statusCode());
    }

    @Test
    void theBaselineRouteParsesAndReturnsItsBytes() throws Exception {
        String fixed = "{\"cards\":[{\"summary\":\"fixed\"}]}";
        String base = start(CoverkitServer.builder().authenticator(Authenticator.open()).baselineResponse(fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        HttpResponse<String> ok = Http.postJson(base + "/baseline/cds-services/coverkit-order-sign", HOOK);
        assertEquals(200, ok.statusCode());
        assertEquals(fixed, ok.body());
        assertEquals(400, Http.postJson(base + "/baseline/cds-services/coverkit-order-sign", "{nope").statusCode());
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void browsersMayCallDiscovery() throws Exception {
        String base = start();
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(base + "/cds-services")).header("Origin", "https://sandbox.example.org").GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse("none"));
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(base + "/cds-services/coverkit-order-sign"))
                .header("Origin", "https://sandbox.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, preflight.statusCode(), preflight.body());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"),
                preflight.headers().map().toString());
    }

    @Test
    void theSelfCheckSeesEachHookResponseAfterItIsSent() throws Exception {
        java.util.concurrent.CopyOnWriteArrayList<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        fake.check = json -> {
            seen.add(json);
            return List.of("a problem");
        };
        String base = start();
        Http.postJson(base + "/cds-services/coverkit-order-sign", HOOK);
        Http.get(base + "/cds-services");
        for (int i = 0; i < 100 && server.selfChecked() < 1; i++) {
            Thread.sleep(20);
        }
        assertEquals(List.of("{\"cards\":[],\"systemActions\":[]}"), seen);
    }

    @Test
    void healthCountsTheSelfCheckSamples() throws Exception {
        String base = start(CoverkitServer.builder().authenticator(Authenticator.open()).selfCheckEvery(2));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Http.postJson(base + "/cds-services/coverkit-order-sign", HOOK).statusCode());
        }
        for (int i = 0; i < 100 && server.selfChecked() < 2; i++) {
            Thread.sleep(20);
        }
        JsonNode selfCheck = json(Http.get(base + "/health")).get("selfCheck");
        assertEquals(2, selfCheck.get("every").asInt(), selfCheck.toString());
        assertEquals(2, selfCheck.get("checked").asInt(), selfCheck.toString());
        assertEquals(1, selfCheck.get("skipped").asInt(), selfCheck.toString());
        assertEquals(0, selfCheck.get("dropped").asInt(), selfCheck.toString());
    }

    @Test
    void aSlowSelfCheckNeitherDelaysRepliesNorQueuesWithoutBound() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        fake.check = json -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        String base = start(CoverkitServer.builder().authenticator(Authenticator.open()).selfCheckQueue(2));
        long t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertEquals(200, Http.postJson(base + "/cds-services/coverkit-order-sign", HOOK).statusCode());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        release.countDown();
        assertTrue(millis < 5_000, "10 calls took " + millis + " ms");
        // one is being checked, two wait, the other seven were dropped
        assertEquals(7, server.selfCheckDrops());
    }
}
