package io.coverkit.spark.cli;

import io.coverkit.spark.CoverkitJobs;
import io.coverkit.spark.ImpactSummary;
import io.coverkit.spark.ShippedPolicies;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code impact}: which claims a revision changes, decided as of two dates. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Decide every claim as of --from and as of --to (as `coverkit diff --requests` does), write the claims",
            "whose outcome changes and a summary by transition, guideline, clause, line of business and month."})
final class ImpactCommand implements Callable<Integer> {

    @Mixin
    JobOptions job;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "the earlier date: its revision decides first")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "the later date: its revision decides second")
    LocalDate to;

    @Option(names = "--guideline", paramLabel = "ID", description = "only this guideline's claims (a claim naming none is decided under it)")
    String guideline;

    @Option(names = "--summary", paramLabel = "PATH", description = "where the summary goes (default: beside --output, named *-summary)")
    String summary;

    @Override
    public Integer call() {
        ShippedPolicies policies = job.shipped();
        if (guideline != null) {
            policies.requireShipped(guideline); // before a session starts
        }
        String summaryPath = summary != null ? summary : summaryBeside(job.output);
        ImpactSummary result = JobSession.run("impact", job.master, spark -> CoverkitJobs.impact(spark, job.claims(spark),
                policies, from, to, guideline, job.output, summaryPath, job.parts, job.carry), ImpactSummary::rows);
        for (Map.Entry<String, Long> t : result.transitions().entrySet()) {
            System.out.println("  " + t.getKey() + ": " + t.getValue());
        }
        System.out.println(result.line());
        return 0;
    }

    // out.parquet -> out-summary.parquet, out.ndjson -> out-summary.ndjson, out -> out-summary
    static String summaryBeside(String output) {
        String trimmed = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
        int slash = trimmed.lastIndexOf('/');
        int dot = trimmed.lastIndexOf('.');
        return dot > slash + 1 ? trimmed.substring(0, dot) + "-summary" + trimmed.substring(dot) : trimmed + "-summary";
    }
}
