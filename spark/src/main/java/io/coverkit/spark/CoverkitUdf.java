package io.coverkit.spark;

import io.coverkit.api.BatchRecords;
import io.coverkit.api.Decision;
import io.coverkit.json.RequestReader;
import io.coverkit.request.RequestError;
import io.coverkit.spark.rows.ClaimsSchema;
import io.coverkit.spark.rows.DeterminationRows;
import io.coverkit.spark.rows.RequestRows;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.StructType;

/**
 * coverkit for Spark SQL: {@code coverkit_decide(struct)} gives a claim's determination (a struct of
 * {@link ClaimsSchema#DETERMINATION}) under the revision in force on its date of service, and
 * {@code coverkit_decide_as_of(struct, date)} under the revision in force on that date. The struct
 * holds claims-schema fields, such as {@code struct(*)} of a claims table. The same determinations
 * as the decide job; the job is the faster way to decide a whole table.
 */
public final class CoverkitUdf {

    /** The name of the function deciding under each claim's date of service. */
    public static final String DECIDE = "coverkit_decide";

    /** The name of the function deciding as of a date. */
    public static final String DECIDE_AS_OF = "coverkit_decide_as_of";

    private CoverkitUdf() {}

    /** Registers both functions in {@code spark}, deciding under {@code policies}. */
    public static void register(SparkSession spark, ShippedPolicies policies) {
        PolicyHandle handle = PolicyHandle.broadcast(spark, policies);
        spark.udf().register(DECIDE, (UDF1<Row, Row>) claim -> new Deciding(handle).decide(claim, null), ClaimsSchema.DETERMINATION);
        spark.udf().register(DECIDE_AS_OF, (UDF2<Row, LocalDate, Row>) (claim, asOf) -> new Deciding(handle).decide(claim, asOf),
                ClaimsSchema.DETERMINATION);
    }

    /** One call's deciding; the reader for a struct's schema is kept per thread, as calls on one column share it. */
    private static final class Deciding {
        private static final ThreadLocal<Object[]> READERS = new ThreadLocal<>();

        private final PolicyHandle policies;

        Deciding(PolicyHandle policies) {
            this.policies = policies;
        }

        Row decide(Row claim, LocalDate asOf) {
            if (claim == null) {
                return DeterminationRows.of(null, null, new Decision.Rejected(List.of(new RequestError("$", "the claim is null"))));
            }
            StructType schema = claim.schema();
            int claimIdIndex = java.util.Arrays.asList(schema.fieldNames()).indexOf(ClaimsSchema.CLAIM_ID);
            String claimId = claimIdIndex < 0 || claim.isNullAt(claimIdIndex) ? null : claim.getString(claimIdIndex);
            // A struct without the claims schema is the query's mistake, not the claim's: it fails the query.
            RequestRows reader = reader(schema);
            RequestReader.Result read;
            try {
                read = reader.read(claim);
            } catch (RuntimeException e) {
                read = new RequestReader.Result(java.util.Optional.empty(), List.of(new RequestError("$",
                        "the claim could not be read: " + e.getClass().getSimpleName())));
            }
            Decision decision = read.request().isEmpty() ? new Decision.Rejected(read.errors())
                    : new BatchRecords(policies.library(), asOf, false).decide(read.request().get(), read.contractVersion());
            return DeterminationRows.of(claimId, null, decision);
        }

        private static RequestRows reader(StructType schema) {
            Object[] kept = READERS.get();
            if (kept != null && kept[0].equals(schema)) {
                return (RequestRows) kept[1];
            }
            List<String> problems = RequestRows.checkSchema(schema, java.util.Set.of());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(DECIDE + ": the struct does not have the claims schema: " + String.join("; ", problems));
            }
            RequestRows reader = RequestRows.forSchema(schema);
            READERS.set(new Object[] {schema, reader});
            return reader;
        }
    }
}
