package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.docs.Readme.Block;
import io.coverkit.docs.Readme.Command;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command README.md shows is run as the reader runs it, in a copy of the project, and prints
 * what the README shows: the exit code is 0 and the output under a {@code $ command} is the
 * printed output (the rule is {@link ShownOutput}'s: exact, {@code ...} alone on a line for lines
 * left out). A command that cannot run inside the build is listed in {@link #NOT_RUN} with the
 * reason and what is checked instead; output shown without its command is reproduced by an entry
 * of {@link #OUTPUT_ONLY}. A command or block that is neither fails the test, as does an entry that
 * no longer matches the README, so README and test cannot drift apart.
 *
 * <p>Every failure names the README line: the command's, or the shown output line that was not
 * printed.
 */
class ReadmeCommandsTest {

    private static final Path README = Path.of("README.md");

    /** A Java stack frame: no command may print one, whatever its exit code. */
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w.$/-]+\\(.*\\)$", Pattern.MULTILINE);

    /** Characters that would need a shell: README commands are plain, so the test runs them without one. */
    private static final Pattern SHELL_SYNTAX = Pattern.compile("[|&;<>$`*?(){}\\\\]");

    /** A check made instead of running a command, or to reproduce output shown without its command; returns the problems. */
    @FunctionalInterface
    interface Check {
        List<String> run(Path checkout) throws IOException, InterruptedException;
    }

    /** Why a command is not run, and what is checked instead. */
    record NotRun(String reason, Check instead) {}

    /** Commands README shows that cannot run inside the build. */
    private static Map<String, NotRun> notRun() {
        Map<String, NotRun> notRun = new java.util.HashMap<>(Map.of(
            "mvn verify", new NotRun("it is the build this test runs in", fileExists("pom.xml")),
            "bench/run", new NotRun("the full benchmark run takes about 14 minutes", executable("bench/run")),
            "bench/run --quick", new NotRun("about two minutes of timing on a machine shared with the build; "
                    + "the benchmarks compile with the tests, so they cannot rot unseen", executable("bench/run")),
            "bench/run --only decision,batch", new NotRun("minutes of timing, as `bench/run --quick`", executable("bench/run")),
            "openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out bundle-signing.pem",
            new NotRun("openssl is not coverkit (nor on every build machine); the JDK makes the same kind of key pair, so the"
                    + " README's signed-bundle commands run with it", BundleKeyFiles::write),
            "openssl pkey -in bundle-signing.pem -pubout -out bundle-signing.pub.pem",
            new NotRun("written with the private key, as above", fileExists("bundle-signing.pub.pem"))));
        String served = "it runs until stopped; the check starts it from the copy, as a process, and sends the README's calls to it";
        notRun.put(SERVE, new NotRun(served, ServedExamples::serve));
        String spark = "it runs Spark, which this test starts from the copy as a process (once: the check of its printed block reuses the run)";
        notRun.put(SparkJobs.DECIDE, new NotRun(spark, SparkJobs::decide));
        notRun.put(SparkJobs.IMPACT, new NotRun(spark, SparkJobs::impact));
        for (String call : CURLS) {
            notRun.put(call, new NotRun("curl is not on every build machine; the JDK's HTTP client sends the same call to the served copy",
                    checkout -> ServedExamples.curl(checkout, call)));
        }
        return Map.copyOf(notRun);
    }

    private static final String SERVE = "bin/coverkit serve --port 8080 --insecure-dev";

    /** The calls README's "Serving CRD and DTR" makes to the served guidelines. */
    private static final List<String> CURLS = List.of(
            "curl -s http://127.0.0.1:8080/cds-services",
            "curl -s -H 'Content-Type: application/json' --data @examples/crd/igrt-commercial-all-documents.request.json"
                    + " http://127.0.0.1:8080/cds-services/coverkit-order-sign",
            "curl -s -H 'Content-Type: application/json' --data @examples/crd/igrt-commercial-indication-answered.request.json"
                    + " http://127.0.0.1:8080/cds-services/coverkit-order-sign",
            "curl -s 'http://127.0.0.1:8080/guidelines/04-77260-19.html?asOf=2026-06-01'");

    // after the calls it names, as static fields are set in order
    private static final Map<String, NotRun> NOT_RUN = notRun();

    /**
     * Commands that fail today for a known reason, run all the same: each is expected to fail, and
     * the test fails once it works, so that its entry is removed and its output checked from then on.
     */
    private static final Map<String, String> PENDING = Map.of();

    // The first lines of the blocks README shows as the Spark jobs' output.
    private static final String SPARK_DECIDED = "decided 737 rows: MEETS_MEDICAL_NECESSITY=315, NOT_MEDICALLY_NECESSARY=239,"
            + " INSUFFICIENT_DOCUMENTATION=13, DEFER_TO_PROGRAM=5, NOT_APPLICABLE=62, REVISION_CONTENT_UNKNOWN=58,"
            + " NEEDS_MORE_INFORMATION=40, NO_PRIOR_AUTHORIZATION_REQUIRED=4, COVERED_UNDER_STUDY=1";
    private static final String SPARK_IMPACT = "  04-77260-19: DEFER_TO_PROGRAM -> NOT_APPLICABLE: 8";

    /** Output shown without its command, by the block's first line: how it is reproduced, or why it is not output. */
    private static final Map<String, Check> OUTPUT_ONLY = Map.of(
            "policies/04-77260-19.groovy:22:13: error[R001]: unknown keyword `indicaton`", ReadmeCommandsTest::misspeltKeyword,
            // printed by `coverkit test` for a spec without the internal-motion scenarios, which TestCommandTest runs;
            // here only that the line still names the indication's clause
            "  not exercised: policies/04-77260-19.groovy:27: 04-77260-19/indication/internal-motion",
            checkout -> lineContains(checkout, "policies/04-77260-19.groovy", 27, "id: 'internal-motion'"),
            "policies/*.groovy -> dsl/ (pre-parse gate -> syntax tree, no compilation -> vocabulary reader) -> model",
            checkout -> List.of() /* a diagram of the pipeline, not output */,
            SPARK_DECIDED, SparkJobs.printed(SparkJobs.DECIDE, SPARK_DECIDED),
            SPARK_IMPACT, SparkJobs.printed(SparkJobs.IMPACT, SPARK_IMPACT));

    @Test
    void everyCommandShownRunsAndPrintsWhatIsShown(@TempDir Path temp) throws Exception {
        Readme readme = Readme.read(README);
        List<String> problems = new ArrayList<>();
        Path checkout = copyOfTheProject(temp.resolve("checkout"));

        for (Block block : readme.blocks()) {
            String language = block.language();
            if (!language.isEmpty() && !language.equals("sh") && !Readme.CODE_LANGUAGES.contains(language)) {
                problems.add("README.md:" + block.line() + ": a ```" + language + " block: commands go in ```sh blocks or `$ ` lines of "
                        + "a ``` block, code in ```" + String.join("/", Readme.CODE_LANGUAGES.stream().sorted().toList()) + "; or teach "
                        + "this test the language");
            }
        }
        problems.addAll(outputOnlyBlocks(readme, checkout));

        List<Command> commands = readme.commands();
        Set<String> shown = new HashSet<>(commands.stream().map(Command::text).toList());
        stale(NOT_RUN.keySet(), shown, "NOT_RUN", problems);
        stale(PENDING.keySet(), shown, "PENDING", problems);

        List<Command> toRun = new ArrayList<>();
        for (Command command : commands) {
            NotRun notRun = NOT_RUN.get(command.text());
            if (notRun != null) {
                notRun.instead().run(checkout).forEach(p -> problems.add(command + " (not run: " + notRun.reason() + "): " + p));
            } else if (!command.text().startsWith("bin/coverkit ")) {
                problems.add(command + ": neither run by this test (it runs `bin/coverkit ...`) nor listed in NOT_RUN with a reason");
            } else if (SHELL_SYNTAX.matcher(command.text()).find()) {
                problems.add(command + ": shell syntax; this test runs plain commands without a shell (or list it in NOT_RUN)");
            } else {
                toRun.add(command);
            }
        }
        problems.addAll(runAll(toRun, checkout));

        assertTrue(problems.isEmpty(), () -> problems.size() + " README problem(s):\n" + String.join("\n", problems));
    }

    // The scenario runs write the reports folder and take longest: they run beside the others.
    private static List<String> runAll(List<Command> commands, Path checkout) throws Exception {
        List<Command> scenarios = commands.stream().filter(c -> c.text().startsWith("bin/coverkit test")).toList();
        List<Command> rest = commands.stream().filter(c -> !scenarios.contains(c)).toList();
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        try {
            Future<Map<Command, List<String>>> a = lanes.submit(() -> runInOrder(scenarios, checkout));
            Future<Map<Command, List<String>>> b = lanes.submit(() -> runInOrder(rest, checkout));
            Map<Command, List<String>> results = new LinkedHashMap<>(b.get());
            results.putAll(a.get());
            List<String> problems = new ArrayList<>();
            for (Command command : commands) {
                problems.addAll(results.get(command));
            }
            return problems;
        } finally {
            lanes.shutdownNow();
        }
    }

    private static Map<Command, List<String>> runInOrder(List<Command> commands, Path checkout) throws IOException, InterruptedException {
        Map<Command, List<String>> results = new LinkedHashMap<>();
        for (Command command : commands) {
            CoverkitProcess run = CoverkitProcess.run(checkout, arguments(command.text()));
            List<String> problems = problems(command, run);
            String pending = PENDING.get(command.text());
            if (pending == null) {
                results.put(command, problems);
            } else if (problems.isEmpty()) {
                results.put(command, List.of(command + ": works now; remove it from PENDING (" + pending + ")"));
            } else {
                results.put(command, List.of()); // fails as PENDING says
            }
        }
        return results;
    }

    private static List<String> problems(Command command, CoverkitProcess run) {
        List<String> problems = new ArrayList<>();
        if (run.code() != 0) {
            problems.add(command + ": exit " + run.code() + ", expected 0" + printed(run));
        }
        if (STACK_FRAME.matcher(run.out()).find() || STACK_FRAME.matcher(run.err()).find()) {
            problems.add(command + ": printed a Java stack trace" + printed(run));
        }
        if (!command.shown().isEmpty()) {
            ShownOutput.whole(command.shown()).mismatch(run.lines())
                    .ifPresent(why -> problems.add(command + ": " + why + printed(run)));
        }
        return problems;
    }

    private static String printed(CoverkitProcess run) {
        List<String> lines = run.lines();
        int limit = 40;
        String text = String.join("\n    ", lines.subList(0, Math.min(limit, lines.size())));
        return "\n  printed (standard output, then standard error" + (lines.size() > limit ? ", first " + limit + " lines" : "")
                + "):\n    " + text;
    }

    private static List<String> outputOnlyBlocks(Readme readme, Path checkout) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : readme.blocks()) {
            if (!block.isOutputOnly()) {
                continue;
            }
            String first = block.lines().isEmpty() ? "" : block.lines().get(0).text();
            seen.add(first);
            Check check = OUTPUT_ONLY.get(first);
            if (check == null) {
                problems.add("README.md:" + block.line() + ": output shown without its command (first line `" + first
                        + "`): show the command as a `$ ` line above it, or add the block to OUTPUT_ONLY with how it is reproduced");
            } else {
                check.run(checkout).forEach(p -> problems.add("README.md:" + block.line() + " (output shown without its command): " + p));
            }
        }
        stale(OUTPUT_ONLY.keySet(), seen, "OUTPUT_ONLY", problems);
        return problems;
    }

    private static void stale(Set<String> listed, Set<String> inReadme, String list, List<String> problems) {
        listed.stream().filter(k -> !inReadme.contains(k)).sorted()
                .forEach(k -> problems.add(list + " lists `" + k + "`, which README.md no longer shows: remove the entry"));
    }

    // --- the checks ---------------------------------------------------------------------------

    /** README's diagnostic for a misspelt keyword, e.g. `policies/X.groovy:22:13: error[R001]: unknown keyword `indicaton``. */
    private static final Pattern MISSPELT = Pattern.compile("(\\S+\\.groovy):(\\d+):(\\d+): error\\[R001\\]: unknown keyword `(\\w+)`");

    /** The keyword README says was meant: "help: did you mean `indication`?". */
    private static final Pattern MEANT = Pattern.compile("help: did you mean `(\\w+)`\\?");

    /**
     * The diagnostic README shows for a misspelt keyword, printed by {@code bin/coverkit check FILE} on a
     * copy of the policy misspelt where the diagnostic says.
     */
    private static List<String> misspeltKeyword(Path checkout) throws IOException, InterruptedException {
        Block block = Readme.read(README).blocks().stream()
                .filter(b -> b.isOutputOnly() && MISSPELT.matcher(b.lines().get(0).text()).matches()).findFirst().orElseThrow();
        Matcher where = MISSPELT.matcher(block.lines().get(0).text());
        Matcher meant = MEANT.matcher(block.lines().size() > 1 ? block.lines().get(1).text() : "");
        if (!where.matches() || !meant.find()) {
            return List.of("the block no longer reads `FILE:LINE:COL: error[R001]: unknown keyword `X`` then `help: did you mean `Y`?`");
        }
        String file = where.group(1);
        int number = Integer.parseInt(where.group(2));
        int column = Integer.parseInt(where.group(3));
        Path mistake = checkout.resolveSibling("mistake");
        copy(checkout.resolve("policies"), mistake.resolve("policies"));
        Path policy = mistake.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(policy));
        String line = number <= lines.size() ? lines.get(number - 1) : "";
        if (line.length() < column || !line.startsWith(meant.group(1) + " ", column - 1)) {
            return List.of(file + ":" + number + ":" + column + " is not the keyword `" + meant.group(1) + "`: show a place where it is");
        }
        lines.set(number - 1, line.substring(0, column - 1) + where.group(4) + line.substring(column - 1 + meant.group(1).length()));
        Files.write(policy, lines);
        CoverkitProcess run = CoverkitProcess.run(mistake, List.of("check", file));
        List<String> problems = new ArrayList<>();
        if (run.code() != 1) {
            problems.add("`bin/coverkit check " + file + "` with `" + where.group(4) + "` there exits " + run.code() + ", expected 1");
        }
        ShownOutput.excerpt(block.lines()).mismatch(run.lines()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            problems.add("printed:\n    " + String.join("\n    ", run.lines()));
        }
        return problems;
    }

    private static Check fileExists(String file) {
        return checkout -> Files.isRegularFile(checkout.resolve(file)) ? List.of() : List.of(file + " is missing");
    }

    private static Check executable(String file) {
        return checkout -> Files.isRegularFile(checkout.resolve(file)) && Files.isExecutable(checkout.resolve(file))
                ? List.of() : List.of(file + " is missing or not executable");
    }

    private static List<String> lineContains(Path checkout, String file, int number, String text) throws IOException {
        List<String> lines = Files.readAllLines(checkout.resolve(file));
        return number <= lines.size() && lines.get(number - 1).contains(text) ? List.of()
                : List.of(file + ":" + number + " does not hold `" + text + "` any more: show the line that does");
    }

    // --- running commands as the reader does ---------------------------------------------------

    /** The arguments after {@code bin/coverkit}; single and double quotes group words, as in a shell. */
    static List<String> arguments(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.substring("bin/coverkit ".length()).toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** The project as a reader's checkout has it: everything but the build output and version control. */
    private static Path copyOfTheProject(Path to) throws IOException {
        Set<String> left = Set.of("target", ".git", "coverkit-reports");
        try (Stream<Path> top = Files.list(Path.of("").toAbsolutePath())) {
            for (Path p : top.toList()) {
                String name = p.getFileName().toString();
                if (!left.contains(name)) {
                    copy(p, to.resolve(name));
                }
            }
        }
        return to;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
