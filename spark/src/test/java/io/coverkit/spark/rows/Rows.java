package io.coverkit.spark.rows;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/** Rows changed in one place, for tests. */
final class Rows {

    private Rows() {}

    /** {@code row} with {@code column} set to {@code value}. */
    static Row with(Row row, String column, Object value) {
        Object[] cells = cells(row);
        cells[row.fieldIndex(column)] = value;
        return new GenericRowWithSchema(cells, row.schema());
    }

    /** {@code row}'s values, in a new array. */
    static Object[] cells(Row row) {
        Object[] cells = new Object[row.length()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = row.get(i);
        }
        return cells;
    }

    /** A row of {@code schema}. */
    static Row of(StructType schema, Object... cells) {
        return new GenericRowWithSchema(cells, schema);
    }
}
