package io.coverkit.spark.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RequestRowsSchemaTest {

    @Test
    void theClaimsSchemaAndASubsetOfItPass() {
        assertEquals(List.of(), RequestRows.checkSchema(ClaimsSchema.REQUEST));
        StructType subset = new StructType(new StructField[] {
            ClaimsSchema.REQUEST.apply("procedures"), ClaimsSchema.REQUEST.apply("dateOfService"),
            DataTypes.createStructField("member", new StructType(new StructField[] {ClaimsSchema.MEMBER.apply("lineOfBusiness")}), false),
            DataTypes.createStructField(ClaimsSchema.LINE, DataTypes.LongType, false)});
        assertEquals(List.of(), RequestRows.checkSchema(subset));
    }

    @Test
    void nullabilityIsNotChecked() {
        StructField[] fields = Arrays.stream(ClaimsSchema.REQUEST.fields())
                .map(f -> DataTypes.createStructField(f.name(), f.dataType(), false)).toArray(StructField[]::new);
        assertEquals(List.of(), RequestRows.checkSchema(new StructType(fields)));
    }

    @Test
    void aMistypedColumnIsNamedWithTheNearestClaimsColumn() {
        StructType schema = with(DataTypes.createStructField("diagnosis", ClaimsSchema.REQUEST.apply("diagnoses").dataType(), true));
        assertEquals(List.of("column `diagnosis` is not a claims column; did you mean `diagnoses`? (name it as carried to keep it in the output)"),
                RequestRows.checkSchema(schema));
    }

    @Test
    void aColumnOfTheWrongTypeIsNamedWithTheTypeExpected() {
        StructType schema = replace("dateOfService", DataTypes.StringType);
        assertEquals(List.of("`dateOfService` is string; expected date"), RequestRows.checkSchema(schema));
    }

    @Test
    void aNestedFieldOfTheWrongTypeIsNamedByItsPath() {
        StructType procedure = (StructType) ((ArrayType) ClaimsSchema.REQUEST.apply("procedures").dataType()).elementType();
        StructField[] fields = procedure.fields().clone();
        fields[procedure.fieldIndex("units")] = DataTypes.createStructField("units", DataTypes.StringType, true);
        StructType schema = replace("procedures", DataTypes.createArrayType(new StructType(fields), true));
        assertEquals(List.of("`procedures.units` is string; expected int"), RequestRows.checkSchema(schema));
        StructType member = new StructType(new StructField[] {DataTypes.createStructField("lineOfBussiness", DataTypes.StringType, true)});
        assertEquals(List.of("field `member.lineOfBussiness` is not a field of `member`; did you mean `lineOfBusiness`?"),
                RequestRows.checkSchema(replace("member", member)));
    }

    @Test
    void carriedColumnsMayBeOfAnyType() {
        StructType schema = with(DataTypes.createStructField("payerRegion", DataTypes.createMapType(DataTypes.StringType,
                DataTypes.DoubleType), true));
        assertEquals(1, RequestRows.checkSchema(schema).size());
        assertEquals(List.of(), RequestRows.checkSchema(schema, Set.of("payerRegion")));
        // a claims column named as carried is not checked either: the caller keeps it as it is
        assertEquals(List.of(), RequestRows.checkSchema(replace("placeOfService", DataTypes.IntegerType), Set.of("placeOfService")));
    }

    @Test
    void everyProblemIsListed() {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("dateOfService", DataTypes.TimestampType, true),
            DataTypes.createStructField("procedure", DataTypes.StringType, true),
            DataTypes.createStructField("facts", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)});
        assertEquals(List.of("`dateOfService` is timestamp; expected date",
                "column `procedure` is not a claims column; did you mean `procedures`? (name it as carried to keep it in the output)",
                "`facts (values)` is string; expected boolean"), RequestRows.checkSchema(schema));
    }

    private static StructType with(StructField extra) {
        return ClaimsSchema.REQUEST.add(extra);
    }

    private static StructType replace(String name, org.apache.spark.sql.types.DataType type) {
        StructField[] fields = ClaimsSchema.REQUEST.fields().clone();
        fields[ClaimsSchema.REQUEST.fieldIndex(name)] = DataTypes.createStructField(name, type, true);
        return new StructType(fields);
    }
}
