package io.coverkit.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.BatchRecords;
import io.coverkit.api.Decision;
import io.coverkit.json.ContractVersion;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.json.RequestReader;
import io.coverkit.request.RequestError;
import io.coverkit.spark.rows.ClaimsSchema;
import io.coverkit.spark.rows.DeterminationRows;
import io.coverkit.spark.rows.RequestRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Decides one partition of claims on an executor, row by row as the partition streams (nothing is
 * held but the row at hand). Claims come as NDJSON lines (decided exactly as {@code coverkit batch}
 * decides a line, through {@link BatchRecords}) or as typed rows of the claims schema; results go
 * out as determination rows, or as the JSON records {@code coverkit batch} writes.
 */
final class DecidePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /**
     * A JSON record, as UTF-8 bytes, and its outcome (null for an error record), which the job counts
     * before writing the text. Bytes rather than a string: a record written straight to UTF-8 and
     * taken by Spark as it is costs less than a Java string that Spark
     * encodes again (a finding's text with one non-Latin-1 character made the whole record UTF-16;
     * bench/spark --quick, NDJSON -> NDJSON: 2,022 -> 2,781 rows/s per core, with ClaimsInput's task
     * split; docs/spark-scale.md).
     * {@link Outputs} writes such a column as text.
     */
    static final StructType RECORD = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
        DataTypes.createStructField("outcome", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.BinaryType, false)});

    private final PolicyHandle policies;
    private final LocalDate asOf;
    private final StructType claims;
    private final boolean json;
    private final CarriedColumns carried;

    /**
     * @param claims the schema of the claim rows, or null when the rows are NDJSON lines ({@link ClaimsInput#LINES})
     * @param json write the records {@code coverkit batch} writes ({@link #RECORD} rows) rather than determination rows
     * @param carried the claims' columns to append to each determination row
     */
    DecidePartition(PolicyHandle policies, LocalDate asOf, StructType claims, boolean json, CarriedColumns carried) {
        this.policies = policies;
        this.asOf = asOf;
        this.claims = claims;
        this.json = json;
        this.carried = carried;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Deciding deciding = new Deciding(new BatchRecords(policies.library(), asOf, false),
                claims == null ? null : RequestRows.forSchema(claims));
        return MappedRows.of(input, deciding::decide);
    }

    /** One task's state: its records, its row reader, and its JSON buffer. */
    private final class Deciding {
        private static final ObjectMapper COMPACT = JsonMapper.builder().build();
        private static final JsonFactory FACTORY = COMPACT.getFactory();

        private final BatchRecords records;
        private final RequestRows reader;
        private final DeterminationWriter writer = new DeterminationWriter();
        private final ByteArrayBuilder text = new ByteArrayBuilder(4096);

        Deciding(BatchRecords records, RequestRows reader) {
            this.records = records;
            this.reader = reader;
        }

        Row decide(Row row) {
            if (reader == null) {
                long line = row.getLong(0);
                byte[] request = (byte[]) row.get(1);
                Decision decision = records.decide(request, request.length);
                return json ? lineRecord(line, decision) : DeterminationRows.of(null, line, decision);
            }
            String claimId = reader.claimId(row);
            RequestReader.Result read = reader.read(row);
            Decision decision = read.request().isEmpty() ? new Decision.Rejected(read.errors())
                    : records.decide(read.request().get(), read.contractVersion());
            return json ? claimRecord(claimId, decision) : carried.append(DeterminationRows.of(claimId, null, decision), row);
        }

        // The record coverkit batch writes for the line, byte for byte.
        private Row lineRecord(long line, Decision decision) {
            text.reset();
            try (JsonGenerator g = FACTORY.createGenerator(text, JsonEncoding.UTF8)) {
                records.write(g, line, decision, null);
            } catch (IOException e) {
                throw new UncheckedIOException("writing JSON into memory cannot fail", e);
            }
            return RowFactory.create(outcome(decision), text.toByteArray());
        }

        // A claim row's record: its claim id, then the determination's fields or the errors.
        private Row claimRecord(String claimId, Decision decision) {
            ObjectNode record = COMPACT.createObjectNode();
            record.put(ClaimsSchema.CLAIM_ID, claimId);
            if (decision instanceof Decision.Decided decided) {
                record.setAll(writer.toTree(decided.determination(), decided.contractVersion()));
            } else if (decision instanceof Decision.Rejected rejected) {
                record.put(ContractVersion.FIELD, ContractVersion.CURRENT);
                ArrayNode errors = record.putArray("errors");
                for (RequestError e : rejected.errors()) {
                    errors.addObject().put("field", e.field()).put("message", e.message());
                }
            }
            try {
                return RowFactory.create(outcome(decision), COMPACT.writeValueAsBytes(record));
            } catch (IOException e) {
                throw new UncheckedIOException("writing JSON into memory cannot fail", e);
            }
        }

        private static String outcome(Decision decision) {
            return decision instanceof Decision.Decided decided ? decided.determination().outcome().name() : null;
        }
    }
}
