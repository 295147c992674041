package io.coverkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session, local on two cores (a failed task tried once more, as on a
 * cluster), started by the first test that asks (a session's fixed start is about five seconds)
 * and shared by every test class after it; a command that stops it gets a new one started.
 */
public final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    /** The shared session. */
    public static synchronized SparkSession session() {
        if (session == null || session.sparkContext().isStopped()) {
            session = SparkSession.builder().master("local[2,2]").appName("coverkit-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .getOrCreate();
        }
        return session;
    }
}
