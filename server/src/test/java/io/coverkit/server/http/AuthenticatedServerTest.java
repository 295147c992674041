package io.coverkit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.security.IssuerTrust;
import io.coverkit.server.security.JkuKeys;
import io.coverkit.server.security.JwtAuthenticator;
import io.coverkit.server.security.Tokens;
import io.coverkit.server.security.TrustedIssuers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer authentication on the wire: which routes need a token, and what a refused call sees. */
class AuthenticatedServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ECKey KEY = Tokens.ecKey("ec-1");
    private static final String HOOK = "{\"hook\":\"order-sign\",\"hookInstance\":\"d1577c69\",\"context\":{}}";

    private final FakeEndpoints fake = new FakeEndpoints();
    private CoverkitServer server;
    private String base;

    @BeforeEach
    void start() {
        Clock clock = Clock.systemUTC();
        TrustedIssuers trust = TrustedIssuers.of(List.of(new IssuerTrust(Tokens.ISS, new JWKSet(KEY), List.of())));
        server = CoverkitServer.builder().port(0).library(() -> GuidelineLibrary.of(List.of(), List.of(), Map.of()))
                .endpoints(url -> fake.endpoints()).authenticator(new JwtAuthenticator(trust, new JkuKeys(clock), clock)).build().start();
        base = server.baseUrl();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String token(String path) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(Tokens.ISS).audience(base + path).expirationTime(Date.from(now.plusSeconds(300)))
                .issueTime(Date.from(now)).jwtID(UUID.randomUUID().toString()).build();
        return Tokens.sign(KEY, claims);
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.send(request.build());
    }

    @Test
    void aHookCallWithAValidTokenIsAnswered() throws Exception {
        String path = "/cds-services/coverkit-order-sign";
        HttpResponse<String> r = post(path, "Bearer " + token(path), HOOK);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, fake.calls.size());
    }

    @Test
    void aHookCallWithoutATokenIs401NamingTheCheck() throws Exception {
        HttpResponse<String> r = post("/cds-services/coverkit-order-sign", null, HOOK);
        assertEquals(401, r.statusCode());
        assertEquals("Bearer error=\"invalid_token\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
        JsonNode body = JSON.readTree(r.body());
        assertEquals(401, body.get("status").asInt());
        assertTrue(body.get("error").asText().startsWith("bearer token refused (header): "), r.body());
        assertTrue(fake.calls.isEmpty());
    }

    @Test
    void aTokenForAnotherServiceIsRefusedAtThisOne() throws Exception {
        HttpResponse<String> r = post("/cds-services/coverkit-order-sign", "Bearer " + token("/cds-services/coverkit-order-select"), HOOK);
        assertEquals(401, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("bearer token refused (aud): "), r.body());
    }

    @Test
    void aTokenSentTwiceIsRefusedTheSecondTime() throws Exception {
        String path = "/cds-services/coverkit-order-sign";
        String token = token(path);
        assertEquals(200, post(path, "Bearer " + token, HOOK).statusCode());
        HttpResponse<String> again = post(path, "Bearer " + token, HOOK);
        assertEquals(401, again.statusCode());
        assertTrue(JSON.readTree(again.body()).get("error").asText().startsWith("bearer token refused (jti): "), again.body());
    }

    @Test
    void theFhirOperationsNeedATokenAndRefuseWithAnOperationOutcome() throws Exception {
        String path = "/fhir/Questionnaire/$questionnaire-package";
        HttpResponse<String> refused = post(path, null, "{\"resourceType\":\"Parameters\"}");
        assertEquals(401, refused.statusCode());
        JsonNode outcome = JSON.readTree(refused.body());
        assertEquals("OperationOutcome", outcome.get("resourceType").asText());
        assertEquals("login", outcome.at("/issue/0/code").asText());
        assertEquals(200, post(path, "Bearer " + token(path), "{\"resourceType\":\"Parameters\"}").statusCode());
    }

    @Test
    void discoveryHealthAndPagesArePublic() throws Exception {
        assertEquals(200, Http.get(base + "/cds-services").statusCode());
        assertEquals(200, Http.get(base + "/health").statusCode());
        assertEquals(200, Http.get(base + "/guidelines/04-77260-19.html").statusCode());
    }
}
