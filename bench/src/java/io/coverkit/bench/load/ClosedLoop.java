package io.coverkit.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * A closed-loop load run: each of N client threads sends a request, waits for the whole answer,
 * and sends the next, over the JDK's HTTP/1.1 client with keep-alive, so N requests are in flight
 * at any moment and each client keeps its connection. Closed-loop means a slow server slows the
 * clients too (no requests queue up behind a stall), so the latencies are those of a client that
 * waits, which is how an EHR calls a CDS service.
 */
public final class ClosedLoop {

    /** What to send and how long. */
    public record Settings(
            int clients,
            Duration warmup,
            Duration measure,
            int requestsPerClient,
            Duration timeout,
            Map<String, String> headers,
            List<String> expect,
            boolean keepSamples) {

        public Settings {
            if (clients < 1) {
                throw new IllegalArgumentException("at least one client is needed, not " + clients);
            }
            if (requestsPerClient < 0) {
                throw new IllegalArgumentException("requests per client cannot be negative");
            }
            headers = Map.copyOf(headers);
            expect = List.copyOf(expect);
        }

        /** Runs for {@code measure} after {@code warmup}; no expected texts, no samples, no headers. */
        public static Settings timed(int clients, Duration warmup, Duration measure) {
            return new Settings(clients, warmup, measure, 0, Duration.ofSeconds(30), Map.of(), List.of(), false);
        }

        /** Each client sends exactly {@code requests} measured requests after {@code warmup}. */
        public static Settings counted(int clients, Duration warmup, int requests) {
            return new Settings(clients, warmup, Duration.ZERO, requests, Duration.ofSeconds(30), Map.of(), List.of(), false);
        }

        public Settings withHeaders(Map<String, String> more) {
            return new Settings(clients, warmup, measure, requestsPerClient, timeout, more, expect, keepSamples);
        }

        public Settings withExpect(List<String> texts) {
            return new Settings(clients, warmup, measure, requestsPerClient, timeout, headers, texts, keepSamples);
        }

        public Settings withSamples() {
            return new Settings(clients, warmup, measure, requestsPerClient, timeout, headers, expect, true);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(clients, warmup, measure, requestsPerClient, t, headers, expect, keepSamples);
        }
    }

    /**
     * Something done once while the clients run, {@code after} the measurement starts (the
     * shutdown test sends the server its stop signal this way, so the signal's moment and the
     * requests' times share one clock). Once it has run, a client whose request fails stops: there
     * is nothing more to learn from a server that is gone.
     */
    public record Action(Duration after, Runnable run) {}

    private final HttpClient http;
    private final ProcessHandle server;

    /** A runner over one client shared by all threads (its pool keeps one connection per thread). */
    public ClosedLoop(HttpClient http) {
        this(http, null);
    }

    /**
     * As {@link #ClosedLoop(HttpClient)}, also reading the CPU time {@code server} uses during each
     * measurement (null: none), so a result can say what a request costs the server whatever else
     * runs on the machine.
     */
    public ClosedLoop(HttpClient http, ProcessHandle server) {
        this.http = http;
        this.server = server;
    }

    /** An HTTP/1.1 client with keep-alive, as the generator uses. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Runs the clients against {@code uri} and returns what was measured. */
    public LoadResult run(String name, URI uri, byte[] body, Settings settings) throws InterruptedException {
        return run(name, uri, body, settings, null);
    }

    /** As {@link #run(String, URI, byte[], Settings)}, running {@code action} during the measurement. */
    public LoadResult run(String name, URI uri, byte[] body, Settings settings, Action action) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        settings.headers().forEach(builder::header);
        HttpRequest request = builder.build();

        long start = System.nanoTime();
        long measureStart = start + settings.warmup().toNanos();
        long measureEnd = settings.requestsPerClient() > 0 ? Long.MAX_VALUE : measureStart + settings.measure().toNanos();
        Phase phase = new Phase(measureStart, measureEnd, action == null ? Long.MAX_VALUE : measureStart + action.after().toNanos());

