package io.coverkit.spark.cli;

import io.coverkit.spark.CoverkitJobs;
import io.coverkit.spark.DecideSummary;
import io.coverkit.spark.ShippedPolicies;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code decide}: every claim under the revision in force on its date of service, or as of a date. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decide every claim; the last line says how many rows by outcome.")
final class DecideCommand implements Callable<Integer> {

    @Mixin
    JobOptionsMixin options;

    @Option(names = "--as-of", paramLabel = "DATE", description = "decide every claim under the revision in force on DATE (yyyy-mm-dd)")
    LocalDate asOf;

    @Override
    public Integer call() {
        ShippedPolicies policies = options.job.shipped();
        SparkSession spark = options.job.session("decide");
        try {
            long started = System.nanoTime();
            DecideSummary summary = CoverkitJobs.decide(spark, options.job.claims(spark), policies, asOf, options.job.output, options.job.parts,
                    options.job.carry);
            JobOptionsMixin.timing(summary.rows(), started, spark);
            System.out.println(summary.line());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
