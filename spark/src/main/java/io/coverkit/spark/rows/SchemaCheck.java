package io.coverkit.spark.rows;

import io.coverkit.request.NearestName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Compares a table's schema with {@link ClaimsSchema#REQUEST} on the driver, so a table that cannot
 * be claims fails before any task with every problem named, rather than as an error on each row.
 * Types are compared ignoring nullability; any decimal is taken for a measure, since its values are
 * read as numbers and held to the contract's bounds row by row. The {@link ClaimsSchema#LINE} column
 * an NDJSON reader adds is known too.
 */
final class SchemaCheck {

    private SchemaCheck() {}

    static List<String> problems(StructType actual, Set<String> carried) {
        List<String> problems = new ArrayList<>();
        List<String> known = Arrays.asList(ClaimsSchema.REQUEST.fieldNames());
        for (StructField column : actual.fields()) {
            String name = column.name();
            if (carried.contains(name)) {
                continue;
            }
            if (name.equals(ClaimsSchema.LINE)) {
                if (!isWhole(column.dataType())) {
                    problems.add("column `line` is " + column.dataType().simpleString() + "; expected bigint");
                }
            } else if (!known.contains(name)) {
                problems.add("column `" + name + "` is not a claims column" + NearestName.hint(name, known)
                        + " (name it as carried to keep it in the output)");
            } else {
                compare(name, ClaimsSchema.REQUEST.apply(name).dataType(), column.dataType(), problems);
            }
        }
        return problems;
    }

    private static void compare(String path, DataType expected, DataType actual, List<String> problems) {
        if (expected instanceof StructType e && actual instanceof StructType a) {
            List<String> known = Arrays.asList(e.fieldNames());
            for (StructField field : a.fields()) {
                String at = path + "." + field.name();
                if (known.contains(field.name())) {
                    compare(at, e.apply(field.name()).dataType(), field.dataType(), problems);
                } else {
                    problems.add("field `" + at + "` is not a field of `" + path + "`" + NearestName.hint(field.name(), known));
                }
            }
        } else if (expected instanceof ArrayType e && actual instanceof ArrayType a) {
            compare(path, e.elementType(), a.elementType(), problems);
        } else if (expected instanceof MapType e && actual instanceof MapType a) {
            compare(path + " (keys)", e.keyType(), a.keyType(), problems);
            compare(path + " (values)", e.valueType(), a.valueType(), problems);
        } else if (!(expected instanceof DecimalType && actual instanceof DecimalType) && !expected.equals(actual)) {
            problems.add("`" + path + "` is " + actual.simpleString() + "; expected " + expected.simpleString());
        }
    }

    private static boolean isWhole(DataType type) {
        return type.equals(DataTypes.LongType) || type.equals(DataTypes.IntegerType);
    }
}
