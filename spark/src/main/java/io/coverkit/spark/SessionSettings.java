package io.coverkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The two session settings the jobs make for speed, each only when the session has not set its
 * own (a caller's configuration always wins). Measured with bench/spark; docs/spark-scale.md.
 */
final class SessionSettings {

    private SessionSettings() {}

    /**
     * At least {@code perCore} tasks a core when reading a table. Spark cuts files into partitions by
     * bytes and counts each file as 4 MB more; a claim costs about 0.1 ms to decide but a Parquet
     * claim can be 20 to 300 bytes, so a few MB of claims made two partitions of 73,000 and 27,000
     * rows on two cores, one core idle for a third of the job (bench/spark, 100,000 claims). Asking
     * for more pieces than cores evens that out.
     */
    static void tasksEveryCore(SparkSession spark, int perCore) {
        setUnlessSet(spark, "spark.sql.files.minPartitionNum", Integer.toString(perCore * spark.sparkContext().defaultParallelism()));
    }

    /**
     * Keeps the determination rows' encoder compiled. Spark's row encoder for the determination schema
     * (findings, evidence: arrays of structs) is one generated method above the 8,000 bytes the JVM
     * compiles, so it ran interpreted, a third of a Parquet -> Parquet decide; at Spark's own
     * threshold of 8,000 it is generated in smaller methods instead (bench/spark, 100,000 claims
     * Parquet -> Parquet on 2 cores: 1,194 -> 2,297 rows/s per core).
     */
    static void compiledEncoders(SparkSession spark) {
        setUnlessSet(spark, "spark.sql.codegen.hugeMethodLimit", "8000");
    }

    private static void setUnlessSet(SparkSession spark, String key, String value) {
        if (!spark.conf().contains(key)) {
            spark.conf().set(key, value);
        }
    }
}
