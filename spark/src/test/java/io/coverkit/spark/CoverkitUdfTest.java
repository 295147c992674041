package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coverkit_decide(struct(*))} in Spark SQL gives the decide job's determinations. */
class CoverkitUdfTest {

    @TempDir
    static Path temp;

    static Dataset<Row> claims;
    static ShippedPolicies policies;

    @BeforeAll
    static void claimsTable() {
        SparkSession spark = LocalSpark.session();
        Path table = temp.resolve("claims.parquet");
        CoverkitJobs.convert(spark, ClaimsInput.read(spark, ClaimFiles.SCENARIOS.toString(), null), table.toString());
        claims = spark.read().parquet(table.toString());
        claims.createOrReplaceTempView("claims");
        policies = ShippedPolicies.fromPolicies(Path.of("policies"));
        CoverkitUdf.register(spark, policies);
    }

    @Test
    void theFunctionDecidesAsTheJobDoes() {
        SparkSession spark = LocalSpark.session();
        List<Row> byFunction = spark.sql("SELECT d.* FROM (SELECT coverkit_decide(struct(*)) AS d FROM claims) ORDER BY claimId").collectAsList();
        List<Row> byJob = CoverkitJobs.determinations(spark, ClaimsInput.of(claims), policies, null).orderBy("claimId").collectAsList();
        assertEquals(byJob.size(), byFunction.size());
        assertTrue(byJob.size() > 700);
        assertEquals(byJob, byFunction);
    }

    @Test
    void asOfADateTheFunctionDecidesUnderThatDatesRevision() {
        SparkSession spark = LocalSpark.session();
        List<Row> rows = spark.sql("SELECT d.revisionBasis, d.revisionDate FROM (SELECT coverkit_decide_as_of(struct(*), DATE'2026-01-01') AS d"
                + " FROM claims) WHERE d.outcome IS NOT NULL").collectAsList();
        assertTrue(rows.size() > 700);
        for (Row r : rows) {
            assertEquals("asOf", r.getString(0));
            assertEquals(java.time.LocalDate.parse("2026-01-01"), r.get(1));
        }
    }

    @Test
    void aStructWithoutTheClaimsSchemaFailsTheQueryNamingTheColumn() {
        SparkSession spark = LocalSpark.session();
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT coverkit_decide(named_struct('diagnosis', 1)) FROM claims LIMIT 1").collectAsList());
        String all = e.toString() + (e.getCause() == null ? "" : e.getCause().toString());
        assertTrue(all.contains("diagnosis"), all);
    }
}
