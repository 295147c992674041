package io.coverkit.spark;

import io.coverkit.api.BatchRecords;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Finding;
import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import io.coverkit.spark.rows.ClaimsSchema;
import io.coverkit.spark.rows.RequestRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Decides one partition of claims under the revisions in force on two dates, as
 * {@code coverkit diff --requests} does: each claim's outcome as of {@code from} and as of
 * {@code to}, and the clauses cited under one and not the other. Document windows still count
 * back from each claim's own date of service; only the revision differs. Given a guideline, claims
 * naming another are left out and claims naming none are decided under it.
 */
final class ImpactPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private static final StructField[] FIELDS = {
        DataTypes.createStructField(ClaimsSchema.CLAIM_ID, DataTypes.StringType, true),
        DataTypes.createStructField(ClaimsSchema.LINE, DataTypes.LongType, true),
        DataTypes.createStructField("guideline", DataTypes.StringType, true),
        DataTypes.createStructField("lineOfBusiness", DataTypes.StringType, true),
        DataTypes.createStructField("dateOfService", DataTypes.DateType, true),
        DataTypes.createStructField("month", DataTypes.StringType, true),
        DataTypes.createStructField("before", DataTypes.StringType, true),
        DataTypes.createStructField("after", DataTypes.StringType, true),
        DataTypes.createStructField("clausesLost", DataTypes.createArrayType(DataTypes.StringType, false), true),
        DataTypes.createStructField("clausesGained", DataTypes.createArrayType(DataTypes.StringType, false), true),
        DataTypes.createStructField("errors", DataTypes.createArrayType(ClaimsSchema.ERROR, false), true)};

    /**
     * One claim decided under both dates: its outcome before and after (both null when it could
     * not be decided, and then its errors), the clauses cited only before ({@code clausesLost})
     * and only after ({@code clausesGained}), and what the summary groups by: guideline, line of
     * business and month of service ({@code yyyy-MM}).
     */
    static final StructType IMPACT = DataTypes.createStructType(FIELDS);

    private final PolicyHandle policies;
    private final LocalDate from;
    private final LocalDate to;
    private final String guideline;
    private final StructType claims;
    private final CarriedColumns carried;

    /**
     * @param claims the claim rows' schema, or null when the rows are NDJSON lines
     * @param carried the claims' columns to append to each row
     */
    ImpactPartition(PolicyHandle policies, LocalDate from, LocalDate to, String guideline, StructType claims, CarriedColumns carried) {
        this.policies = policies;
        this.from = from;
        this.to = to;
        this.guideline = guideline;
        this.claims = claims;
        this.carried = carried;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        GuidelineLibrary library = policies.library();
        BatchRecords before = new BatchRecords(library, from, false, guideline);
        BatchRecords after = new BatchRecords(library, to, false, guideline);
        RequestRows reader = claims == null ? null : RequestRows.forSchema(claims);
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && input.hasNext()) {
                    Row claim = input.next();
                    Row row = impact(claim);
                    next = row == null ? null : carried.append(row, claim);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                return row;
            }

            // The claim's row, or null when it names another guideline than the one asked for.
            private Row impact(Row row) {
                String claimId = null;
                Long line = null;
                RequestReader.Result read;
                if (reader == null) {
                    line = row.getLong(0);
                    byte[] bytes = (byte[]) row.get(1);
                    read = before.read(bytes, bytes.length);
                } else {
                    claimId = reader.claimId(row);
                    read = reader.read(row);
                }
                if (read.request().isEmpty()) {
                    return rejected(claimId, line, read.errors());
                }
                CoverageRequest request = read.request().get();
                if (guideline != null && request.guideline() != null && !request.guideline().equals(guideline)) {
                    return null;
                }
                Decision was = before.decide(request, read.contractVersion());
                Decision is = after.decide(request, read.contractVersion());
                if (was instanceof Decision.Rejected rejected) {
                    return rejected(claimId, line, rejected.errors());
                }
                if (is instanceof Decision.Rejected rejected) {
                    return rejected(claimId, line, rejected.errors());
                }
                Determination a = ((Decision.Decided) was).determination();
                Determination b = ((Decision.Decided) is).determination();
                Set<String> citedBefore = clauses(a);
                Set<String> citedAfter = clauses(b);
                LocalDate dos = request.dateOfService();
                return RowFactory.create(claimId, line, a.guideline(), request.member().lineOfBusiness().name(), dos,
                        dos.toString().substring(0, 7), a.outcome().name(), b.outcome().name(),
                        seq(only(citedBefore, citedAfter)), seq(only(citedAfter, citedBefore)), null);
            }
        };
    }

    private static Row rejected(String claimId, Long line, List<RequestError> errors) {
        List<Row> rows = new ArrayList<>(errors.size());
        for (RequestError e : errors) {
            rows.add(RowFactory.create(e.field(), e.message()));
        }
        return RowFactory.create(claimId, line, null, null, null, null, null, null, null, null, seq(rows));
    }

    // Spark's row encoder takes arrays as Scala sequences.
    private static scala.collection.immutable.ArraySeq<Object> seq(List<?> items) {
        return scala.collection.immutable.ArraySeq.unsafeWrapArray(items.toArray());
    }

    private static Set<String> clauses(Determination d) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : d.findings()) {
            out.add(f.clause());
        }
        return out;
    }

    private static List<String> only(Set<String> these, Set<String> notThose) {
        List<String> out = new ArrayList<>();
        for (String c : these) {
            if (!notThose.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
