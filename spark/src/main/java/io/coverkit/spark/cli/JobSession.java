package io.coverkit.spark.cli;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * A job's Spark session: started for the job (its master from {@code --master}, else the one
 * spark-submit gives, else local on every core), stopped after it, whatever happens; the job's time
 * once the session is up goes to standard error with its rows per second per core.
 */
final class JobSession {

    private JobSession() {}

    /**
     * Runs {@code job} in a session of its own.
     *
     * @param master the Spark master asked for, or null
     * @param rows how many rows the job's result says it read, for the timing line
     */
    static <T> T run(String name, String master, Function<SparkSession, T> job, ToLongFunction<T> rows) {
        SparkSession spark = start(name, master);
        try {
            long started = System.nanoTime();
            T result = job.apply(spark);
            double seconds = (System.nanoTime() - started) / 1e9;
            long n = rows.applyAsLong(result);
            int cores = spark.sparkContext().defaultParallelism();
            System.err.printf(Locale.ROOT, "coverkit-spark: %d rows in %.2f s on %d cores: %.0f rows/s, %.0f rows/s per core%n",
                    n, seconds, cores, n / seconds, n / seconds / cores);
            return result;
        } finally {
            spark.stop();
        }
    }

    private static SparkSession start(String name, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("coverkit " + name)
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }
}
