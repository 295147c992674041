/** Synthetic claims for tests and benchmarks: the scenario corpus, copied and varied, as NDJSON wire requests. */
package io.coverkit.spark.generate;
