package io.coverkit.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.coverage.CoverageThreshold;
import io.coverkit.coverage.CoverageWriter;
import io.coverkit.coverage.GuidelineCoverage;
import io.coverkit.kit.KitReports;
import io.coverkit.kit.ScenarioLog;
import io.coverkit.kit.SpecCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit test [PATH...]}: compiles scenario specs (folders or single {@code .groovy}
 * files), runs them through the JUnit Platform Launcher, prints PASS/FAIL/SKIP counts and the
 * clause coverage, writes the reports, and exits 1 on a failure or an unmet threshold.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Run scenario specs; print results and clause coverage; write the HTML and JSON reports.")
final class TestCommand implements Callable<Integer> {

    /** Where under the reports folder the JUnit XML goes (one file per test engine: {@code TEST-spock.xml}). */
    static final String JUNIT_XML = "junit";

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "spec files or folders (default: the repository's specs/)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--policies", paramLabel = "DIR", description = "folder of policy files (default: the repository's policies/)")
    Path policies;

    @Option(names = "--reports", paramLabel = "DIR", description = "where to write the reports (default: coverkit-reports)")
    Path reports = Path.of("coverkit-reports");

    @Option(names = "--threshold", paramLabel = "[GUIDELINE=]PERCENT",
            description = "fail when clause coverage is under PERCENT, for one guideline or all; repeatable")
    List<String> thresholds = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "print every scenario, not only failures")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CoverageThreshold> minimums;
        try {
            minimums = thresholds.stream().map(CoverageThreshold::parse).toList();
        } catch (IllegalArgumentException e) {
            err.println("--threshold: " + e.getMessage());
            return 2;
        }
        List<Path> sources = sources(err);
        if (sources == null) {
            return 2;
        }
        if (sources.isEmpty()) {
            err.println("no spec files (*.groovy) under " + paths);
            return 1;
        }
        Optional<SpecCompiler> compiler = TestRuntime.compiler();
        if (compiler.isEmpty()) {
            err.println("the scenario kit (coverkit-kit) is not on the class path; run the distribution's bin/coverkit");
            return 1;
        }
        Path classes = Files.createTempDirectory("coverkit-specs");
        try {
            SpecCompiler.Result compiled = compiler.get().compile(sources, classes);
            if (!compiled.errors().isEmpty()) {
                compiled.errors().forEach(err::println);
                err.println("the specs did not compile");
                return 1;
            }
            try (URLClassLoader specs = new URLClassLoader("coverkit-specs", new URL[] {classes.toUri().toURL()},
                    TestCommand.class.getClassLoader())) {
                return run(specs, compiled.classNames(), minimums, out, err);
            }
        } finally {
            delete(classes);
        }
    }

    private int run(URLClassLoader specs, List<String> names, List<CoverageThreshold> minimums, PrintWriter out, PrintWriter err)
            throws IOException {
        List<ClassSelector> selectors = new ArrayList<>();
        Class<?> specification;
        try {
            specification = Class.forName("spock.lang.Specification", false, specs);
            for (String name : names) {
                Class<?> c = Class.forName(name, false, specs);
                if (specification.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                    selectors.add(selectClass(c));
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled spec class could not be loaded: " + e.getMessage(), e);
        }
        if (selectors.isEmpty()) {
            err.println("no Spock specifications among " + names);
            return 1;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        String previousPolicies = System.getProperty("coverkit.policies");
        ScenarioLog previousLog = ScenarioLog.swap(new ScenarioLog(false));
        ScenarioCounts counts = new ScenarioCounts(out, verbose);
        try {
            thread.setContextClassLoader(specs);
            System.setProperty("coverkit.policies", (policies == null ? PolicyFolders.defaultPolicies() : policies).toString());
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(EngineFilter.includeEngines("spock"))
                    .build();
            Launcher launcher = TestRuntime.launcher();
            launcher.execute(request, counts,
                    new LegacyXmlReportGeneratingListener(reports.resolve(JUNIT_XML), new PrintWriter(Writer.nullWriter())));
        } finally {
            thread.setContextClassLoader(previousLoader);
            if (previousPolicies == null) {
                System.clearProperty("coverkit.policies");
            } else {
                System.setProperty("coverkit.policies", previousPolicies);
            }
        }
        ScenarioLog log = ScenarioLog.swap(previousLog);
        if (log.guidelines().isEmpty()) {
            // No scenario loaded the policies (all failed early): still show what they would cover.
            GuidelineLibrary library = GuidelineLibrary.load(policies == null ? PolicyFolders.defaultPolicies() : policies);
            log.guidelines(library.guidelineIds().stream().map(id -> library.evaluator(id).orElseThrow()).toList());
        }
        List<GuidelineCoverage> coverage = KitReports.write(log, reports);
        out.println();
        out.print(new CoverageWriter().text(coverage));
        out.println("reports: " + reports.resolve(KitReports.SCENARIO_HTML) + ", " + reports.resolve(KitReports.COVERAGE_HTML)
                + ", " + reports.resolve(KitReports.COVERAGE_JSON) + ", " + reports.resolve(JUNIT_XML) + "/");
        List<String> shortfalls = CoverageThreshold.shortfalls(minimums,
                coverage.stream().map(GuidelineCoverage::figure).toList());
        // The uncovered clauses were listed with the coverage above; the shortfall needs saying once.
        shortfalls.stream().filter(line -> !line.startsWith(" ")).forEach(err::println);
        out.println(counts.passed + " passed, " + counts.failed + " failed, " + counts.skipped + " skipped");
        out.flush();
        err.flush();
        return counts.failed > 0 || counts.total() == 0 || !shortfalls.isEmpty() ? 1 : 0;
    }

    /** The spec files under the paths (the repository's specs/ when none), sorted; null after naming a missing path. */
    private List<Path> sources(PrintWriter err) throws IOException {
        List<Path> roots = paths.isEmpty() ? List.of(defaultSpecs()) : paths;
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                err.println(root + ": error: no such file or folder");
                return null;
            }
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".groovy") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else {
                files.add(root);
            }
        }
        return files;
    }

    private static Path defaultSpecs() {
        return PolicyFolders.checkoutFolder("specs").orElse(Path.of("specs"));
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
