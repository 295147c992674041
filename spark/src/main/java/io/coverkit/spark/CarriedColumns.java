package io.coverkit.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Columns of a claims table that are not claim fields (a member id, a provider, a region) carried
 * unchanged into each claim's output row, so results can be grouped or joined by them. Named with
 * {@code --carry}; a claims table's other columns are refused, so a misspelt claim field never
 * passes for data to carry.
 */
final class CarriedColumns implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Carries nothing. */
    static final CarriedColumns NONE = new CarriedColumns(new int[0], new StructField[0]);

    private final int[] indexes;
    private final StructField[] fields;

    private CarriedColumns(int[] indexes, StructField[] fields) {
        this.indexes = indexes;
        this.fields = fields;
    }

    /**
     * The columns {@code names} of {@code claims}, to carry into rows of {@code output}.
     *
     * @throws IllegalArgumentException naming a column the claims do not have, or one the output has already
     */
    static CarriedColumns of(StructType claims, List<String> names, StructType output) {
        if (names.isEmpty()) {
            return NONE;
        }
        List<String> columns = Arrays.asList(claims.fieldNames());
        List<String> taken = Arrays.asList(output.fieldNames());
        int[] indexes = new int[names.size()];
        StructField[] fields = new StructField[names.size()];
        for (int i = 0; i < indexes.length; i++) {
            String name = names.get(i);
            indexes[i] = columns.indexOf(name);
            if (indexes[i] < 0) {
                throw new IllegalArgumentException("--carry: the claims have no column `" + name + "`; they have " + columns);
            }
            if (taken.contains(name)) {
                throw new IllegalArgumentException("--carry: `" + name + "` is a column of the output already");
            }
            fields[i] = claims.fields()[indexes[i]];
        }
        return new CarriedColumns(indexes, fields);
    }

    /** True when nothing is carried. */
    boolean none() {
        return indexes.length == 0;
    }

    /** The output's schema with the carried columns after its own. */
    StructType extend(StructType output) {
        StructType extended = output;
        for (StructField f : fields) {
            extended = extended.add(f);
        }
        return extended;
    }

    /** {@code out} with {@code claim}'s carried values after its own. */
    Row append(Row out, Row claim) {
        if (indexes.length == 0) {
            return out;
        }
        Object[] values = new Object[out.length() + indexes.length];
        for (int i = 0; i < out.length(); i++) {
            values[i] = out.get(i);
        }
        for (int i = 0; i < indexes.length; i++) {
            values[out.length() + i] = claim.get(indexes[i]);
        }
        return RowFactory.create(values);
    }
}
