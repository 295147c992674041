package io.coverkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The generator against a stand-in server on the loopback interface, whose answers are planned
 * (which hit fails, which is slow, how many bytes it sends), so the generator's counts can be
 * checked exactly. No assertion here is about speed: latencies are only checked against the
 * delays the stand-in adds, which bound them from below.
 */
class ClosedLoopTest {

    private static final byte[] BODY = "{\"hook\":\"order-sign\",\"hookInstance\":\"d1577c69\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = "{\"cards\":[],\"systemActions\":[]}".repeat(40).getBytes(StandardCharsets.UTF_8);
    private static final byte[] FAILURE = "{\"error\":\"planned\"}".getBytes(StandardCharsets.UTF_8);

    static {
        // The JDK's server writes headers and body apart; with Nagle's algorithm on, the body
        // waits for the client's delayed acknowledgement (tens of milliseconds a request).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private HttpServer server;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong bodyBytesReceived = new AtomicLong();
    private final Set<String> authorizations = ConcurrentHashMap.newKeySet();

    /** What the stand-in does on its n-th hit (1-based). */
    private interface Plan {
        Answer on(long hit);
    }

    private record Answer(int status, byte[] body, long delayMillis) {}

    private URI start(Plan plan) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/cds-services/stand-in", exchange -> answer(exchange, plan));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cds-services/stand-in");
    }

