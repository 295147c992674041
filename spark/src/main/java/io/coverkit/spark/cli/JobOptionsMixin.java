package io.coverkit.spark.cli;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;

/** The options every job takes, mixed into each job's command. */
final class JobOptionsMixin {

    @Mixin
    JobOptions job = new JobOptions();

    /** Tells standard error how long the job took once the session was up, and its rows per second per core. */
    static void timing(long rows, long started, SparkSession spark) {
        double seconds = (System.nanoTime() - started) / 1e9;
        int cores = spark.sparkContext().defaultParallelism();
        System.err.printf(java.util.Locale.ROOT, "coverkit-spark: %d rows in %.2f s on %d cores: %.0f rows/s, %.0f rows/s per core%n",
                rows, seconds, cores, rows / seconds, rows / seconds / cores);
    }
}
