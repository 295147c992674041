package io.coverkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run [--quick]}: runs every benchmark group with settings fitted to this machine,
 * prints one Markdown table (median and error per benchmark), writes it to {@code bench/results/},
 * then the headline ratios, one per line. Each group has its own JMH settings because a decision
 * takes nanoseconds and loading a thousand files takes seconds; one setting cannot suit both.
 */
public final class BenchMain {

    /** One line of the table. */
    record Row(String group, String name, String params, double median, double error, String unit, Double bytesPerOp) {}

    /** The rows of KitSpeedSpec's data table. */
    static final int KIT_SCENARIOS = 1000;

    private final boolean quick;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Row> byKey = new LinkedHashMap<>();

    private final String loadAtStart = loadAverage();

    private BenchMain(boolean quick) {
        this.quick = quick;
    }

    // Other work on the machine slows every figure; the table says how busy it was.
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Runs the suite; {@code --quick} for the short run, {@code --only GROUP,...} to run some groups. */
    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        String only = "";
        Path out = Path.of("bench", "results");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--only") && i + 1 < args.length) {
                only = args[++i];
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            }
        }
        BenchMain bench = new BenchMain(quick);
        List<String> groups = only.isEmpty() ? List.of("decision", "guidelines", "json", "loading", "batch", "startup", "kit", "series") : List.of(only.split(","));
        for (String group : groups) {
            switch (group) {
                case "decision" -> bench.decision();
                case "guidelines" -> bench.guidelines();
                case "json" -> bench.json();
                case "loading" -> bench.loading();
                case "batch" -> bench.batch();
                case "startup" -> bench.startup();
                case "kit" -> bench.kit();
                case "series" -> bench.series();
                default -> throw new IllegalArgumentException("unknown group " + group);
            }
        }
        bench.report(out, only.isEmpty() ? (quick ? "quick" : "full") : "partial");
    }

    private ChainedOptionsBuilder jmh(String include) {
        return new OptionsBuilder().include(include).shouldFailOnError(true).jvmArgsAppend("-Dcoverkit.home=" + DecisionPaths.repository());
    }

    private String agreement = "";

    /** The agreement test's check, repeated here so a table is never printed for paths that disagree. */
    private void checkAgreement() {
        DecisionPaths paths = new DecisionPaths();
        List<io.coverkit.request.CoverageRequest> requests = IgrtRequests.standard();
        for (int i = 0; i < requests.size(); i++) {
            var r = requests.get(i);
            var expected = paths.compiled.decide(r);
            if (!expected.equals(paths.handWritten.decide(r)) || !expected.equals(paths.drools.decide(r))
                    || !expected.equals(paths.groovy.decide(r)) || expected.outcome() != paths.compiled.outcome(r)
                    || expected.outcome() != paths.handWritten.outcome(r)) {
                throw new IllegalStateException("the decision paths disagree on request " + i + ": " + r);
            }
        }
        agreement = "Checked before timing: the four decision paths gave equal determinations, and both outcome-only paths "
                + "the same outcomes, on all " + requests.size() + " requests.";
        System.out.println(agreement);
    }

    private void decision() throws RunnerException {
        checkAgreement();
        ChainedOptionsBuilder o = jmh(DecisionBenchmark.class.getName() + "\\.").addProfiler(GCProfiler.class)
                // Five forks in the full run: here forks of the same path differ by up to 50% (JIT and
                // heap layout), more than one fork's iterations usually do, so the median is taken
                // over many short forks rather than a few long ones.
                .forks(quick ? 1 : 5)
                // C2 needs several seconds on two busy cores: with six warm-up rounds, Drools and the
                // Groovy closure were still getting faster while measured, which flattered coverkit.
                .warmupIterations(quick ? 5 : 10).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1));
        collect("decision", new Runner(o.build()).run());
    }

    private void guidelines() throws RunnerException {
        checkGuidelines();
        // Three forks in the full run, for the reason given in decision(); one guideline per fork.
        ChainedOptionsBuilder o = jmh(GuidelineBenchmark.class.getName() + "\\.").addProfiler(GCProfiler.class)
                .forks(quick ? 1 : 3)
                .warmupIterations(quick ? 5 : 8).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1));
        collect("guidelines", new Runner(o.build()).run());
    }

    /** GuidelinePathsAgreeTest's check, repeated so a table is never printed for paths that disagree. */
    private void checkGuidelines() {
        for (GuidelinePaths g : GuidelinePaths.values()) {
            var compiled = g.compiled();
            HandWritten hand = g.handWritten();
            List<io.coverkit.request.CoverageRequest> requests = g.requests();
            for (int i = 0; i < requests.size(); i++) {
                var r = requests.get(i);
                var expected = compiled.decide(r);
                if (!expected.equals(hand.decide(r)) || expected.outcome() != compiled.outcome(r) || expected.outcome() != hand.outcome(r)) {
                    throw new IllegalStateException("the decision paths of " + g.id + " disagree on request " + i + ": " + r);
                }
            }
        }
        String checked = "Checked before timing: for every guideline, the compiled and hand-written paths gave equal determinations, "
                + "and both outcome-only paths the same outcomes, on all 1024 standard requests.";
        agreement = agreement.isEmpty() ? checked : agreement + " " + checked;
        System.out.println(checked);
    }

    private void json() throws RunnerException {
        // Twenty warm-up rounds in the full run: with eight, decideJson (reader, three guidelines'
        // evaluators and writer for C2 to compile) was still getting faster while measured, from
        // about 60 to 18 us a request within one fork, under a load average of 5.
        ChainedOptionsBuilder o = jmh(JsonBenchmark.class.getName() + "\\.").addProfiler(GCProfiler.class)
                .forks(quick ? 1 : 3)
                .warmupIterations(quick ? 5 : 20).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1));
        collect("json (3 guidelines, 3072 requests)", new Runner(o.build()).run());
    }

    private void loading() throws RunnerException {
        String all = LoadingBenchmark.class.getName() + "\\.";
        String load = LoadingBenchmark.class.getName() + "\\.load$";
        // Warm: the same JVM has loaded the folder before. Parsing dominates, about linear in files.
        ChainedOptionsBuilder warm = jmh(all).addProfiler(GCProfiler.class).forks(1)
                .param("files", quick ? new String[] {"1", "10"} : new String[] {"1", "10", "100"})
                .warmupIterations(3).measurementIterations(quick ? 3 : 5);
        collect("loading warm", new Runner(warm.build()).run());
        // Cold: a fresh JVM, the first load it does. 1,000 files only in the full run, in one fork:
        // it takes minutes here.
        ChainedOptionsBuilder cold = jmh(load)
                .param("files", quick ? new String[] {"1"} : new String[] {"1", "10", "100"})
                .forks(quick ? 2 : 3).warmupIterations(0).measurementIterations(1);
        collect("loading cold", new Runner(cold.build()).run());
        if (!quick) {
            ChainedOptionsBuilder large = jmh(load).param("files", "1000").forks(1).warmupIterations(0).measurementIterations(1);
            collect("loading cold", new Runner(large.build()).run());
        }
    }

    private void series() throws RunnerException {
        // Adherence over a year of nightly records (issue 17, family 7): one decision per call.
        ChainedOptionsBuilder o = jmh(AdherenceBenchmark.class.getName() + "\\.").addProfiler(GCProfiler.class)
                .forks(quick ? 1 : 3)
                .warmupIterations(quick ? 3 : 5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(1));
        collect("series (adherence, 365 nightly records)", new Runner(o.build()).run());
    }

    private void batch() throws RunnerException {
        // Three forks of each in the full run: one fork's thread scaling came out anywhere from
        // 1.35x to 1.86x here, a wider spread than between its own iterations.
        ChainedOptionsBuilder o = jmh(BatchBenchmark.class.getName() + "\\.")
                .forks(quick ? 1 : 3)
                .warmupIterations(quick ? 2 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2));
        String output = BatchBenchmark.outputInMemory() ? "output in memory" : "output on disk";
        collect("batch (" + BatchBenchmark.LINES + " lines, " + output + ")", new Runner(o.build()).run());
    }

    private void startup() throws IOException, InterruptedException {
        Path root = DecisionPaths.repository();
        String example = root.resolve("examples/meets-medical-necessity.json").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> bare = List.of(java, "-version");
        List<String> eval = List.of(root.resolve("bin/coverkit").toString(), "eval", example);
        // The jar as a plain `java -jar` runs it: no class-data archive, no policy cache (the "before").
        List<String> plain = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dcoverkit.home=" + root, "-jar",
                cliJar(root).toString(), "eval", example);
        // First use builds the jar, writes the class-data archive and fills the policy cache.
        time(eval);
        time(eval);
        int rounds = quick ? 5 : 15;
        double[][] ms = new double[3][rounds];
        // Interleaved, so a burst of load on the machine hits every command alike.
        for (int i = 0; i < rounds; i++) {
            ms[0][i] = time(bare);
            ms[1][i] = time(eval);
            ms[2][i] = time(plain);
        }
        String group = "start-up (" + rounds + " runs)";
        add(spreadRow(group, "javaVersion", "java -version", ms[0], 1, "ms"));
        add(spreadRow(group, "coverkitEval", "bin/coverkit eval (archive + cache)", ms[1], 1, "ms"));
        add(spreadRow(group, "coverkitEvalPlain", "java -jar, no archive, no cache", ms[2], 1, "ms"));
    }

    /** The command line's jar in the distribution bench/run built (it passes its path), else found under cli/target. */
    private static Path cliJar(Path root) throws IOException {
        String given = System.getProperty("coverkit.cli.jar");
        if (given != null) {
            return Path.of(given);
        }
        try (var jars = Files.newDirectoryStream(root.resolve("cli/target/coverkit/lib"), "coverkit-cli-*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException("no cli/target/coverkit/lib/coverkit-cli-*.jar: build it with bench/run");
    }

    private static double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
        return ms;
    }

    /** Median and half the interquartile range of {@code ms}, each divided by {@code per}. */
    private static Row spreadRow(String group, String name, String what, double[] ms, double per, String unit) {
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        // Half the interquartile range: the spread of a process timing, robust to a stray slow run.
        double spread = (sorted[sorted.length * 3 / 4] - sorted[sorted.length / 4]) / 2;
        return new Row(group, name, what, median / per, spread / per, unit, null);
    }

    private void kit() {
        int runs = quick ? 2 : 6;
        double[] ms = new double[runs];
        long scenarios = KIT_SCENARIOS;
        for (int i = 0; i < runs; i++) {
            org.junit.platform.launcher.listeners.SummaryGeneratingListener listener =
                    new org.junit.platform.launcher.listeners.SummaryGeneratingListener();
            var request = org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
                    .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass("io.coverkit.bench.KitSpeedSpec"))
                    .build();
            long start = System.nanoTime();
            // Session listeners are the test run's own (the direct parser's cross-check among them), not
            // the kit's, so the suite runs as an analyst's build runs it.
            org.junit.platform.launcher.core.LauncherFactory.create(org.junit.platform.launcher.core.LauncherConfig.builder()
                    .enableLauncherSessionListenerAutoRegistration(false).build()).execute(request, listener);
            ms[i] = (System.nanoTime() - start) / 1e6;
            var summary = listener.getSummary();
            if (summary.getTotalFailureCount() > 0 || summary.getTestsSucceededCount() < KIT_SCENARIOS) {
                throw new IllegalStateException("the kit scenarios did not all pass: " + summary.getTestsSucceededCount()
                        + " passed, " + summary.getTotalFailureCount() + " failed");
            }
            // Every data row is one scenario; the feature itself also counts as a succeeded test.
            scenarios = KIT_SCENARIOS;
        }
        // The first run compiles the guideline and warms Spock; later runs reuse the compiled suite.
        add(new Row("kit (" + scenarios + " scenarios)", "first suite run", "compiles the guideline", ms[0] * 1000 / scenarios, 0,
                "us/scenario", null));
        add(spreadRow("kit (" + scenarios + " scenarios)", "later suite runs", "guideline already compiled",
                java.util.Arrays.copyOfRange(ms, 1, runs), scenarios / 1000.0, "us/scenario"));
    }

    private void collect(String group, Collection<RunResult> results) {
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            String params = run.getParams().getParamsKeys().stream()
                    .map(k -> k + "=" + run.getParams().getParam(k)).collect(Collectors.joining(" "));
            // JMH declares the secondary results with the raw type Result; a typed loop keeps the
            // raw type out of this code (a lambda over them would be inferred raw).
            Double bytes = null;
            for (Map.Entry<String, ?> e : run.getSecondaryResults().entrySet()) {
                if (bytes == null && e.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = ((Result<?>) e.getValue()).getScore();
                }
            }
            double error = primary.getScoreError();
            add(new Row(group, name, params, primary.getStatistics().getPercentile(50), Double.isNaN(error) ? 0 : error,
                    primary.getScoreUnit(), bytes));
        }
    }

    void add(Row row) {
        rows.add(row);
        byKey.put(row.name() + (row.params().isEmpty() ? "" : "[" + row.params() + "]"), row);
    }

    private Double median(String key) {
        Row row = byKey.get(key);
        return row == null ? null : row.median();
    }

    private void report(Path out, String kind) throws IOException {
        StringBuilder md = new StringBuilder();
        String when = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        md.append("# coverkit benchmarks (").append(kind).append(quick ? ", quick settings" : "").append(" run, ").append(when).append(")\n\n");
        md.append("Machine: ").append(machine()).append("  \n");
        md.append("Load average (1, 5, 15 min) at start: ").append(loadAtStart).append("; at end: ").append(loadAverage())
                .append("\n\n");
        if (!agreement.isEmpty()) {
            md.append(agreement).append("\n\n");
        }
        md.append("| group | benchmark | params | median | error (99.9%) | unit | bytes/op |\n");
        md.append("|---|---|---|---:|---:|---|---:|\n");
        for (Row r : rows) {
            md.append("| ").append(r.group()).append(" | ").append(r.name()).append(" | ").append(r.params()).append(" | ")
                    .append(num(r.median())).append(" | ").append(num(r.error())).append(" | ").append(r.unit()).append(" | ")
                    .append(r.bytesPerOp() == null ? "" : num(r.bytesPerOp())).append(" |\n");
        }
        md.append('\n');
        List<String> ratios = ratios();
        ratios.forEach(line -> md.append(line).append("  \n"));
        Files.createDirectories(out);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        // A run of some groups only never replaces the latest full or quick table.
        Path file = out.resolve(kind + "-" + stamp + ".md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("latest-" + kind + ".md"), md, StandardCharsets.UTF_8);
        System.out.println();
        if (!agreement.isEmpty()) {
            System.out.println(agreement);
        }
        System.out.print(md.substring(md.indexOf("| group")));
        System.out.println("written to " + file);
    }

    private List<String> ratios() {
        List<String> lines = new ArrayList<>();
        ratio(lines, "ratio compiled/hand-written", median("compiled"), median("handWritten"));
        for (GuidelinePaths g : GuidelinePaths.values()) {
            String p = "[guideline=" + g.id + "]";
            ratio(lines, "ratio compiled/hand-written " + g.id, median("compiled" + p), median("handWritten" + p));
        }
        for (GuidelinePaths g : GuidelinePaths.values()) {
            String p = "[guideline=" + g.id + "]";
            ratio(lines, "ratio outcome-only compiled/hand-written " + g.id, median("compiledOutcome" + p), median("handWrittenOutcome" + p));
        }
        ratio(lines, "ratio decideJson/jackson-roundtrip", median("decideJson"), median("jacksonRoundTrip"));
        ratio(lines, "ratio drools/compiled", median("drools"), median("compiled"));
        // Throughput ratio: the baseline's time over the batch's time on the same file and threads.
        ratio(lines, "ratio batch/parse-only", median("parseOnly[threads=2]"), median("batch[threads=2]"));
        ratio(lines, "ratio groovy-closure/compiled", median("groovyClosure"), median("compiled"));
        ratio(lines, "ratio outcome-only compiled/hand-written", median("compiledOutcome"), median("handWrittenOutcome"));
        ratio(lines, "ratio batch threads 2/1 (speed-up)", median("batch[threads=1]"), median("batch[threads=2]"));
        ratio(lines, "ratio start-up coverkit-eval/java-version", median("coverkitEval[bin/coverkit eval (archive + cache)]"),
                median("javaVersion[java -version]"));
        ratio(lines, "ratio start-up plain-java-jar/java-version", median("coverkitEvalPlain[java -jar, no archive, no cache]"),
                median("javaVersion[java -version]"));
        return lines;
    }

    private static void ratio(List<String> lines, String label, Double numerator, Double denominator) {
        if (numerator != null && denominator != null && denominator > 0) {
            lines.add(label + ": " + String.format(Locale.ROOT, "%.2f", numerator / denominator));
        }
    }

    private static String num(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the processor name is a nicety
        }
        long memoryGiB = Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024.0 * 1024 * 1024));
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memoryGiB + " GiB, "
                + System.getProperty("os.name") + ", Java " + System.getProperty("java.runtime.version");
    }
}
