package io.coverkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * What an impact job did, and its summary table.
 *
 * @param rows claims considered (those of the guideline asked for, when one was)
 * @param changed claims whose outcome changes
 * @param errors claims that could not be read or decided
 * @param summary the summary table's rows ({@link #SUMMARY})
 */
public record ImpactSummary(long rows, long changed, long errors, List<Row> summary) {

    /**
     * The summary's columns: {@code guideline, before, after, lineOfBusiness, month, clause, change,
     * claims}. A row whose {@code clause} is null counts every changed claim of its group (an
     * outcome transition of a guideline, for one line of business and month of service); a row with
     * a clause counts the claims of that group whose determinations cite the clause only before
     * ({@code change} = {@code lost}) or only after ({@code gained}).
     */
    public static final String SUMMARY = "guideline, before, after, lineOfBusiness, month, clause, change, claims";

    public ImpactSummary {
        summary = List.copyOf(summary);
    }

    /** The summary table of the changed claims (of {@link ImpactPartition#IMPACT}), sorted. */
    static Dataset<Row> summarise(Dataset<Row> changed) {
        Column[] group = {col("guideline"), col("before"), col("after"), col("lineOfBusiness"), col("month")};
        Dataset<Row> totals = changed.groupBy(group).count()
                .select(col("guideline"), col("before"), col("after"), col("lineOfBusiness"), col("month"),
                        lit(null).cast(DataTypes.StringType).as("clause"), lit(null).cast(DataTypes.StringType).as("change"),
                        col("count").as("claims"));
        Dataset<Row> lost = byClause(changed, "clausesLost", "lost");
        Dataset<Row> gained = byClause(changed, "clausesGained", "gained");
        return totals.unionByName(lost).unionByName(gained)
                .orderBy(col("guideline"), col("before"), col("after"), col("lineOfBusiness"), col("month"),
                        col("clause").asc_nulls_first(), col("change"));
    }

    private static Dataset<Row> byClause(Dataset<Row> changed, String clauses, String change) {
        return changed.select(col("guideline"), col("before"), col("after"), col("lineOfBusiness"), col("month"),
                        explode(col(clauses)).as("clause"))
                .groupBy(col("guideline"), col("before"), col("after"), col("lineOfBusiness"), col("month"), col("clause")).count()
                .select(col("guideline"), col("before"), col("after"), col("lineOfBusiness"), col("month"), col("clause"),
                        lit(change).as("change"), col("count").as("claims"));
    }

    /** Changed claims by guideline and transition ({@code guideline: BEFORE -> AFTER}), over every line of business and month. */
    public Map<String, Long> transitions() {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : summary) {
            if (r.isNullAt(5)) {
                out.merge(r.getString(0) + ": " + r.getString(1) + " -> " + r.getString(2), r.getLong(7), Long::sum);
            }
        }
        return out;
    }

    /** The job's last line: {@code impact: N rows, M change outcome}. */
    public String line() {
        List<String> parts = new ArrayList<>();
        parts.add("impact: " + rows + " rows, " + changed + " change outcome");
        if (errors > 0) {
            parts.add(errors + " could not be decided");
        }
        return String.join(", ", parts);
    }
}
