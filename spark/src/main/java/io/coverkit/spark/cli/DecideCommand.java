package io.coverkit.spark.cli;

import io.coverkit.spark.CoverkitJobs;
import io.coverkit.spark.DecideSummary;
import io.coverkit.spark.ShippedPolicies;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code decide}: every claim under the revision in force on its date of service, or as of a date. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decide every claim; the last line says how many rows by outcome.")
final class DecideCommand implements Callable<Integer> {

    @Mixin
    JobOptions job;

    @Option(names = "--as-of", paramLabel = "DATE", description = "decide every claim under the revision in force on DATE (yyyy-mm-dd)")
    LocalDate asOf;

    @Override
    public Integer call() {
        ShippedPolicies policies = job.shipped();
        DecideSummary summary = JobSession.run("decide", job.master, spark -> CoverkitJobs.decide(spark,
                job.claims(spark), policies, asOf, job.output, job.parts, job.carry), DecideSummary::rows);
        System.out.println(summary.line());
        return 0;
    }
}
