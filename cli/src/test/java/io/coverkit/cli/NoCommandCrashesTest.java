package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.dsl.DirectParserCrossCheck;
import io.coverkit.examples.ExampleRequests;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the command line over every input the project ships: the examples, the request
 * fixtures (fuzzing's crash inputs among them), the real policies and every policy fixture
 * (diagnostic goldens, benign and hostile corpora, diff and changelog fixtures). Whatever the input,
 * a command answers with its output or a message; none may end in a stack trace or in the
 * "internal error, please report" line. Runs in-process through {@link Main}, as the command line
 * does; a few runs are separate processes.
 */
class NoCommandCrashesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RESOURCES = Path.of("dsl/src/test/resources");
    /** The requests explained under each policy fixture (all of them go through batch): one per contract and a malformed one. */
    private static final List<Path> EXPLAINED = List.of(Path.of("examples/meets-medical-necessity.json"),
            Path.of("examples/malformed-request.json"), Path.of("core/src/test/resources/requests/valid-full.json"), Path.of("core/src/test/resources/requests/v2-full.json"));
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^Caused by: ");

    @TempDir
    Path tmp;

    private final List<String> crashes = new ArrayList<>();
    private int runs;
    private AutoCloseable crossCheck;
    private String cacheBefore;

    @BeforeEach
    void asBinCoverkitRunsIt() throws IOException {
        // Models cached as bin/coverkit caches them, so the deciding commands read each file once;
        // and the direct parser is not held against Groovy's on every one of a thousand reads.
        cacheBefore = System.getProperty("coverkit.cache");
        System.setProperty("coverkit.cache", Files.createDirectories(tmp.resolve("cache")).toString());
        crossCheck = DirectParserCrossCheck.suspend();
    }

    @AfterEach
    void restore() throws Exception {
        crossCheck.close();
        if (cacheBefore == null) {
            System.clearProperty("coverkit.cache");
        } else {
            System.setProperty("coverkit.cache", cacheBefore);
        }
    }

    @Test
    void theDecidingCommandsAnswerEveryRequestFixtureUnderTheRealPolicies() throws IOException {
        for (Path request : requestFiles()) {
            String file = request.toString();
            run("eval", file);
            run("eval", file, "--explain");
            run("eval", file, "--as-of", "2010-01-01", "--explain");
            run("eval", file, "--as-of", "2026-01-01", "--policies", "policies");
        }
        Path all = ndjson(requestFiles(), null);
        run("batch", all.toString());
        run("batch", all.toString(), "--parse-only", "--threads", "1");
        run("batch", all.toString(), "-o", tmp.resolve("out.ndjson").toString());
        run("eval", "examples");
        run("eval", tmp.resolve("missing.json").toString());
        run("batch", tmp.resolve("missing.ndjson").toString());
        noCrashes();
    }

    @Test
    void everyCommandReadsTheRealPolicies() throws IOException {
        run();
        run("--help");
        run("--version");
        for (String command : List.of("check", "eval", "render", "diff", "lock", "docs", "test", "batch", "bundle", "serve")) {
            run(command, "--help");
        }
        run("check");
        run("check", "--format", "json");
        run("check", "--format", "xml");
        everyGuidelineOf(Path.of("policies"), requestFiles());
        run("diff", "04-77260-19", "--from", "2026-05-15", "--to", "2027-05-15", "--requests", "examples");
        run("diff", "04-77260-19", "--from", "2025-05-15", "--to", "2026-01-01", "--requests", "examples", "--format", "json");
        run("diff", "04-77260-19", "--from", "2026-13-01", "--to", "2026-01-01");
        run("diff", "04-77260-19", "--from", "2026-01-01", "--to", "2025-01-01");
        run("render", "04-77260-19", "--format", "pdf");
        run("render", "no-such-guideline");
        run("eval", "examples/meets-medical-necessity.json", "--as-of", "yesterday");
        Path copy = copyOf(Path.of("policies"));
        run("lock", copy.toString());
        run("lock", copy.toString(), "--on", "2020-01-01");
        run("lock", copy.toString(), "--on", "not-a-date");
        run("check", copy.toString());
        run("bundle", "-o", tmp.resolve("policies.ckb").toString());
        run("bundle");
        run("eval", "examples/meets-medical-necessity.json", "--bundle", tmp.resolve("policies.ckb").toString(), "--explain");
        run("eval", "examples/meets-medical-necessity.json", "--bundle", tmp.resolve("missing.ckb").toString());
        run("eval", "examples/meets-medical-necessity.json", "--bundle", "examples/meets-medical-necessity.json");
        run("docs", tmp.resolve("docs").toString());
        run("docs", tmp.resolve("docs").toString(), "--ide-dir", tmp.resolve("ide").toString());
        run("test", "specs/osteoporosis", "--reports", tmp.resolve("reports").toString());
        run("test", "specs/igrt/IndicationsSpec.groovy", "--threshold", "most");
        noCrashes();
    }

    @Test
    void everyCommandReadsEveryPolicyFixture() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        for (String folder : List.of("benign", "diagnostics", "diff", "dsl")) {
            fixtures.addAll(policyFiles(RESOURCES.resolve(folder)));
        }
        fixtures.add(Path.of("specs/igrt/fixtures/04-77260-19-changelog-mistakes.policy"));
        for (Path fixture : fixtures) {
            // one file to a folder: the commands read a folder, and a file's own name is its guideline's
            Path folder = Files.createDirectories(tmp.resolve("fixtures").resolve(String.valueOf(runs)));
            String name = fixture.getFileName().toString();
            // a fixture kept beside the specs under another extension is read as its guideline's file
            Files.copy(fixture, folder.resolve(name.endsWith(".policy") ? name.replaceFirst("^(\\d{2}-\\d{5}-\\d{2}).*", "$1.groovy") : name));
            run("check", folder.toString());
            run("check", folder.toString(), "--format", "json");
            everyGuidelineOf(folder, EXPLAINED);
            run("lock", folder.toString());
            run("check", folder.toString());
        }
        noCrashes();
    }

    @Test
    void theHostileCorpusIsReportedNotCrashedOn() throws IOException {
        Path hostile = RESOURCES.resolve("hostile");
        // the whole corpus in each run: every file goes through Groovy's parser, the costly part
        run("check", hostile.toString(), "--format", "json");
        Path copy = copyOf(hostile);
        run("lock", copy.toString());
        run("eval", "examples/meets-medical-necessity.json", "--policies", copy.toString());
        noCrashes();
    }

    @Test
    void separateProcessesAnswerWithoutAStackTrace() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        for (String[] args : List.of(
                new String[] {"eval", root.resolve("examples/malformed-request.json").toString(), "--explain"},
                new String[] {"check", root.resolve("dsl/src/test/resources/hostile").toString()},
                new String[] {"render", "ncd-210.14", "--format", "html"})) {
            CliProcess run = CliProcess.run(tmp, args);
            judge(String.join(" ", args), run.code(), run.out() + run.err());
        }
        noCrashes();
    }

    /**
     * For each guideline of {@code folder} (and each file's name, loaded or not): render in both
     * formats on every revision's date and the day before the first, diff between consecutive
     * revisions, batch every request retargeted at it, and explain {@code explained} so retargeted.
     */
    private void everyGuidelineOf(Path folder, List<Path> explained) throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(folder);
        TreeSet<String> ids = new TreeSet<>(library.guidelineIds());
        for (Path file : policyFiles(folder)) {
            String name = file.getFileName().toString();
            ids.add(name.substring(0, name.length() - ".groovy".length()));
        }
        String policies = folder.toString();
        for (String id : ids) {
            List<LocalDate> dates = dates(library.evaluator(id).map(e -> e.guideline()).orElse(null));
            for (LocalDate date : dates) {
                run("render", id, "--policies", policies, "--as-of", date.toString());
                run("render", id, "--policies", policies, "--as-of", date.toString(), "--format", "html");
            }
            for (int i = 1; i < dates.size(); i++) {
                run("diff", id, "--policies", policies, "--from", dates.get(i - 1).toString(), "--to", dates.get(i).toString());
            }
            run("diff", id, "--policies", policies, "--from", dates.get(0).toString(), "--to", dates.get(dates.size() - 1).toString(),
                    "--requests", "examples", "--format", "json");
            Path requests = ndjson(requestFiles(), id);
            run("batch", requests.toString(), "--policies", policies);
            for (String line : Files.readAllLines(ndjson(explained, id), java.nio.charset.StandardCharsets.ISO_8859_1)) {
                Path one = Files.writeString(tmp.resolve("request.json"), line, java.nio.charset.StandardCharsets.ISO_8859_1);
                run("eval", one.toString(), "--policies", policies, "--explain");
            }
        }
    }

    private static List<LocalDate> dates(Guideline guideline) {
        if (guideline == null) {
            return List.of(LocalDate.parse("2020-01-01"), LocalDate.parse("2026-06-01"));
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(guideline.originalEffectiveDate().minusDays(1));
        dates.add(guideline.originalEffectiveDate());
        for (Revision r : guideline.revisions()) {
            dates.add(r.effective());
        }
        return List.copyOf(dates);
    }

    /** Every request file the project ships: the examples and the request fixtures, whatever their contents. */
    private static List<Path> requestFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("examples"), Path.of("core/src/test/resources/requests"), Path.of("cli/src/test/resources/io"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(ExampleRequests::outsideProjects).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The requests one to a line (retargeted at {@code guideline} where they are JSON objects and it is given). */
    private Path ndjson(List<Path> requests, String guideline) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Path request : requests) {
            String text = Files.readString(request, java.nio.charset.StandardCharsets.ISO_8859_1);
            try {
                JsonNode node = JSON.readTree(text);
                if (node instanceof ObjectNode object && guideline != null) {
                    object.put("guideline", guideline);
                }
                lines.append(JSON.writeValueAsString(node));
            } catch (IOException notJson) {
                lines.append(text.replace('\n', ' ').replace('\r', ' '));
            }
            lines.append('\n');
        }
        return Files.writeString(tmp.resolve("requests-" + runs + ".ndjson"), lines.toString(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static List<Path> policyFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".groovy") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private Path copyOf(Path folder) throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("copy-" + runs));
        for (Path file : policyFiles(folder)) {
            Files.copy(file, copy.resolve(folder.relativize(file).toString().replace('/', '-')));
        }
        return copy;
    }

    private void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        judge(String.join(" ", args), code, out + "\n" + err);
    }

    private void judge(String command, int code, String shown) {
        runs++;
        if (code == Crash.EXIT_CODE || shown.contains("please report") || STACK_TRACE.matcher(shown).find()) {
            String firstLines = String.join("\n", shown.strip().lines().filter(l -> !l.isBlank()).limit(4).toList());
            crashes.add("coverkit " + command + " (exit " + code + "):\n    " + firstLines.replace("\n", "\n    "));
        }
    }

    private void noCrashes() {
        assertTrue(runs > 0);
        assertEquals(List.of(), crashes, crashes.size() + " of " + runs + " runs crashed:\n" + String.join("\n", crashes));
    }
}
