package io.coverkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.coverkit.determination.Outcome;
import io.coverkit.spark.rows.ClaimsSchema;
import io.coverkit.spark.rows.RequestRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark jobs over claims: {@code decide} (every claim under the revision in force on its date of
 * service, or as of a date) and {@code impact} (every claim under two dates' revisions, the claims
 * whose outcome changes, and a summary). The policies are checked and the claims' schema too, on the
 * driver, before any task starts; each executor builds its evaluators once per shipped bundle.
 */
public final class CoverkitJobs {

    private CoverkitJobs() {}

    /**
     * The determination rows ({@link ClaimsSchema#DETERMINATION}) of {@code claims}, lazily: for a
     * pipeline that goes on with them. A claim that cannot be read or decided is a row with errors.
     *
     * @param asOf the date whose revision decides every claim, or null for each claim's date of service
     */
    public static Dataset<Row> determinations(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate asOf) {
        return determinations(spark, claims, policies, asOf, List.of());
    }

    /**
     * As {@link #determinations(SparkSession, ClaimsInput, ShippedPolicies, LocalDate)}, with the
     * claims table's columns {@code carry} (not claim fields, such as a provider) after each row's own.
     */
    public static Dataset<Row> determinations(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate asOf,
            List<String> carry) {
        return decided(spark, claims, policies, asOf, false, carry);
    }

    private static Dataset<Row> decided(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate asOf, boolean json,
            List<String> carry) {
        StructType schema = claimsSchema(claims, carry);
        StructType out = json ? DecidePartition.RECORD : ClaimsSchema.DETERMINATION;
        if (json && !carry.isEmpty()) {
            throw new IllegalArgumentException("--carry: NDJSON determinations are coverkit batch's records; carried columns go to Parquet");
        }
        CarriedColumns carried = schema == null ? CarriedColumns.NONE : CarriedColumns.of(schema, carry, out);
        PolicyHandle handle = PolicyHandle.broadcast(spark, policies);
        SessionSettings.compiledEncoders(spark);
        return claims.rows().mapPartitions(new DecidePartition(handle, asOf, schema, json, carried), Encoders.row(carried.extend(out)));
    }

    /**
     * Decides {@code claims} and writes the determinations to {@code output}: NDJSON records as
     * {@code coverkit batch} writes them when the path ends in {@code .ndjson}, Parquet rows otherwise.
     *
     * @param parts keep NDJSON as a folder of part files rather than one file
     */
    public static DecideSummary decide(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate asOf,
            String output, boolean parts) {
        return decide(spark, claims, policies, asOf, output, parts, List.of());
    }

    /** As {@link #decide(SparkSession, ClaimsInput, ShippedPolicies, LocalDate, String, boolean)}, carrying the columns {@code carry}. */
    public static DecideSummary decide(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate asOf,
            String output, boolean parts, List<String> carry) {
        boolean json = Outputs.ndjson(output);
        Observation counts = new Observation("coverkit-decide");
        Dataset<Row> rows = decided(spark, claims, policies, asOf, json, carry).observe(counts, count(lit(1)).as("rows"), outcomeCounts());
        Outputs.write(spark, json ? rows.select("value") : rows, output, parts);
        Map<String, Object> observed = observed(counts);
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        long decided = 0;
        for (Outcome o : Outcome.values()) {
            long n = number(observed.get(o.name()));
            if (n > 0) {
                outcomes.put(o, n);
                decided += n;
            }
        }
        long total = number(observed.get("rows"));
        return new DecideSummary(total, total - decided, outcomes);
    }

