package io.coverkit.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.cli.Main;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README's "Serving CRD and DTR" commands, done as its reader does them: {@code coverkit serve}
 * runs as a process of its own in the copy of the project, and each {@code curl} the README shows
 * is sent over real HTTP (by the JDK's client, as curl is not on every build machine). An
 * order-sign answer must be the stored {@code *.response.json} beside its request, but for the
 * assertion date (today on a live server) and the port.
 */
final class ServedExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOWN_BASE = "http://127.0.0.1:8080";
    private static final Pattern CURL = Pattern.compile(
            "curl -s (?:-H 'Content-Type: application/json' --data @(\\S+) )?'?(" + Pattern.quote(SHOWN_BASE) + "\\S*?)'?");

    private static Process server;
    private static String base;

    private ServedExamples() {}

    /** The README's serve command: the server starts from the copy and prints its one line. */
    static List<String> serve(Path checkout) throws IOException, InterruptedException {
        base(checkout);
        return List.of();
    }

    /** A README curl command, sent to the served copy; the problems found. */
    static List<String> curl(Path checkout, String command) throws IOException, InterruptedException {
        Matcher m = CURL.matcher(command);
        if (!m.matches()) {
            return List.of("not a curl command this check knows: " + command);
        }
        String url = base(checkout) + m.group(2).substring(SHOWN_BASE.length());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        Path body = m.group(1) == null ? null : checkout.resolve(m.group(1));
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(body));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        List<String> problems = new ArrayList<>();
        if (response.statusCode() != 200) {
            problems.add("HTTP " + response.statusCode() + ": " + response.body());
            return problems;
        }
        if (body != null) {
            Path stored = Path.of(body.toString().replace(".request.json", ".response.json"));
            JsonNode expected = JSON.readTree(Files.readString(stored).replace(SHOWN_BASE, base));
            JsonNode answered = JSON.readTree(response.body());
            if (!undated(expected).equals(undated(answered))) {
                problems.add("the answer differs from " + checkout.relativize(stored) + " (beyond the assertion date): " + response.body());
            }
            if (!response.body().contains("\"valueDate\":\"" + LocalDate.now() + "\"") && !response.body().contains("\"valueDate\" : \"" + LocalDate.now() + "\"")) {
                problems.add("the coverage information is not dated today: " + response.body());
            }
        } else if (url.contains("/cds-services") && JSON.readTree(response.body()).path("services").size() != 5) {
            problems.add("discovery does not list the five hook services: " + response.body());
        } else if (url.contains("/guidelines/") && !response.body().contains("<html")) {
            problems.add("the rendered guideline is not HTML: " + response.body());
        }
        return problems;
    }

    // Every coverage-information `date` is the server's today, which the stored answers fix at their making.
    private static JsonNode undated(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            if ("date".equals(node.path("url").asText()) && node.has("valueDate")) {
                ((ObjectNode) node).remove("valueDate");
            }
            node.forEach(ServedExamples::strip);
        } else if (node.isArray()) {
            node.forEach(ServedExamples::strip);
        }
    }

    private static synchronized String base(Path checkout) throws IOException, InterruptedException {
        if (base != null) {
            return base;
        }
        Path out = Files.createTempFile("readme-serve", ".out");
        Path err = Files.createTempFile("readme-serve", ".err");
        // the README's own command, but on a free port, as 8080 may be taken on a build machine
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcoverkit.home=" + checkout.toAbsolutePath(), "-cp", CoverkitProcess.classPath(), Main.class.getName(), "serve", "--port", "0", "--insecure-dev")
                .directory(checkout.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        String line = null;
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); line == null && server.isAlive() && System.nanoTime() < deadline;) {
            line = Files.readAllLines(out).stream().findFirst().orElse(null);
            Thread.sleep(20);
        }
        if (line == null || !line.matches("listening on http://127\\.0\\.0\\.1:\\d+")) {
            throw new IllegalStateException("coverkit serve did not print its line: " + line + "\n" + Files.readString(err));
        }
        base = line.substring("listening on ".length());
        return base;
    }
}