    private void answer(HttpExchange exchange, Plan plan) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            bodyBytesReceived.addAndGet(in.readAllBytes().length);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "(none)" : auth);
            Answer a = plan.on(hits.incrementAndGet());
            if (a.delayMillis() > 0) {
                try {
                    Thread.sleep(a.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(a.status(), a.body().length);
            out.write(a.body());
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void countsEveryRequestItsBytesAndEachPlannedFailure() throws Exception {
        URI uri = start(hit -> hit % 10 == 0 ? new Answer(500, FAILURE, 0) : new Answer(200, ANSWER, 0));
        ClosedLoop.Settings settings = ClosedLoop.Settings.counted(4, Duration.ZERO, 100)
                .withHeaders(Map.of("Authorization", "Bearer stand-in-token"));

        // the stand-in runs in this JVM, so the "server" process watched for CPU time is this one
        LoadResult r = new ClosedLoop(ClosedLoop.newClient(), ProcessHandle.current()).run("stand-in", uri, BODY, settings);

        assertEquals(400, r.requests());
        assertEquals(400, hits.get(), "the stand-in saw exactly the requests the generator counted");
        assertEquals(40, r.errors());
        assertEquals(Map.of("HTTP 500", 40L), r.errorKinds());
        assertEquals(360, r.succeeded());
        assertEquals(0, r.warmupErrors());
        assertEquals(400L * BODY.length, r.bytesOut());
        assertEquals(400L * BODY.length, bodyBytesReceived.get());
        assertEquals(360L * ANSWER.length + 40L * FAILURE.length, r.bytesIn());
        assertEquals(400, r.latencies().count());
        assertEquals(Set.of("Bearer stand-in-token"), authorizations);
        assertTrue(r.throughput() > 0);
        assertTrue(r.serverCpuNanos() >= 0 && r.generatorCpuNanos() >= 0, "CPU times read: " + r.serverCpuNanos() + ", " + r.generatorCpuNanos());
        assertTrue(r.serverCpuMillisPerRequest() >= 0);
    }

    @Test
    void noServerWatchedMeansNoServerCpuFigure() throws Exception {
        URI uri = start(hit -> new Answer(200, ANSWER, 0));

        LoadResult r = new ClosedLoop(ClosedLoop.newClient()).run("stand-in", uri, BODY, ClosedLoop.Settings.counted(1, Duration.ZERO, 5));

        assertEquals(-1, r.serverCpuNanos());
        assertEquals(-1, r.serverCpuMillisPerRequest());
        assertTrue(LoadReport.table(List.of(r)).contains("| n/a |"), LoadReport.table(List.of(r)));
    }

    @Test
    void percentilesAreTheLatenciesTheServerImposed() throws Exception {
        // 200 requests, every one at least 5 ms, and 4 of them (2%) at least 150 ms: the four
        // slowest ranks hold the slow ones, so p99 (rank 198) and p99.9 (rank 200) are slow ones.
        URI uri = start(hit -> new Answer(200, ANSWER, hit % 50 == 0 ? 150 : 5));

        LoadResult r = new ClosedLoop(ClosedLoop.newClient()).run("stand-in", uri, BODY, ClosedLoop.Settings.counted(2, Duration.ZERO, 100));

        assertEquals(200, r.requests());
        assertEquals(0, r.errors());
        Latencies.Sorted l = r.latencies();
        assertEquals(200, l.count());
        assertTrue(l.percentile(0.5) >= 5_000_000L, "fastest answer " + l.percentile(0.5));
        assertTrue(l.percentile(50) >= 5_000_000L, "p50 " + l.percentile(50));
        assertTrue(l.percentile(99) >= 150_000_000L, "p99 " + l.percentile(99));
        assertTrue(l.percentile(99.9) >= 150_000_000L, "p99.9 " + l.percentile(99.9));
        assertTrue(l.max() >= 150_000_000L);
    }

    @Test
    void anAnswerWithoutTheExpectedTextIsAnError() throws Exception {
        byte[] other = "{\"cards\":[{\"summary\":\"other\"}]}".getBytes(StandardCharsets.UTF_8);
        URI uri = start(hit -> new Answer(200, hit % 4 == 0 ? other : ANSWER, 0));

        LoadResult r = new ClosedLoop(ClosedLoop.newClient())
                .run("stand-in", uri, BODY, ClosedLoop.Settings.counted(2, Duration.ZERO, 50).withExpect(List.of("systemActions")));

        assertEquals(100, r.requests());
        assertEquals(25, r.errors());
        assertEquals(Map.of("answer without `systemActions`", 25L), r.errorKinds());
    }

    @Test
    void aServerThatIsNotThereFailsEveryRequest() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/cds-services/none");

        LoadResult r = new ClosedLoop(ClosedLoop.newClient()).run("nobody", uri, BODY, ClosedLoop.Settings.counted(3, Duration.ZERO, 10));

        assertEquals(30, r.requests());
        assertEquals(30, r.errors());
        assertEquals(Map.of("ConnectException", 30L), r.errorKinds());
        assertEquals(0, r.bytesIn());
        assertEquals(30, r.latencies().count());
    }

    @Test
    void warmUpRequestsAreLeftOutOfTheFiguresButTheirErrorsAreCounted() throws Exception {
        // The first 5 hits fail, and they fall in the warm-up, as one client sends its first
        // requests inside the two-second warm-up; the 20 measured ones all succeed.
        URI uri = start(hit -> new Answer(hit <= 5 ? 503 : 200, hit <= 5 ? FAILURE : ANSWER, 0));

        LoadResult r = new ClosedLoop(ClosedLoop.newClient()).run("stand-in", uri, BODY, ClosedLoop.Settings.counted(1, Duration.ofSeconds(2), 20));

        assertEquals(20, r.requests());
        assertEquals(0, r.errors());
        assertEquals(5, r.warmupErrors());
        assertEquals(20, r.latencies().count());
        assertTrue(hits.get() >= 25, "the warm-up's requests reached the server too: " + hits.get());
    }

    @Test
    void theStopActionRunsDuringTheRunAndEachClientEndsAtItsFirstFailureAfterIt() throws Exception {
        URI uri = start(hit -> new Answer(200, ANSWER, 2));
        ClosedLoop.Settings settings = ClosedLoop.Settings.timed(3, Duration.ZERO, Duration.ofSeconds(60)).withSamples();

        LoadResult r = new ClosedLoop(ClosedLoop.newClient())
                .run("stand-in", uri, BODY, settings, new ClosedLoop.Action(Duration.ofMillis(300), () -> server.stop(1)));

        assertTrue(r.stopNanos() > 0, "the action ran");
        assertEquals(r.requests(), r.samples().size());
        StopReport stop = StopReport.of(r);
        assertEquals(0, stop.beforeFailures());
        long failuresAfter = stop.afterFailures().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(3, failuresAfter, "each of the 3 clients stopped at its first failure after the signal: " + stop);
        assertTrue(stop.inFlight() + stop.after() >= 3);
    }

    @Test
    void aStopReportSeparatesRequestsBeforeDuringAndAfterTheSignal() {
        long signal = 1_000;
        List<LoadResult.Sample> samples = List.of(
                new LoadResult.Sample(100, 200, 200, null),
                new LoadResult.Sample(150, 300, 500, "HTTP 500"),
                new LoadResult.Sample(900, 1_500, 200, null),
                new LoadResult.Sample(950, 1_600, -1, "IOException: closed"),
                new LoadResult.Sample(1_100, 1_200, 200, null),
                new LoadResult.Sample(1_200, 1_250, -1, "ConnectException"),
                new LoadResult.Sample(1_300, 1_350, -1, "ConnectException"));
        LoadResult r = new LoadResult("x", 2, samples.size(), 4, Map.of(), 0, 2_000, 0, 0, new Latencies().sorted(), samples, signal, -1, -1);

        StopReport s = StopReport.of(r);

        assertEquals(1, s.beforeFailures());
        assertEquals(2, s.inFlight());
        assertEquals(1, s.inFlightAnswered());
        assertEquals(Map.of("IOException: closed", 1L), s.inFlightFailures());
        assertEquals(3, s.after());
        assertEquals(1, s.afterAnswered());
        assertEquals(Map.of("ConnectException", 2L), s.afterFailures());
        assertEquals(0.0005, s.lastAnswerMillis(), 1e-9);
        assertEquals(false, s.graceful());
    }
}
