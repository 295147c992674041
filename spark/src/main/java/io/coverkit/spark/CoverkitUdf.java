package io.coverkit.spark;

import io.coverkit.api.BatchRecords;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.json.RequestReader;
import io.coverkit.request.RequestError;
import io.coverkit.spark.rows.ClaimsSchema;
import io.coverkit.spark.rows.DeterminationRows;
import io.coverkit.spark.rows.RequestRows;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
        spark.udf().register(DECIDE, (UDF1<Row, Row>) claim -> decide(handle, claim, null), ClaimsSchema.DETERMINATION);
        spark.udf().register(DECIDE_AS_OF, (UDF2<Row, LocalDate, Row>) (claim, asOf) -> decide(handle, claim, asOf),
                ClaimsSchema.DETERMINATION);
    }

    private static final ThreadLocal<Calls> CALLS = ThreadLocal.withInitial(Calls::new);

    private static Row decide(PolicyHandle policies, Row claim, LocalDate asOf) {
        if (claim == null) {
            return DeterminationRows.of(null, null, new Decision.Rejected(List.of(new RequestError("$", "the claim is null"))));
        }
        Calls calls = CALLS.get();
        RequestRows reader = calls.reader(claim.schema());
        RequestReader.Result read = reader.read(claim);
        Decision decision = read.request().isEmpty() ? new Decision.Rejected(read.errors())
                : calls.records(policies.library(), asOf).decide(read.request().get(), read.contractVersion());
        return DeterminationRows.of(reader.claimId(claim), null, decision);
    }

    /**
     * One thread's calls: the reader for the structs' schema and the records for the date, kept
     * from call to call, as the calls of one query share them (rather than made for every claim).
     */
    private static final class Calls {
        private StructType schema;
        private RequestRows reader;
        private GuidelineLibrary library;
        private LocalDate asOf;
        private BatchRecords records;

        // A struct without the claims schema is the query's mistake, not the claim's: it fails the query.
        RequestRows reader(StructType structs) {
            if (!structs.equals(schema)) {
                List<String> problems = RequestRows.checkSchema(structs, Set.of());
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException(DECIDE + ": the struct does not have the claims schema: " + String.join("; ", problems));
                }
                reader = RequestRows.forSchema(structs);
                schema = structs;
            }
            return reader;
        }

        BatchRecords records(GuidelineLibrary decidedBy, LocalDate date) {
            if (records == null || decidedBy != library || !Objects.equals(date, asOf)) {
                records = new BatchRecords(decidedBy, date, false);
                library = decidedBy;
                asOf = date;
            }
            return records;
        }
    }
}
