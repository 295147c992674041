package io.coverkit.spark;

import java.util.Iterator;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;

/** A partition's rows, each mapped as the partition streams: nothing is held but the row at hand. */
final class MappedRows implements Iterator<Row> {

    private final Iterator<Row> input;
    private final UnaryOperator<Row> map;

    private MappedRows(Iterator<Row> input, UnaryOperator<Row> map) {
        this.input = input;
        this.map = map;
    }

    /** Each row of {@code input}, mapped by {@code map}. */
    static Iterator<Row> of(Iterator<Row> input, UnaryOperator<Row> map) {
        return new MappedRows(input, map);
    }

    @Override
    public boolean hasNext() {
        return input.hasNext();
    }

    @Override
    public Row next() {
        return map.apply(input.next());
    }
}
