package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code coverkit serve} as its users run it: a process of its own that prints one line when it
 * listens, answers over real HTTP, and stops on SIGTERM.
 */
class ServeProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Process start(Path outFile, Path errFile, String... args) throws Exception {
        Path build = CliProcess.buildDir();
        String classPath = build.resolve("classes") + File.pathSeparator
                + Files.readString(build.resolve("coverkit-runtime.classpath"), StandardCharsets.UTF_8).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Dcoverkit.home=" + Path.of("").toAbsolutePath(),
                "-cp", classPath, Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
    }

    @Test
    void servePrintsOneLineWhenListeningAnswersDiscoveryAndStopsOnSigterm() throws Exception {
        Path out = Files.createTempFile("serve-out", ".txt");
        Path err = Files.createTempFile("serve-err", ".txt");
        Process serve = start(out, err, "--port", "0", "--insecure-dev");
        try {
            String line = null;
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); line == null && System.nanoTime() < deadline && serve.isAlive();) {
                line = Files.readAllLines(out).stream().findFirst().orElse(null);
                Thread.sleep(20);
            }
            assertTrue(line != null && line.matches("listening on http://127\\.0\\.0\\.1:\\d{2,5}"), line + "\n" + Files.readString(err));
            String base = line.substring("listening on ".length());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> discovery = client.send(HttpRequest.newBuilder(URI.create(base + "/cds-services")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(discovery.body());
            assertTrue(discovery.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals(200, discovery.statusCode(), discovery.body());
            assertTrue(body.get("services").isArray() && body.get("services").size() > 0, discovery.body());
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            long guidelines = Files.list(Path.of("policies")).filter(p -> p.toString().endsWith(".groovy")).count();
            assertEquals(guidelines, JSON.readTree(health.body()).get("guidelines").asLong(), health.body());
            serve.destroy(); // SIGTERM
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            assertEquals(List.of(line), Files.readAllLines(out), "serve prints one line only");
            List<String> errLines = Files.readAllLines(err);
            assertTrue(errLines.stream().anyMatch(l -> l.startsWith("coverkit serve: WARNING: --insecure-dev: authentication is off")), errLines.toString());
        } finally {
            serve.destroyForcibly();
            Files.deleteIfExists(err);
            Files.deleteIfExists(out);
        }
    }

    @Test
    void aFhirMappingFileWithAnUnknownKeyIsNamedAndServeExits2(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"lineOfBusiness\": {\"otherwise\": \"COMMERCIAL\", \"plan\": {}}}");
        CliProcess run = CliProcess.run(Path.of("").toAbsolutePath(), "serve", "--port", "0", "--insecure-dev", "--fhir-mapping", mapping.toString());
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out(), "no listening line for a refused mapping");
        assertTrue(run.err().startsWith("--fhir-mapping: " + mapping + ": `lineOfBusiness.plan` is not a mapping key"), run.err());
    }

    @Test
    void aMissingPoliciesFolderOrBundleIsNamedAndServeExits1() throws Exception {
        CliProcess folder = CliProcess.run(Path.of("").toAbsolutePath(), "serve", "--port", "0", "--insecure-dev", "--policies", "no-such-folder");
        assertEquals(1, folder.code(), folder.err());
        assertEquals("", folder.out());
        assertTrue(folder.err().contains("no-such-folder: error: no such folder"), folder.err());
        CliProcess bundle = CliProcess.run(Path.of("").toAbsolutePath(), "serve", "--port", "0", "--insecure-dev", "--bundle", "examples/meets-medical-necessity.json");
        assertEquals(1, bundle.code(), bundle.err());
        assertEquals("", bundle.out(), "no listening line for a refused bundle");
    }

    @Test
    void serveRefusesToStartWithoutTrustedIssuersUnlessInsecure() throws Exception {
        CliProcess run = CliProcess.run(Path.of("").toAbsolutePath(), "serve", "--port", "0");
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("give --trusted-issuer ISS and --jwks FILE (or --trust FILE), or --insecure-dev"), run.err());
    }
}
