package io.coverkit.spark;

import io.coverkit.api.GuidelineLibrary;
import java.io.Serializable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * What a task carries of the shipped policies: the bundle's digest and a broadcast of its bytes,
 * sent to each executor once. {@link #library()} gives the executor's library for it.
 */
final class PolicyHandle implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String digest;
    private final Broadcast<byte[]> bytes;

    private PolicyHandle(String digest, Broadcast<byte[]> bytes) {
        this.digest = digest;
        this.bytes = bytes;
    }

    /** Broadcasts {@code policies} from the driver. */
    static PolicyHandle broadcast(SparkSession spark, ShippedPolicies policies) {
        return new PolicyHandle(policies.digest(), JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(policies.bytes()));
    }

    /** This JVM's library of the shipped guidelines, built on first use. */
    GuidelineLibrary library() {
        return ExecutorLibraries.library(digest, bytes::value);
    }
}
