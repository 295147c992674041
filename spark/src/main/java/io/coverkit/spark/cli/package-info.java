/** The command line of the Spark jobs: {@code spark/run} in local mode, and the main class for {@code spark-submit}. */
package io.coverkit.spark.cli;
