package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diff.BehaviouralDiff;
import io.coverkit.eval.Evaluator;
import io.coverkit.json.RequestReader;
import io.coverkit.model.ProcedureCode;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Procedure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The impact job reports the claims a revision changes, as {@code coverkit diff --requests} does:
 * for IGRT's coding update (2025-05-15 to 2026-01-01), exactly the claims whose only in-scope codes
 * are the ones it deletes; over the whole scenario corpus, the changes {@link BehaviouralDiff} finds
 * guideline by guideline, with the same clauses; and a summary whose totals add up.
 */
class ImpactJobTest {

    private static final String IGRT = "04-77260-19";
    private static final LocalDate FROM = LocalDate.parse("2025-05-15");
    private static final LocalDate TO = LocalDate.parse("2026-01-01");

    @TempDir
    static Path temp;

    static GuidelineLibrary library;
    static ShippedPolicies policies;

    @BeforeAll
    static void load() {
        library = GuidelineLibrary.load(Path.of("policies"));
        policies = ShippedPolicies.fromPolicies(Path.of("policies"));
    }

    @Test
    void theCodingUpdateChangesExactlyTheClaimsBillingOnlyDeletedCodes() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path output = temp.resolve("igrt-impact.ndjson");
        ImpactSummary summary = CoverkitJobs.impact(spark, ClaimsInput.read(spark, ClaimFiles.IGRT.toString(), null), policies,
                FROM, TO, IGRT, output.toString(), temp.resolve("igrt-summary.ndjson").toString(), false);

        List<ProcedureCode> codes = library.evaluator(IGRT).orElseThrow().guideline().billing().codes();
        Set<String> inScope = codes.stream().filter(c -> c.validity().inForceOn(FROM)).map(c -> c.code()).collect(Collectors.toSet());
        Set<String> deleted = codes.stream().filter(c -> c.validity().inForceOn(FROM) && !c.validity().inForceOn(TO))
                .map(ProcedureCode::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("77014", "G6001", "G6002", "G6017"), deleted);
        Set<Long> expected = new TreeSet<>();
        List<String> lines = Files.readAllLines(ClaimFiles.IGRT);
        for (int i = 0; i < lines.size(); i++) {
            CoverageRequest request = new RequestReader().read(lines.get(i)).request().orElseThrow();
            Set<String> billed = request.procedures().stream().map(Procedure::code).filter(inScope::contains).collect(Collectors.toSet());
            if (!billed.isEmpty() && deleted.containsAll(billed)) {
                expected.add(i + 1L);
            }
        }

        List<Row> changed = spark.read().schema(ImpactPartition.IMPACT).json(output.toString()).collectAsList();
        Set<Long> reported = changed.stream().map(r -> r.getLong(r.fieldIndex("line"))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, reported, "the claims whose only in-scope codes the update deletes");
        assertEquals(lines.size(), summary.rows());
        assertEquals(expected.size(), summary.changed());
        assertEquals("impact: " + lines.size() + " rows, " + expected.size() + " change outcome", summary.line());
        assertEquals(expected.size(), summary.transitions().values().stream().mapToLong(Long::longValue).sum(), summary.transitions().toString());
    }

    @Test
    void aClaimsTableGetsTheSameChangesWithItsCarriedColumns() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path table = temp.resolve("igrt.parquet");
        CoverkitJobs.convert(spark, ClaimsInput.read(spark, ClaimFiles.IGRT.toString(), null), table.toString());
        spark.read().parquet(table.toString()).withColumn("region", org.apache.spark.sql.functions.lit("north"))
                .write().parquet(temp.resolve("igrt-region.parquet").toString());

        Path output = temp.resolve("igrt-table-impact.parquet");
        ImpactSummary summary = CoverkitJobs.impact(spark, ClaimsInput.read(spark, temp.resolve("igrt-region.parquet").toString(), null),
                policies, FROM, TO, IGRT, output.toString(), temp.resolve("igrt-table-summary.parquet").toString(), false, List.of("region"));

        assertEquals("impact: 39 rows, 21 change outcome", summary.line());
        List<Row> changed = spark.read().parquet(output.toString()).collectAsList();
        assertEquals(21, changed.size());
        for (Row r : changed) {
            assertEquals("north", r.getString(r.fieldIndex("region")), "the carried column");
            assertTrue(r.isNullAt(r.fieldIndex("line")) && !r.isNullAt(r.fieldIndex("claimId")), "a table's claims are named by their ids");
        }
    }

    @Test
    void everyGuidelinesChangesAreTheBehaviouralDiffs() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path output = temp.resolve("impact.parquet");
        Path summaryFile = temp.resolve("impact-summary.parquet");
        ImpactSummary summary = CoverkitJobs.impact(spark, ClaimsInput.read(spark, ClaimFiles.SCENARIOS.toString(), null), policies,
                FROM, TO, null, output.toString(), summaryFile.toString(), false);

        List<String> lines = Files.readAllLines(ClaimFiles.SCENARIOS);
        Map<String, String> expected = new TreeMap<>();
        for (String id : library.guidelineIds()) {
            Map<String, CoverageRequest> requests = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                requests.put(Long.toString(i + 1), new RequestReader().read(lines.get(i)).request().orElseThrow());
            }
            Evaluator evaluator = library.evaluator(id).orElseThrow();
            for (BehaviouralDiff.OutcomeChange c : new BehaviouralDiff().run(evaluator, requests, FROM, TO).changed()) {
                expected.put(c.request(), c.before() + " -> " + c.after() + " lost " + c.onlyBefore() + " gained " + c.onlyAfter());
            }
        }
        Map<String, String> reported = new TreeMap<>();
        for (Row r : spark.read().parquet(output.toString()).collectAsList()) {
            reported.put(Long.toString(r.getLong(r.fieldIndex("line"))), r.getString(r.fieldIndex("before")) + " -> "
                    + r.getString(r.fieldIndex("after")) + " lost " + r.getList(r.fieldIndex("clausesLost")) + " gained "
                    + r.getList(r.fieldIndex("clausesGained")));
        }
        assertTrue(expected.size() >= 5, "the dates change some claims: " + expected.size());
        assertEquals(expected, reported);
        assertEquals(lines.size(), summary.rows());
        assertEquals(0, summary.errors());

        // The summary: each group's total (no clause) counts its claims; clause rows count within it.
        List<Row> table = spark.read().parquet(summaryFile.toString()).collectAsList();
        long totals = table.stream().filter(r -> r.isNullAt(r.fieldIndex("clause"))).mapToLong(r -> r.getLong(r.fieldIndex("claims"))).sum();
        assertEquals(expected.size(), totals);
        assertTrue(table.stream().anyMatch(r -> "lost".equals(r.getString(r.fieldIndex("change")))), "clauses lost are counted");
        for (Row r : table) {
            assertTrue(r.getString(r.fieldIndex("month")).matches("\\d{4}-\\d{2}"), r.toString());
        }
    }
}
