package io.coverkit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.server.security.Authenticator;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request in flight complete, and takes no new one. */
class GracefulStopTest {

    private static final String HOOK = "{\"hook\":\"order-sign\",\"hookInstance\":\"d1577c69\",\"context\":{}}";

    @Test
    void aRequestInFlightCompletesWhenTheServerStops() throws Exception {
        FakeEndpoints fake = new FakeEndpoints();
        fake.delayMillis = 1_500;
        CoverkitServer server = CoverkitServer.builder().port(0).library(() -> GuidelineLibrary.of(List.of(), List.of(), Map.of()))
                .endpoints(url -> fake.endpoints()).authenticator(Authenticator.open())
                .limits(ServerLimits.defaults().withStopTimeout(Duration.ofSeconds(10))).build().start();
        String url = server.baseUrl() + "/cds-services/coverkit-order-sign";
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return Http.postJson(url, HOOK);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 500 && fake.calls.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertEquals(1, fake.calls.size(), "the slow request reached its endpoint");
        long t0 = System.nanoTime();
        server.stop();
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;

        HttpResponse<String> response = inFlight.get();
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"cards\":[],\"systemActions\":[]}", response.body());
        assertTrue(stopMillis >= 500, "stop returned after " + stopMillis + " ms, before the request could complete");
        assertTrue(fake.calls.stream().noneMatch(c -> c.startsWith("interrupted")), fake.calls.toString());
        assertThrows(IOException.class, () -> Http.postJson(url, HOOK), "a stopped server takes no new request");
    }
}