    private static Column[] outcomeCounts() {
        List<Column> columns = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            columns.add(sum(when(col("outcome").equalTo(o.name()), 1).otherwise(0)).as(o.name()));
        }
        return columns.toArray(Column[]::new);
    }

    /**
     * Decides {@code claims} as of {@code from} and as of {@code to}, writes the claims whose outcome
     * changes (and those that could not be decided) to {@code output}, and their summary to
     * {@code summary} (see {@link ImpactSummary#SUMMARY}).
     *
     * @param guideline only claims of this guideline (a claim naming none is decided under it), or null for all
     */
    public static ImpactSummary impact(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate from,
            LocalDate to, String guideline, String output, String summary, boolean parts) {
        return impact(spark, claims, policies, from, to, guideline, output, summary, parts, List.of());
    }

    /** As {@link #impact(SparkSession, ClaimsInput, ShippedPolicies, LocalDate, LocalDate, String, String, String, boolean)}, carrying the columns {@code carry}. */
    public static ImpactSummary impact(SparkSession spark, ClaimsInput claims, ShippedPolicies policies, LocalDate from,
            LocalDate to, String guideline, String output, String summary, boolean parts, List<String> carry) {
        if (guideline != null) {
            policies.requireShipped(guideline);
        }
        StructType schema = claimsSchema(claims, carry);
        CarriedColumns carried = schema == null ? CarriedColumns.NONE : CarriedColumns.of(schema, carry, ImpactPartition.IMPACT);
        PolicyHandle handle = PolicyHandle.broadcast(spark, policies);
        SessionSettings.compiledEncoders(spark);
        Observation counts = new Observation("coverkit-impact");
        Column changed = col("before").notEqual(col("after"));
        Column failed = col("errors").isNotNull();
        Dataset<Row> all = claims.rows()
                .mapPartitions(new ImpactPartition(handle, from, to, guideline, schema, carried), Encoders.row(carried.extend(ImpactPartition.IMPACT)))
                .observe(counts, count(lit(1)).as("rows"), sum(when(changed, 1).otherwise(0)).as("changed"),
                        sum(when(failed, 1).otherwise(0)).as("errors"));
        // Kept once decided: the changes are written, then summarised, without deciding twice.
        Dataset<Row> changes = all.filter(changed.or(failed)).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            Outputs.write(spark, changes, output, parts);
            Map<String, Object> observed = observed(counts);
            Dataset<Row> table = ImpactSummary.summarise(changes.filter(changed));
            Outputs.write(spark, table, summary, parts);
            return new ImpactSummary(number(observed.get("rows")), number(observed.get("changed")), number(observed.get("errors")),
                    table.collectAsList());
        } finally {
            changes.unpersist();
        }
    }

    /**
     * Writes the wire requests of an NDJSON file as a Parquet claims table, each line's number as its
     * claim id; lines that are not requests are left out, counted, and the first of them told.
     *
     * @return how many lines were left out, and the first one's error (null when none was)
     */
    public static Converted convert(SparkSession spark, ClaimsInput lines, String output) {
        if (!lines.lines()) {
            throw new IllegalArgumentException("--input: convert reads one NDJSON file of wire requests");
        }
        SessionSettings.compiledEncoders(spark);
        Observation counts = new Observation("coverkit-convert");
        Dataset<Row> rows = lines.rows().mapPartitions(new ConvertPartition(), Encoders.row(ConvertPartition.CONVERTED))
                .observe(counts, count(lit(1)).as("rows"), sum(when(col("unreadable").isNotNull(), 1).otherwise(0)).as("unreadable"),
                        org.apache.spark.sql.functions.min(col("unreadable")).as("first"));
        Outputs.write(spark, rows.filter(col("unreadable").isNull()).drop("unreadable"), output, false);
        Map<String, Object> observed = observed(counts);
        return new Converted(number(observed.get("rows")), number(observed.get("unreadable")), (String) observed.get("first"));
    }

    /**
     * What a conversion did.
     *
     * @param lines lines read
     * @param unreadable lines left out because they are not requests
     * @param example one left-out line's first error, or null
     */
    public record Converted(long lines, long unreadable, String example) {}

    // The claims' schema, checked on the driver; null for NDJSON lines, which are read as a batch reads them.
    private static StructType claimsSchema(ClaimsInput claims, List<String> carry) {
        if (claims.lines()) {
            if (!carry.isEmpty()) {
                throw new IllegalArgumentException("--carry: NDJSON requests have no columns to carry; carry columns of a claims table");
            }
            return null;
        }
        StructType schema = claims.rows().schema();
        List<String> problems = RequestRows.checkSchema(schema, Set.copyOf(carry));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the claims do not have the claims schema (docs/spark.md): " + String.join("; ", problems)
                    + " (a column that is not a claim field, such as a provider, is carried into the output with --carry)");
        }
        return schema;
    }

    // Metrics observed while the rows were written: there once the write returns.
    private static Map<String, Object> observed(Observation observation) {
        try {
            return observation.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the job's counts", e);
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
