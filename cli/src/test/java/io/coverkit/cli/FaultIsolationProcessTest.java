package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.examples.ExampleRequests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} and {@code batch}, each in a process of its own, over the real policies plus a
 * hostile file and a file with errors: the real guidelines decide as with the real policies alone,
 * each bad file is one line on standard error, and a request for the broken guideline says why it
 * cannot be decided.
 */
class FaultIsolationProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEETS = "examples/meets-medical-necessity.json";

    @TempDir
    static Path folder;

    private static Path hostile;
    private static Path broken;

    @BeforeAll
    static void folderWithTwoBadFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        hostile = Files.copy(Path.of("dsl/src/test/resources/hostile/alloc-byte-array.groovy"), folder.resolve("alloc-byte-array.groovy"));
        broken = folder.resolve("99-00000-01.groovy");
        Files.writeString(broken, """
                guideline('99-00000-01') {
                    title 'Broken on purpose'
                    colour 'red'
                }
                """);
    }

    private static CliProcess coverkit(String... args) throws Exception {
        return CliProcess.run(Path.of("").toAbsolutePath(), args);
    }

    /** The lines of standard error that report a bad policy file. */
    private static List<String> reported(CliProcess run) {
        return run.err().lines().filter(l -> l.startsWith(folder.toString())).toList();
    }

    @Test
    void evalDecidesAHealthyGuidelineAsTheRealPoliciesAloneAndReportsEachBadFileInOneLine() throws Exception {
        CliProcess alone = coverkit("eval", MEETS, "--policies", "policies");
        CliProcess withBadFiles = coverkit("eval", MEETS, "--policies", folder.toString());
        assertEquals(0, withBadFiles.code(), withBadFiles::toString);
        assertEquals(alone.out(), withBadFiles.out());
        List<String> lines = reported(withBadFiles);
        assertEquals(2, lines.size(), withBadFiles.err());
        assertTrue(lines.get(0).startsWith(broken + ":") && lines.get(1).startsWith(hostile + ":"), lines::toString);
        assertTrue(lines.stream().allMatch(l -> l.endsWith("run `coverkit check " + l.substring(0, l.indexOf(".groovy:") + 7) + "`)")),
                lines::toString);
    }

    @Test
    void evalOfARequestForTheBrokenGuidelineSaysItIsUnavailableAndExitsOne(@TempDir Path dir) throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(request, Files.readString(Path.of(MEETS)).replace("\"04-77260-19\"", "\"99-00000-01\""));
        CliProcess run = coverkit("eval", request.toString(), "--policies", folder.toString());
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.err().contains(request + ": guideline: guideline `99-00000-01` is unavailable because of errors in " + broken),
                run.err());
    }

    @Test
    void batchDecidesEveryLineForAHealthyGuidelineAsTheRealPoliciesAlone(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Path file : ExampleRequests.files().stream().filter(p -> !p.toString().contains("malformed")).toList()) {
            lines.add(JSON.readTree(Files.readString(file)).toString());
        }
        Path requests = dir.resolve("requests.ndjson");
        Files.writeString(requests, String.join("\n", lines) + "\n");
        CliProcess alone = coverkit("batch", requests.toString(), "--policies", "policies", "--threads", "2");
        assertEquals(0, alone.code(), alone::toString);
        Files.writeString(requests, lines.get(0).replace("\"04-77260-19\"", "\"99-00000-01\"") + "\n", java.nio.file.StandardOpenOption.APPEND);
        CliProcess withBadFiles = coverkit("batch", requests.toString(), "--policies", folder.toString(), "--threads", "2");
        assertEquals(2, withBadFiles.code(), withBadFiles::toString);
        List<String> records = withBadFiles.lines();
        assertEquals(alone.lines(), records.subList(0, lines.size()));
        assertTrue(records.get(lines.size()).contains("is unavailable because of errors in " + broken), records.get(lines.size()));
        assertEquals(2, reported(withBadFiles).size(), withBadFiles.err());
    }
}
