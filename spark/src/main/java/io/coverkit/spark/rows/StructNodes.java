package io.coverkit.spark.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * Turns the rows of one struct type into JSON objects of the wire contract's shape. Built once per
 * input schema: for each field the claims schema knows, the index of the actual table's column (in
 * whatever order the table has them) and, for structs and arrays of structs, the builder of the
 * nested rows. Fields the table lacks are never looked at; columns the claims schema does not know
 * (the caller's own) are not read.
 *
 * <p>Cells become nodes by their Java type, not the type the claims schema expects, so a column of
 * the wrong type (a date held as text) reaches the request reader as the wire value it would be in
 * JSON, and its error names the field instead of failing the row. A null cell is an absent field.
 */
final class StructNodes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String[] names;
    private final int[] indices;
    // the builder of each field's nested rows (a struct, or the items of an array of structs), or null
    private final StructNodes[] nested;
    // the index of the `extensions` column, text parsed into the object; -1 when absent or not at this level
    private final int extensions;

    private StructNodes(String[] names, int[] indices, StructNodes[] nested, int extensions) {
        this.names = names;
        this.indices = indices;
        this.nested = nested;
        this.extensions = extensions;
    }

    /**
     * The builder for rows of {@code actual}, reading the fields {@code expected} names. {@code
     * extensionsField} is the name of the field that holds JSON text, or null.
     */
    static StructNodes of(StructType expected, StructType actual, String extensionsField) {
        List<String> names = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        List<StructNodes> nested = new ArrayList<>();
        int extensions = -1;
        for (StructField field : expected.fields()) {
            Option<Object> found = actual.getFieldIndex(field.name());
            if (found.isEmpty() || field.name().equals(ClaimsSchema.CLAIM_ID)) {
                continue;
            }
            int index = (Integer) found.get();
            if (field.name().equals(extensionsField)) {
                extensions = index;
                continue;
            }
            names.add(field.name());
            indices.add(index);
            nested.add(nestedOf(field.dataType(), actual.fields()[index].dataType()));
        }
        return new StructNodes(names.toArray(String[]::new), indices.stream().mapToInt(Integer::intValue).toArray(),
                nested.toArray(StructNodes[]::new), extensions);
    }

    // The builder for a struct field or an array of structs, when the table has that shape too.
    private static StructNodes nestedOf(DataType expected, DataType actual) {
        if (expected instanceof ArrayType e && actual instanceof ArrayType a) {
            return nestedOf(e.elementType(), a.elementType());
        }
        if (expected instanceof StructType e && actual instanceof StructType a) {
            return of(e, a, null);
        }
        return null;
    }

    /** The index of the extensions column, or -1. */
    int extensionsIndex() {
        return extensions;
    }

    /** The row as a JSON object: a field for every non-null column the claims schema knows. */
    ObjectNode object(Row row) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (!row.isNullAt(index)) {
                node.set(names[i], value(row.get(index), nested[i]));
            }
        }
        return node;
    }

    private static JsonNode value(Object cell, StructNodes nested) {
        if (cell == null) {
            return NODES.nullNode();
        }
        if (cell instanceof String text) {
            return NODES.textNode(text);
        }
        if (cell instanceof Row row) {
            // a struct where the claims schema has none: an object, which the request reader refuses by name
            return nested == null ? NODES.objectNode() : nested.object(row);
        }
        if (cell instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        }
        if (cell instanceof java.sql.Date date) {
            return NODES.textNode(date.toLocalDate().toString());
        }
        if (cell instanceof Boolean truth) {
            return NODES.booleanNode(truth);
        }
        if (cell instanceof Integer number) {
            return NODES.numberNode(number.intValue());
        }
        if (cell instanceof Long number) {
            return NODES.numberNode(number.longValue());
        }
        if (cell instanceof BigDecimal number) {
            // A decimal column has a fixed scale (Parquet keeps no other): the value is the number as written.
            return NODES.numberNode(Cells.measure(number));
        }
        if (cell instanceof Double number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (cell instanceof scala.collection.Seq<?> || cell instanceof List<?> || cell instanceof Object[]) {
            return array(Cells.list(cell), nested);
        }
        if (cell instanceof scala.collection.Map<?, ?> || cell instanceof Map<?, ?>) {
            return object(Cells.map(cell));
        }
        // another Spark type (a timestamp, a float, binary) where the claims schema has none: its text,
        // which the request reader refuses with an error naming the field
        return NODES.textNode(cell.toString());
    }

    private static ArrayNode array(List<?> items, StructNodes nested) {
        ArrayNode node = NODES.arrayNode(items.size());
        for (int i = 0; i < items.size(); i++) {
            node.add(value(items.get(i), nested));
        }
        return node;
    }

    private static ObjectNode object(Map<?, ?> map) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            node.set(String.valueOf(e.getKey()), value(e.getValue(), null));
        }
        return node;
    }
}
