package io.coverkit.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * README's Spark commands, run in the copy of the project as a reader runs them: {@code spark/run}
 * (the module is packaged before this test runs, so it does not build) as a process, once each; the
 * checks compare what they wrote with what {@code bin/coverkit batch} writes, and what they printed
 * with the blocks README shows.
 */
final class SparkJobs {

    static final String DECIDE = "spark/run decide --input examples/claims/scenarios.ndjson --output target/spark/determinations.ndjson";
    static final String IMPACT = "spark/run impact --guideline 04-77260-19 --from 2025-05-15 --to 2026-01-01"
            + " --input examples/claims/igrt-claims.ndjson --output target/spark/igrt-impact.parquet";

    private record Run(int exit, String out, String err) {}

    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    private SparkJobs() {}

    /** The decide command: it runs, and writes what {@code bin/coverkit batch} writes for the same file. */
    static List<String> decide(Path checkout) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>(ran(checkout, DECIDE));
        if (!problems.isEmpty()) {
            return problems;
        }
        Path batch = checkout.resolve("target/spark/batch.ndjson");
        Run run = run(checkout, List.of("bin/coverkit", "batch", "examples/claims/scenarios.ndjson", "-o", batch.toString()));
        if (run.exit != 0) {
            return List.of("bin/coverkit batch exited " + run.exit + ": " + run.err);
        }
        if (!Files.readString(batch).equals(Files.readString(checkout.resolve("target/spark/determinations.ndjson")))) {
            problems.add("target/spark/determinations.ndjson is not what bin/coverkit batch writes for the same claims");
        }
        return problems;
    }

    /** The impact command: it runs, and writes the changes and the summary beside them. */
    static List<String> impact(Path checkout) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>(ran(checkout, IMPACT));
        for (String written : List.of("target/spark/igrt-impact.parquet", "target/spark/igrt-impact-summary.parquet")) {
            if (problems.isEmpty() && !Files.isDirectory(checkout.resolve(written))) {
                problems.add(written + " was not written");
            }
        }
        return problems;
    }

    /** A check that {@code command}'s standard output ends with README's block that starts with {@code firstLine}. */
    static ReadmeCommandsTest.Check printed(String command, String firstLine) {
        return checkout -> {
            List<String> problems = new ArrayList<>(ran(checkout, command));
            if (!problems.isEmpty()) {
                return problems;
            }
            for (Readme.Block block : Readme.read(checkout.resolve("README.md")).blocks()) {
                if (!block.lines().isEmpty() && block.lines().get(0).text().equals(firstLine)) {
                    String shown = String.join("\n", block.lines().stream().map(Readme.Line::text).toList());
                    String out = RUNS.get(command).out.stripTrailing();
                    if (!out.endsWith(shown)) {
                        problems.add("`" + command + "` printed\n" + out + "\nwhich does not end with what README shows:\n" + shown);
                    }
                }
            }
            return problems;
        };
    }

    private static List<String> ran(Path checkout, String command) throws IOException, InterruptedException {
        Run run = RUNS.get(command);
        if (run == null) {
            run = run(checkout, List.of(command.split(" ")));
            RUNS.put(command, run);
        }
        if (run.exit != 0) {
            return List.of("`" + command + "` exited " + run.exit + ": " + run.err);
        }
        if (run.err.contains("\tat ")) {
            return List.of("`" + command + "` printed a stack trace: " + run.err);
        }
        return List.of();
    }

    private static Run run(Path checkout, List<String> command) throws IOException, InterruptedException {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, checkout.resolve(command.get(0)).toString());
        Path out = Files.createTempFile("spark-out", ".txt");
        Path err = Files.createTempFile("spark-err", ".txt");
        try {
            Process p = new ProcessBuilder(resolved).directory(checkout.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Run(-1, "", command + " did not finish in 10 minutes");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
