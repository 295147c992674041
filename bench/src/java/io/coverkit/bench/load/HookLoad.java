package io.coverkit.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load generator, run by {@code bench/load}: closed-loop HTTP/1.1 clients (see
 * {@link ClosedLoop}) post one hook request body to each target at each concurrency, after a
 * warm-up, and it prints one Markdown table, plus the ratios of the first target to the second.
 *
 * <pre>
 * HookLoad --target NAME=URL [--target NAME=URL] --body FILE
 *          [--clients 1,8,64] [--warmup SECONDS] [--measure SECONDS | --requests PER-CLIENT]
 *          [--authorization VALUE] [--header 'Name: value']... [--expect TEXT]...
 *          [--timeout SECONDS] [--server-pid PID] [--stop-pid PID --stop-after SECONDS] [--out FILE]
 * </pre>
 *
 * {@code --server-pid} names the server's process, whose CPU time per request the table then shows.
 * Exit status: 0 when no request failed; 1 when one did (or, with {@code --stop-pid}, when a
 * request in flight at the stop signal was not answered); 2 for a usage error.
 */
public final class HookLoad {

    private final Map<String, URI> targets = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> expect = new ArrayList<>();
    private Path body;
    private List<Integer> clients = List.of(1, 8, 64);
    private Duration warmup = Duration.ofSeconds(5);
    private Duration measure = Duration.ofSeconds(15);
    private int requests;
    private Duration timeout = Duration.ofSeconds(30);
    private long stopPid = -1;
    private long serverPid = -1;
    private Duration stopAfter;
    private Path out;

    /** Runs the generator; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        HookLoad load = new HookLoad();
        try {
            load.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println("usage: HookLoad --target NAME=URL [--target NAME=URL] --body FILE [--clients 1,8,64] "
                    + "[--warmup S] [--measure S | --requests N] [--authorization VALUE] [--header 'Name: value'] "
                    + "[--expect TEXT] [--timeout S] [--server-pid PID] [--stop-pid PID --stop-after S] [--out FILE]");
            System.exit(2);
        }
        System.exit(load.run());
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("`" + option + "` needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--target" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--target takes NAME=URL, not `" + value + "`");
                    }
                    targets.put(value.substring(0, eq), URI.create(value.substring(eq + 1)));
                }
                case "--body" -> body = Path.of(value);
                case "--clients" -> clients = parseClients(value);
                case "--warmup" -> warmup = seconds(option, value);
                case "--measure" -> measure = seconds(option, value);
                case "--requests" -> requests = Integer.parseInt(value);
                case "--timeout" -> timeout = seconds(option, value);
                case "--authorization" -> headers.put("Authorization", value);
                case "--header" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("--header takes 'Name: value', not `" + value + "`");
                    }
                    headers.put(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
                }
                case "--expect" -> expect.add(value);
                case "--stop-pid" -> stopPid = Long.parseLong(value);
                case "--server-pid" -> serverPid = Long.parseLong(value);
                case "--stop-after" -> stopAfter = seconds(option, value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option `" + option + "`");
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no --target given");
        }
        if (body == null) {
            throw new IllegalArgumentException("no --body given");
        }
        if ((stopPid >= 0) != (stopAfter != null)) {
            throw new IllegalArgumentException("--stop-pid and --stop-after go together");
        }
        if (stopPid >= 0 && (targets.size() != 1 || clients.size() != 1)) {
            throw new IllegalArgumentException("--stop-pid needs exactly one target and one concurrency");
        }
    }

    private static List<Integer> parseClients(String value) {
        List<Integer> list = new ArrayList<>();
        for (String part : value.split(",")) {
            int n = Integer.parseInt(part.trim());
            if (n < 1) {
                throw new IllegalArgumentException("--clients takes positive numbers, not `" + part + "`");
            }
            list.add(n);
        }
        return list;
    }

    private static Duration seconds(String option, String value) {
        double s = Double.parseDouble(value);
        if (s < 0) {
            throw new IllegalArgumentException(option + " cannot be negative");
        }
        return Duration.ofNanos((long) (s * 1e9));
    }

    int run() throws IOException, InterruptedException {
        byte[] payload = Files.readAllBytes(body);
        long watched = serverPid >= 0 ? serverPid : stopPid;
        ClosedLoop loop = new ClosedLoop(ClosedLoop.newClient(), watched < 0 ? null : ProcessHandle.of(watched).orElse(null));
        StringBuilder report = new StringBuilder();
        report.append(machine()).append('\n');
        List<LoadResult> results = new ArrayList<>();
        StopReport stop = null;
        // Interleaved by concurrency, so each pair of figures was taken under the same conditions.
        for (int n : clients) {
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                ClosedLoop.Settings settings = (requests > 0
                                ? ClosedLoop.Settings.counted(n, warmup, requests)
                                : ClosedLoop.Settings.timed(n, warmup, measure))
                        .withHeaders(headers)
                        .withExpect(expect)
                        .withTimeout(timeout);
                System.err.printf(Locale.ROOT, "load: %s with %d client(s)...%n", target.getKey(), n);
                LoadResult result;
                if (stopPid >= 0) {
                    long pid = stopPid;
                    result = loop.run(target.getKey(), target.getValue(), payload, settings.withSamples(),
                            new ClosedLoop.Action(stopAfter, () -> signal(pid)));
                    stop = StopReport.of(result);
                } else {
                    result = loop.run(target.getKey(), target.getValue(), payload, settings);
                }
                results.add(result);
            }
        }
        report.append(LoadReport.table(results));
        if (targets.size() >= 2) {
            List<String> names = new ArrayList<>(targets.keySet());
            report.append('\n').append(LoadReport.ratios(results, names.get(0), names.get(1)));
        }
        if (stop != null) {
            report.append("\nStop signal (SIGTERM) to process ").append(stopPid).append(" during the run:\n").append(stop.markdown());
        }
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (stop != null) {
            return stop.graceful() ? 0 : 1;
        }
        return results.stream().anyMatch(r -> r.errors() > 0 || r.warmupErrors() > 0) ? 1 : 0;
    }

    // ProcessHandle.destroy() is SIGTERM on Linux, the signal a service manager stops a server with.
    private static void signal(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(p -> {
            if (!p.destroy()) {
                System.err.println("load: could not signal process " + pid);
            }
        }, () -> System.err.println("load: no process " + pid + " to signal"));
    }

    private String machine() {
        String load = "unknown";
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            load = parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            // not Linux: the load average is only informative
        }
        String how = requests > 0 ? requests + " requests per client" : seconds(measure) + " s measured";
        return String.format(Locale.ROOT,
                "Load: %d cores (shared by the generator and the server), load average %s at start, Java %s; "
                        + "closed loop over HTTP/1.1 keep-alive, %s warm-up, %s per target and concurrency; body %s (%d bytes).%n",
                Runtime.getRuntime().availableProcessors(), load, System.getProperty("java.version"),
                seconds(warmup) + " s", how, body.getFileName(), bodyLength());
    }

    private long bodyLength() {
        try {
            return Files.size(body);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toNanos() / 1e9);
    }
}
