package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.spark.rows.DeterminationRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong stays where it belongs: a policy set with errors fails on the driver before any
 * task starts, a claim row that cannot be mapped is an error row naming its field, a claims table of
 * the wrong shape is refused before any task, and a task Spark runs again writes what it wrote the
 * first time.
 */
class FaultsTest {

    @TempDir
    Path temp;

    @Test
    void aPolicySetWithErrorsFailsOnTheDriverNamingTheFileLineAndColumn() throws IOException {
        Path policies = Files.createDirectories(temp.resolve("policies"));
        String igrt = Files.readString(Path.of("policies/04-77260-19.groovy"));
        Files.writeString(policies.resolve("04-77260-19.groovy"), igrt.replaceFirst("indication ", "indicaton "));

        ShippedPolicies.PolicyErrors e = assertThrows(ShippedPolicies.PolicyErrors.class, () -> ShippedPolicies.fromPolicies(policies));
        assertTrue(e.getMessage().contains("no task was started"), e.getMessage());
        Diagnostic first = e.diagnostics().get(0);
        assertTrue(first.format().matches("(?s).*04-77260-19\\.groovy:\\d+:\\d+: error\\[R001\\].*"), first.format());
    }

    @Test
    void noJobStartsWhenTheClaimsTableHasTheWrongShape() {
        SparkSession spark = LocalSpark.session();
        AtomicInteger jobs = new AtomicInteger();
        SparkListener counter = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                jobs.incrementAndGet();
            }
        };
        Dataset<Row> claims = spark.sql("SELECT 'c1' AS claimId, '2026-06-01' AS dateOfService, 1 AS diagnosis");
        spark.sparkContext().addSparkListener(counter);
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoverkitJobs.decide(spark, ClaimsInput.of(claims),
                    ShippedPolicies.fromPolicies(Path.of("policies")), null, temp.resolve("out.parquet").toString(), false));
            assertTrue(e.getMessage().contains("dateOfService") && e.getMessage().contains("diagnosis"), e.getMessage());
        } finally {
            spark.sparkContext().removeSparkListener(counter);
        }
        assertEquals(0, jobs.get(), "no job started");
        assertFalse(Files.exists(temp.resolve("out.parquet")));
    }

    // One IGRT claim (77387 on 2026-06-01) as SQL, for a member of `line`, with `more` columns after the claim's.
    private static String igrtClaim(String claimId, String line, String more) {
        return "SELECT '" + claimId + "' AS claimId, '04-77260-19' AS guideline, DATE'2026-06-01' AS dateOfService,"
                + " named_struct('lineOfBusiness', '" + line + "', 'birthDate', DATE'1960-01-01', 'sex', 'F', 'plan', CAST(NULL AS STRING)) AS member,"
                + " array(named_struct('system', 'CPT', 'code', '77387', 'units', 1, 'modifiers', CAST(array() AS ARRAY<STRING>))) AS procedures"
                + more;
    }

    @Test
    void aClaimRowThatCannotBeMappedIsAnErrorRowNamingItsField() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> claims = spark.sql(igrtClaim("good", "COMMERCIAL", "") + " UNION ALL " + igrtClaim("bad", "PLATINUM", ""));
        List<Row> rows = CoverkitJobs.determinations(spark, ClaimsInput.of(claims), ShippedPolicies.fromPolicies(Path.of("policies")), null)
                .orderBy("claimId").collectAsList();

        assertEquals(2, rows.size(), "a row for each claim, never a failed job");
        Row bad = rows.get(0);
        assertEquals("bad", bad.getString(0));
        assertTrue(bad.isNullAt(bad.fieldIndex("outcome")));
        assertEquals("member.lineOfBusiness", DeterminationRows.errors(bad).get(0).field());
        Row good = rows.get(1);
        assertEquals("good", good.getString(0));
        assertFalse(good.isNullAt(good.fieldIndex("outcome")));
    }

    @Test
    void columnsThatAreNotClaimFieldsAreRefusedUnlessCarried() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> claims = spark.sql(igrtClaim("c1", "FEP", ", 'NPI-1234567893' AS provider"));
        ShippedPolicies policies = ShippedPolicies.fromPolicies(Path.of("policies"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CoverkitJobs.determinations(spark, ClaimsInput.of(claims), policies, null));
        assertTrue(e.getMessage().contains("provider") && e.getMessage().contains("--carry"), e.getMessage());

        List<Row> rows = CoverkitJobs.determinations(spark, ClaimsInput.of(claims), policies, null, List.of("provider")).collectAsList();
        Row row = rows.get(0);
        assertEquals("DEFER_TO_PROGRAM", row.getString(row.fieldIndex("outcome")));
        assertEquals("NPI-1234567893", row.getString(row.fieldIndex("provider")), "the provider is carried");
        assertThrows(IllegalArgumentException.class,
                () -> CoverkitJobs.determinations(spark, ClaimsInput.of(claims), policies, null, List.of("guideline")), "a column the output has");
    }

    @Test
    void aTaskRunAgainWritesWhatItWroteTheFirstTime() throws IOException {
        // The tests' session runs local[2,2]: a failed task is tried once more, as on a cluster.
        SparkSession retrying = LocalSpark.session();
        ClaimsInput claims = ClaimsInput.read(retrying, ClaimFiles.SCENARIOS.toString(), null);
        ShippedPolicies policies = ShippedPolicies.fromPolicies(Path.of("policies"));
        Path once = temp.resolve("once.ndjson");
        CoverkitJobs.decide(retrying, claims, policies, LocalDate.parse("2026-01-01"), once.toString(), false);

        PolicyHandle handle = PolicyHandle.broadcast(retrying, policies);
        DecidePartition decide = new DecidePartition(handle, LocalDate.parse("2026-01-01"), null, true, CarriedColumns.NONE);
        Dataset<Row> records = claims.rows().mapPartitions(new FailingFirstAttempt(decide), Encoders.row(DecidePartition.RECORD));
        Path again = temp.resolve("again.ndjson");
        Outputs.write(retrying, records.select("value"), again.toString(), false);

        assertEquals(Files.readAllLines(once), Files.readAllLines(again), "the retried task's part is the same");
    }

    /** Fails each partition's first attempt midway, after some rows, as a lost executor would. */
    private static final class FailingFirstAttempt implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final DecidePartition decide;

        FailingFirstAttempt(DecidePartition decide) {
            this.decide = decide;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> input) throws Exception {
            Iterator<Row> out = decide.call(input);
            if (TaskContext.get().attemptNumber() > 0) {
                return out;
            }
            return new Iterator<>() {
                private int given;

                @Override
                public boolean hasNext() {
                    return out.hasNext();
                }

                @Override
                public Row next() {
                    if (++given > 50) {
                        throw new IllegalStateException("the first attempt is lost");
                    }
                    return out.next();
                }
            };
        }
    }
}
