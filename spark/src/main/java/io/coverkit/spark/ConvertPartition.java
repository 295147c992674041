package io.coverkit.spark;

import io.coverkit.api.BatchRecords;
import io.coverkit.json.RequestReader;
import io.coverkit.request.RequestError;
import io.coverkit.spark.rows.ClaimsSchema;
import io.coverkit.spark.rows.RequestRows;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads NDJSON lines of wire requests into claim rows, each line's number as its claim id; a line
 * that is not a request becomes a row holding only its first error, which the job counts and
 * leaves out.
 */
final class ConvertPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** A claim row, or (all claim columns null) the error of a line that is not a request. */
    static final StructType CONVERTED = ClaimsSchema.REQUEST.add("unreadable", DataTypes.StringType, true);

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        // Reading needs no guidelines: these records only read.
        BatchRecords reader = new BatchRecords(null, null, true);
        int width = ClaimsSchema.REQUEST.fields().length;
        return MappedRows.of(input, line -> convert(line, reader, width));
    }

    private static Row convert(Row line, BatchRecords reader, int width) {
        byte[] bytes = (byte[]) line.get(1);
        RequestReader.Result read = reader.read(bytes, bytes.length);
        String claimId = Long.toString(line.getLong(0));
        Object[] values = new Object[width + 1];
        if (read.request().isPresent()) {
            Row claim = RequestRows.toRow(claimId, read.request().get());
            for (int i = 0; i < width; i++) {
                values[i] = claim.get(i);
            }
        } else {
            RequestError first = read.errors().get(0);
            values[0] = claimId;
            values[width] = "line " + claimId + ": " + first.field() + ": " + first.message();
        }
        return RowFactory.create(values);
    }
}
