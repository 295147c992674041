package io.coverkit.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as someone who downloads it uses it: the archive unpacked into a folder of its
 * own, and {@code bin/coverkit} run from a policy team's folder elsewhere, with nothing of the
 * checkout on the class path. Runs after {@code package}, when the archive exists.
 */
class DistributionIT {

    @TempDir
    static Path tmp;

    private static Path coverkit;
    private static Path team;

    @BeforeAll
    static void unpack() throws IOException {
        Path zip;
        try (Stream<Path> files = Files.list(Path.of("cli/target"))) {
            zip = files.filter(p -> p.getFileName().toString().matches("coverkit-.+\\.zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no cli/target/coverkit-VERSION.zip; run mvn package"));
        }
        Path home = Files.createDirectories(tmp.resolve("opt/coverkit"));
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path to = home.resolve(e.getName()).normalize();
                if (!to.startsWith(home)) {
                    throw new IllegalStateException("the archive names a path outside itself: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(entries, to);
                }
            }
        }
        coverkit = home.resolve("bin/coverkit");
        // zip entries keep no permissions through java.util.zip; the archive's own mode is checked below
        Files.setPosixFilePermissions(coverkit, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        team = Files.createDirectories(tmp.resolve("team"));
        Files.createDirectories(team.resolve("policies"));
        for (String f : List.of("ncd-210.14.groovy", "ncd-210.14.lock.json")) {
            Files.copy(Path.of("policies", f), team.resolve("policies").resolve(f));
        }
        Files.createDirectories(team.resolve("specs"));
        try (Stream<Path> specs = Files.list(Path.of("specs/ldct"))) {
            for (Path spec : specs.toList()) {
                Files.copy(spec, team.resolve("specs").resolve(spec.getFileName()));
            }
        }
        Files.createDirectories(team.resolve("requests"));
        Files.copy(Path.of("examples/ldct/first-screening-meets.json"), team.resolve("requests/first.json"));
    }

    private record Run(int code, String out, String err) {}

    private static Run coverkit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(coverkit.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(team.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("coverkit " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theArchiveHoldsTheLauncherAndItsLibraries() throws IOException {
        assertTrue(Files.isRegularFile(coverkit));
        try (Stream<Path> lib = Files.list(coverkit.getParent().resolveSibling("lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("coverkit-cli-")), jars.toString());
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("picocli-")), "picocli ships with the command line: " + jars);
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("coverkit-core-")), jars.toString());
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("coverkit-server-")), "serve ships with the command line: " + jars);
            assertTrue(jars.stream().anyMatch(j -> j.startsWith("javalin-")), jars.toString());
        }
        assertTrue(Files.readString(coverkit.getParent().resolveSibling("LICENSE")).contains("Apache License"), "the licence ships");
        assertTrue(Files.isRegularFile(coverkit.getParent().resolveSibling("NOTICE")), "the notice ships");
    }

    @Test
    void serveListensOnTheTeamsPoliciesAnswersDiscoveryAndStopsOnSigterm() throws Exception {
        Path out = Files.createTempFile(tmp, "serve-out", ".txt");
        Path err = Files.createTempFile(tmp, "serve-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(coverkit.toString(), "serve", "--port", "0", "--insecure-dev").directory(team.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process serve = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String line = null;
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); line == null && serve.isAlive() && System.nanoTime() < end;) {
                line = Files.readAllLines(out).stream().findFirst().orElse(null);
                Thread.sleep(20);
            }
            assertTrue(line != null && line.matches("listening on http://127\\.0\\.0\\.1:\\d+"), line + " / " + Files.readString(err));
            String base = line.substring("listening on ".length());
            java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"guidelines\":1"), "the team's one policy is served: " + health.body());
            java.net.http.HttpResponse<String> discovery = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/cds-services")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, discovery.statusCode(), discovery.body());
            assertTrue(discovery.body().contains("\"services\""), discovery.body());
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            assertEquals(List.of(line), Files.readAllLines(out));
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void checkReadsTheTeamsOwnPoliciesFromTheirFolder() throws Exception {
        Run run = coverkit("check");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("1 file checked: 0 errors, 0 warnings"), run.out());
    }

    @Test
    void evalDecidesUnderTheTeamsPolicies() throws Exception {
        Run run = coverkit("eval", "requests/first.json");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("\"guideline\" : \"ncd-210.14\""), run.out());
        assertTrue(run.out().contains("\"outcome\" : \"MEETS_MEDICAL_NECESSITY\""), run.out());
    }

    @Test
    void theTeamsScenariosRunWithTheKitTheDistributionCarries() throws Exception {
        Run run = coverkit("test", "--threshold", "100");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("ncd-210.14: 22 of 22 clauses exercised (100.0%)"), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\d+ passed, 0 failed, 0 skipped\\s*"), run.out());
        assertTrue(Files.isRegularFile(team.resolve("coverkit-reports/clause-coverage.html")));
    }

    @Test
    void aGuidelineTheTeamDoesNotHaveIsNotFoundInCoverkitsOwn() throws Exception {
        Run run = coverkit("eval", Path.of("examples/meets-medical-necessity.json").toAbsolutePath().toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("no guideline `04-77260-19` is loaded; loaded: ncd-210.14"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
