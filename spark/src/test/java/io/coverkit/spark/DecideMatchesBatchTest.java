package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.Batch;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Outcome;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.request.RequestError;
import io.coverkit.spark.rows.DeterminationRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decide job gives every claim the determination {@code coverkit batch} gives it, field by
 * field: over every example request, every request of the scenario corpus (every outcome of every
 * guideline) and lines that are not requests; from NDJSON to NDJSON (byte for byte), to Parquet,
 * and from a Parquet claims table.
 */
class DecideMatchesBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    static Path claims;
    static List<String> batchRecords;
    static ShippedPolicies policies;

    @BeforeAll
    static void decideWithBatch() throws IOException {
        List<String> lines = new ArrayList<>(ClaimFiles.exampleLines());
        lines.addAll(Files.readAllLines(ClaimFiles.SCENARIOS));
        lines.add("");
        lines.add("[1, 2]");
        lines.add("{\"guideline\": \"no-such-guideline\", \"dateOfService\": \"2026-06-01\", \"member\": {\"lineOfBusiness\": \"COMMERCIAL\"},"
                + " \"procedures\": [{\"system\": \"CPT\", \"code\": \"77387\"}]}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        // a line that is not UTF-8, and a last line with a CR LF end
        bytes.writeBytes("\n{\"guideline\": \"caf\u00e9".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xff);
        bytes.writeBytes("\"}\r\n".getBytes(StandardCharsets.UTF_8));
        claims = temp.resolve("claims.ndjson");
        Files.write(claims, bytes.toByteArray());

        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(claims)) {
            new Batch(library, 2, Batch.Mode.DECIDE).run(in, out, (done, input) -> { });
        }
        batchRecords = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
        policies = ShippedPolicies.fromPolicies(Path.of("policies"));
    }

    @Test
    void ndjsonRecordsAreBatchsByteForByte() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path output = temp.resolve("determinations.ndjson");
        DecideSummary summary = CoverkitJobs.decide(spark, ClaimsInput.read(spark, claims.toString(), null), policies, null,
                output.toString(), false);

        List<String> records = Files.readAllLines(output);
        assertEquals(batchRecords.size(), records.size(), "one record a line");
        for (int i = 0; i < records.size(); i++) {
            assertEquals(batchRecords.get(i), records.get(i), "line " + (i + 1));
        }
        assertEquals(records.size(), summary.rows());
        assertFalse(Files.exists(temp.resolve(".determinations.ndjson.crc")), "no checksum file beside the output");
        assertFalse(Files.exists(temp.resolve(".determinations.ndjson.in-progress")), "the folder the parts were written to is gone");
        assertEquals(errorRecords(), summary.errors());
        assertTrue(summary.errors() >= 4, "the lines that are not requests are error records: " + summary.line());
        assertTrue(summary.line().startsWith("decided " + records.size() + " rows: "), summary.line());
    }

    // Not Spark's doing but what makes the comparisons above worth having: the claims compared
    // reach every guideline, and more than one outcome of each.
    @Test
    void theClaimsComparedReachEveryGuidelineAndSeveralOutcomesOfEach() throws IOException {
        Map<String, Set<Outcome>> reached = new TreeMap<>();
        for (String record : batchRecords) {
            JsonNode r = JSON.readTree(record);
            if (r.has("outcome")) {
                reached.computeIfAbsent(r.get("guideline").asText(), g -> EnumSet.noneOf(Outcome.class))
                        .add(Outcome.valueOf(r.get("outcome").asText()));
            }
        }
        assertEquals(policies.guidelineIds(), List.copyOf(reached.keySet()), "every guideline decides some claim");
        assertTrue(reached.values().stream().allMatch(o -> o.size() >= 2), "each guideline at least two outcomes: " + reached);
    }

    @Test
    void parquetRowsHoldTheSameDeterminations() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path output = temp.resolve("determinations.parquet");
        CoverkitJobs.decide(spark, ClaimsInput.read(spark, claims.toString(), null), policies, null, output.toString(), false);

        List<Row> rows = spark.read().parquet(output.toString()).orderBy("line").collectAsList();
        assertEquals(batchRecords.size(), rows.size());
        for (Row row : rows) {
            long line = row.getLong(row.fieldIndex("line"));
            assertEquals(batchRecords.get((int) line - 1), JSON.writeValueAsString(recordOf(row, line)), "line " + line);
        }
    }

    @Test
    void aParquetClaimsTableIsDecidedAsItsLinesAre() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path table = temp.resolve("claims.parquet");
        CoverkitJobs.Converted converted = CoverkitJobs.convert(spark, ClaimsInput.read(spark, claims.toString(), null), table.toString());
        io.coverkit.api.BatchRecords reader = new io.coverkit.api.BatchRecords(null, null, true);
        long unreadable = splitLines(Files.readAllBytes(claims)).stream().filter(l -> reader.read(l, l.length).request().isEmpty()).count();
        assertEquals(4, unreadable, "the malformed example, the blank line, the array and the line that is not UTF-8");
        assertEquals(unreadable, converted.unreadable(), "the lines that are not requests are left out: " + converted.example());

        Path output = temp.resolve("from-table.parquet");
        DecideSummary summary = CoverkitJobs.decide(spark, ClaimsInput.read(spark, table.toString(), null), policies, null,
                output.toString(), false);
        assertEquals(converted.lines() - converted.unreadable(), summary.rows());

        List<Row> rows = spark.read().parquet(output.toString()).collectAsList();
        int decided = 0;
        for (Row row : rows) {
            long line = Long.parseLong(row.getString(row.fieldIndex("claimId")));
            String expected = batchRecords.get((int) line - 1);
            assertEquals(expected, JSON.writeValueAsString(recordOf(row, line)), "claim " + line);
            decided += expected.contains("\"outcome\":") ? 1 : 0;
        }
        assertTrue(decided > 100, "most claims decided: " + decided);

        // To NDJSON: each record is batch's, its claim id in place of its line.
        Path records = temp.resolve("from-table.ndjson");
        CoverkitJobs.decide(spark, ClaimsInput.read(spark, table.toString(), null), policies, null, records.toString(), false);
        for (String record : Files.readAllLines(records)) {
            ObjectNode r = (ObjectNode) JSON.readTree(record);
            long line = Long.parseLong(r.remove("claimId").asText());
            ObjectNode expected = (ObjectNode) JSON.readTree(batchRecords.get((int) line - 1));
            expected.remove("line");
            assertEquals(expected, r, "claim " + line);
        }
    }

    @Test
    void wireRequestsReadBySparksJsonReaderAreDecidedAsTheirLinesAre() throws IOException {
        SparkSession spark = LocalSpark.session();
        List<Row> rows = CoverkitJobs.determinations(spark, ClaimsInput.read(spark, ClaimFiles.SCENARIOS.toString(), "json"), policies, null)
                .collectAsList();
        List<String> bySpark = new ArrayList<>();
        for (Row row : rows) {
            bySpark.add(JSON.writeValueAsString(new DeterminationWriter().toTree(DeterminationRows.determination(row))));
        }
        List<String> byBatch = new ArrayList<>();
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        for (String line : Files.readAllLines(ClaimFiles.SCENARIOS)) {
            var decided = (io.coverkit.api.Decision.Decided) library.decideJson(line);
            byBatch.add(JSON.writeValueAsString(new DeterminationWriter().toTree(decided.determination())));
        }
        java.util.Collections.sort(bySpark);
        java.util.Collections.sort(byBatch);
        assertEquals(737, byBatch.size());
        assertEquals(byBatch, bySpark);
    }

    @Test
    void asOfADateEveryClaimIsDecidedUnderThatDatesRevision() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path output = temp.resolve("as-of.ndjson");
        java.time.LocalDate asOf = java.time.LocalDate.parse("2026-01-01");
        CoverkitJobs.decide(spark, ClaimsInput.read(spark, claims.toString(), null), policies, asOf, output.toString(), false);

        io.coverkit.api.BatchRecords expected = new io.coverkit.api.BatchRecords(GuidelineLibrary.load(Path.of("policies")), asOf, false);
        List<String> records = Files.readAllLines(output);
        byte[] all = Files.readAllBytes(claims);
        List<byte[]> lines = splitLines(all);
        int asOfRecords = 0;
        for (int i = 0; i < records.size(); i++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (var g = JSON.getFactory().createGenerator(text)) {
                expected.write(g, i + 1, expected.decide(lines.get(i), lines.get(i).length), null);
            }
            assertEquals(text.toString(StandardCharsets.UTF_8), records.get(i), "line " + (i + 1));
            asOfRecords += records.get(i).contains("\"revisionBasis\":\"asOf\"") ? 1 : 0;
        }
        assertTrue(asOfRecords > 100, "claims decided as of the date say so: " + asOfRecords);
    }

    private static List<byte[]> splitLines(byte[] all) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                if (i == all.length && from == i) {
                    break;
                }
                int to = i > from && all[i - 1] == '\r' ? i - 1 : i;
                lines.add(java.util.Arrays.copyOfRange(all, from, to));
                from = i + 1;
            }
        }
        return lines;
    }

    private static long errorRecords() {
        return batchRecords.stream().filter(r -> r.contains("\"errors\":")).count();
    }

    // The batch record a determination row stands for: the determination's JSON with its line, or its errors.
    private static JsonNode recordOf(Row row, long line) {
        ObjectNode record = JSON.createObjectNode().put("line", line);
        if (!row.isNullAt(row.fieldIndex("outcome"))) {
            record.setAll(new DeterminationWriter().toTree(DeterminationRows.determination(row)));
            return record;
        }
        record.put("contractVersion", "2");
        var errors = record.putArray("errors");
        for (RequestError e : DeterminationRows.errors(row)) {
            errors.addObject().put("field", e.field()).put("message", e.message());
        }
        assertFalse(errors.isEmpty(), "an error row names its errors");
        return record;
    }
}