        List<Client> clients = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(settings.clients());
        for (int i = 0; i < settings.clients(); i++) {
            Client client = new Client(request, body.length, settings, phase, done);
            clients.add(client);
            Thread thread = new Thread(client, "load-" + name + "-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        sleepUntil(measureStart);
        long generatorCpu = cpu(ProcessHandle.current());
        long serverCpu = cpu(server);
        if (action != null) {
            sleepUntil(phase.actionAt);
            phase.stopped = System.nanoTime();
            action.run().run();
        }
        done.await();
        // A server that was stopped cannot be read at the end; its CPU time is then not known.
        long generatorUsed = used(generatorCpu, cpu(ProcessHandle.current()));
        long serverUsed = used(serverCpu, cpu(server));
        return merge(name, settings, phase, clients, generatorUsed, serverUsed);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static long cpu(ProcessHandle process) {
        if (process == null || !process.isAlive()) {
            return -1;
        }
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    private static long used(long before, long after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    private static LoadResult merge(String name, Settings settings, Phase phase, List<Client> clients, long generatorCpu, long serverCpu) {
        Latencies all = new Latencies();
        Map<String, Long> kinds = new TreeMap<>();
        long requests = 0;
        long errors = 0;
        long warmupErrors = 0;
        long bytesIn = 0;
        long bytesOut = 0;
        long lastEnd = phase.measureStart;
        List<LoadResult.Sample> samples = new ArrayList<>();
        for (Client c : clients) {
            all.addAll(c.latencies);
            c.errorKinds.forEach((k, v) -> kinds.merge(k, v, Long::sum));
            requests += c.requests;
            errors += c.errors;
            warmupErrors += c.warmupErrors;
            bytesIn += c.bytesIn;
            bytesOut += c.bytesOut;
            lastEnd = Math.max(lastEnd, c.lastEnd);
            samples.addAll(c.samples);
        }
        samples.sort(Comparator.comparingLong(LoadResult.Sample::startNanos));
        return new LoadResult(name, settings.clients(), requests, errors, kinds, warmupErrors, lastEnd - phase.measureStart,
                bytesOut, bytesIn, all.sorted(), samples, phase.stopped, generatorCpu, serverCpu);
    }

    /** The run's clock marks, shared by the clients. */
    private static final class Phase {
        final long measureStart;
        final long measureEnd;
        final long actionAt;
        volatile long stopped = -1;

        Phase(long measureStart, long measureEnd, long actionAt) {
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.actionAt = actionAt;
        }
    }

    /** One client: a thread that sends, waits, and sends again; it keeps its own counts. */
    private final class Client implements Runnable {
        private final HttpRequest request;
        private final int bodyLength;
        private final Settings settings;
        private final Phase phase;
        private final CountDownLatch done;
        final Latencies latencies = new Latencies();
        final Map<String, Long> errorKinds = new TreeMap<>();
        final List<LoadResult.Sample> samples = new ArrayList<>();
        long requests;
        long errors;
        long warmupErrors;
        long bytesIn;
        long bytesOut;
        long lastEnd;

        Client(HttpRequest request, int bodyLength, Settings settings, Phase phase, CountDownLatch done) {
            this.request = request;
            this.bodyLength = bodyLength;
            this.settings = settings;
            this.phase = phase;
            this.done = done;
        }

        @Override
        public void run() {
            try {
                loop();
            } finally {
                done.countDown();
            }
        }

        private void loop() {
            while (true) {
                long start = System.nanoTime();
                boolean measured = start >= phase.measureStart;
                if (start >= phase.measureEnd || (settings.requestsPerClient() > 0 && requests >= settings.requestsPerClient())) {
                    return;
                }
                int status = -1;
                String error = null;
                long received = 0;
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    status = response.statusCode();
                    received = response.body().length;
                    error = judge(status, response.body());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    error = kind(e);
                }
                long end = System.nanoTime();
                if (!measured) {
                    if (error != null) {
                        warmupErrors++;
                    }
                    continue;
                }
                requests++;
                latencies.add(end - start);
                bytesOut += bodyLength;
                bytesIn += received;
                lastEnd = Math.max(lastEnd, end);
                if (error != null) {
                    errors++;
                    errorKinds.merge(error, 1L, Long::sum);
                }
                if (settings.keepSamples()) {
                    samples.add(new LoadResult.Sample(start, end, status, error));
                }
                long stopped = phase.stopped;
                if (error != null && stopped >= 0 && start >= stopped) {
                    return;
                }
            }
        }

        private String judge(int status, byte[] body) {
            if (status < 200 || status > 299) {
                return "HTTP " + status;
            }
            if (!settings.expect().isEmpty()) {
                String text = new String(body, StandardCharsets.UTF_8);
                for (String expected : settings.expect()) {
                    if (!text.contains(expected)) {
                        return "answer without `" + expected + "`";
                    }
                }
            }
            return null;
        }
    }

    // The exception's class says what went wrong (refused, reset, timed out); a bare IOException
    // says it only in its message.
    static String kind(IOException e) {
        String name = e.getClass().getSimpleName();
        if (e.getClass() == IOException.class && e.getMessage() != null) {
            return name + ": " + e.getMessage();
        }
        return name;
    }
}
