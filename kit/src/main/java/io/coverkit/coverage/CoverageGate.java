package io.coverkit.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's clause coverage gate: reads the {@code clause-coverage.json} the scenario run wrote
 * and fails when a guideline is under its threshold. It runs as a separate step after the tests
 * because a test engine's end-of-run hook cannot fail a Maven build reliably.
 */
public final class CoverageGate {

    private CoverageGate() {}

    /**
     * {@code CoverageGate REPORT.json THRESHOLD...}. It throws rather than exits because it runs
     * inside Maven's JVM, where an exit would end the build without a report of why.
     *
     * @throws IllegalStateException naming each shortfall and its uncovered clauses
     */
    public static void main(String[] args) throws IOException {
        run(args, System.out, System.err);
    }

    /**
     * {@link #main} printing to the given streams, so that a test of the gate's failure keeps the
     * message in its own output rather than in the build's, where it would read as the build's
     * verdict.
     *
     * @throws IllegalStateException naming each shortfall and its uncovered clauses
     */
    public static void run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: CoverageGate clause-coverage.json [GUIDELINE=]PERCENT...");
        }
        List<String> thresholds = List.of(args).subList(1, args.length);
        List<String> problems = check(Path.of(args[0]), thresholds.stream().map(CoverageThreshold::parse).toList());
        if (!problems.isEmpty()) {
            // Maven prints only the first line of the exception, so the clauses are listed here.
            problems.forEach(p -> err.println("[coverkit] " + p));
            throw new IllegalStateException("clause coverage gate failed:\n" + String.join("\n", problems));
        }
        out.println("[coverkit] clause coverage gate passed: " + String.join(", ", thresholds));
    }

    /** Why the report at {@code report} falls short of {@code thresholds}; empty when it does not. */
    public static List<String> check(Path report, List<CoverageThreshold> thresholds) throws IOException {
        if (!Files.exists(report)) {
            return List.of(report + ": no clause coverage report; did the scenarios run?");
        }
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        List<CoverageThreshold.Figure> figures = new ArrayList<>();
        for (JsonNode g : root.path("guidelines")) {
            List<String> uncovered = new ArrayList<>();
            g.path("uncovered").forEach(u -> uncovered.add(u.asText()));
            figures.add(new CoverageThreshold.Figure(g.path("guideline").asText(), g.path("percent").asDouble(), uncovered));
        }
        return CoverageThreshold.shortfalls(thresholds, figures);
    }
}
