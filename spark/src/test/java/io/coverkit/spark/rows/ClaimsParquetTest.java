package io.coverkit.spark.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.request.RequestError;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims schema survives Parquet: rows written by {@link RequestRows#toRow} read back as the same requests. */
class ClaimsParquetTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = io.coverkit.spark.LocalSpark.session();
    }

    @Test
    void requestsWrittenToParquetReadBackTheSame(@TempDir Path dir) {
        List<Examples.Example> examples = Examples.all();
        List<Row> rows = new ArrayList<>();
        Map<String, CoverageRequest> expected = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            rows.add(RequestRows.toRow("c" + i, examples.get(i).request()));
            expected.put("c" + i, examples.get(i).request());
        }
        // the edge cases: a class-only therapy, decimals, authorizations and studies stated empty, extensions
        CoverageRequest edge = new RequestReader().read("""
                {"dateOfService":"2026-06-01","member":{"lineOfBusiness":"MEDICAID","plan":"ohio-medicaid-managed-care"},
                 "procedures":[{"system":"CPT","code":"77387","units":2,"modifiers":["KX"]}],
                 "facts":{"asymptomatic":true},"authorizations":[],"studies":[],
                 "observations":[{"code":"ahi","value":15.25},{"code":"spo2","value":88}],
                 "therapies":[{"class":"phototherapy","kind":"PROCEDURE","start":"2025-01-01"}],
                 "priorServices":[{"system":"CPT","code":"94660","date":"2026-01-01","units":2}],
                 "extensions":{"source":"claims-2026","x":1.50}}""").request().orElseThrow();
        rows.add(RequestRows.toRow("edge", edge));
        expected.put("edge", edge);

        String path = dir.resolve("claims.parquet").toString();
        // through Spark's row encoder, as a job's mapPartitions output goes, so its external types are checked
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        spark.createDataFrame(context.parallelize(rows, 1), ClaimsSchema.REQUEST).write().parquet(path);
        Dataset<Row> read = spark.read().parquet(path);
        assertEquals(List.of(), RequestRows.checkSchema(read.schema()));

        RequestRows reader = RequestRows.forSchema(read.schema());
        List<Row> back = read.collectAsList();
        assertEquals(expected.size(), back.size());
        for (Row row : back) {
            RequestReader.Result result = reader.read(row);
            assertEquals(List.of(), result.errors(), reader.claimId(row));
            assertEquals(expected.get(reader.claimId(row)), result.request().orElseThrow(), reader.claimId(row));
        }
    }

    @Test
    void determinationsWrittenToParquetReadBackTheSame(@TempDir Path dir) {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        List<Row> rows = new ArrayList<>();
        Map<String, Determination> expected = new HashMap<>();
        List<Examples.Example> examples = Examples.all();
        for (int i = 0; i < examples.size(); i++) {
            Determination d = ((Decision.Decided) library.decide(examples.get(i).request())).determination();
            rows.add(DeterminationRows.decided("c" + i, (long) i, d));
            expected.put("c" + i, d);
        }
        List<RequestError> errors = List.of(new RequestError("dateOfService", "is required"));
        rows.add(DeterminationRows.rejected("bad", 99L, errors));

        String path = dir.resolve("determinations.parquet").toString();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        spark.createDataFrame(context.parallelize(rows, 1), ClaimsSchema.DETERMINATION).write().parquet(path);
        List<Row> back = spark.read().schema(ClaimsSchema.DETERMINATION).parquet(path).collectAsList();
        assertEquals(rows.size(), back.size());
        for (Row row : back) {
            String id = row.getAs(ClaimsSchema.CLAIM_ID);
            if (id.equals("bad")) {
                assertEquals(errors, DeterminationRows.errors(row));
            } else {
                assertEquals(expected.get(id), DeterminationRows.determination(row), id);
            }
        }
    }
}
