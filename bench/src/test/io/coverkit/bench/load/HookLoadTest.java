package io.coverkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's command line: its options, its Markdown and its exit status. */
class HookLoadTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/cds-services/ok", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"cards\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.createContext("/cds-services/broken", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/cds-services/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HookLoad parsed(String... args) {
        HookLoad load = new HookLoad();
        load.parse(args);
        return load;
    }

    @Test
    void printsEveryTargetAtEveryConcurrencyAndTheRatiosOfTheFirstToTheSecond() throws Exception {
        Path body = Files.writeString(dir.resolve("hook.json"), "{\"hook\":\"order-sign\"}");
        Path out = dir.resolve("table.md");

        int status = parsed("--target", "subject=" + base + "ok", "--target", "baseline=" + base + "ok",
                "--body", body.toString(), "--clients", "1,2", "--warmup", "0", "--requests", "20",
                "--out", out.toString()).run();

        String table = Files.readString(out);
        assertEquals(0, status, table);
        assertTrue(table.contains("| subject | 1 | 20 |"), table);
        assertTrue(table.contains("| baseline | 1 | 20 |"), table);
        assertTrue(table.contains("| subject | 2 | 40 |"), table);
        assertTrue(table.contains("| baseline | 2 | 40 |"), table);
        assertTrue(table.contains("| clients | subject req/s | baseline req/s | throughput ratio (>= 0.50)"), table);
        assertEquals(2, table.lines().filter(l -> l.matches("\\| [12] \\| .*")).count(), table);
        assertTrue(table.contains("cores (shared by the generator and the server)"), table);
    }

    @Test
    void exitsWithOneAndNamesTheErrorsWhenRequestsFail() throws Exception {
        Path body = Files.writeString(dir.resolve("hook.json"), "{}");
        Path out = dir.resolve("table.md");

        int status = parsed("--target", "broken=" + base + "broken", "--body", body.toString(),
                "--clients", "2", "--warmup", "0", "--requests", "5", "--out", out.toString()).run();

        assertEquals(1, status);
        assertTrue(Files.readString(out).contains("| 10: 10 HTTP 500 |"), Files.readString(out));
    }

    @Test
    void refusesIncompleteOrUnknownOptions() {
        assertThrows(IllegalArgumentException.class, () -> parsed("--body", "x.json"));
        assertThrows(IllegalArgumentException.class, () -> parsed("--target", base + "ok", "--body", "x.json"));
        assertThrows(IllegalArgumentException.class, () -> parsed("--target", "a=" + base + "ok"));
        assertThrows(IllegalArgumentException.class, () -> parsed("--target", "a=" + base, "--body", "x", "--clients", "0"));
        assertThrows(IllegalArgumentException.class, () -> parsed("--target", "a=" + base, "--body", "x", "--stop-pid", "1"));
        assertThrows(IllegalArgumentException.class, () -> parsed("--target", "a=" + base, "--body", "x", "--speed", "9"));
        assertThrows(IllegalArgumentException.class, () -> parsed("--target", "a=" + base, "--body", "x", "--clients", "1,8",
                "--stop-pid", "1", "--stop-after", "2"));
    }
}
