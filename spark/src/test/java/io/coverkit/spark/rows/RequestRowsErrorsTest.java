package io.coverkit.spark.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RequestRowsErrorsTest {

    private static final String IGRT = """
            {"guideline":"04-77260-19","dateOfService":"2026-06-01",
             "member":{"lineOfBusiness":"COMMERCIAL","birthDate":"1958-04-02","sex":"F"},
             "procedures":[{"system":"CPT","code":"77387","units":1,"modifiers":[]}],
             "diagnoses":[{"system":"ICD-10-CM","code":"C61"}],
             "indications":["implanted-fiducial-markers"],
             "documents":[{"loinc":"28626-0","date":"2026-03-01"}],
             "therapies":[{"drug":"forteo","start":"2025-01-01","end":"2025-06-01"}]}""";

    private final RequestRows rows = RequestRows.forSchema(ClaimsSchema.REQUEST);
    private final CoverageRequest request = new RequestReader().read(IGRT).request().orElseThrow();
    private final Row valid = RequestRows.toRow("c1", request);

    @Test
    void anUnknownLineOfBusinessIsAnErrorNamingIt() {
        Row member = (Row) valid.get(valid.fieldIndex("member"));
        Row bad = Rows.with(valid, "member", Rows.with(member, "lineOfBusiness", "COMERCIAL"));
        assertOnlyError("member.lineOfBusiness", "unknown line of business `COMERCIAL`", bad);
    }

    @Test
    void aBadProcedureCodeIsAnErrorNamingItsItem() {
        Row procedure = (Row) valid.getList(valid.fieldIndex("procedures")).get(0);
        Row bad = Rows.with(valid, "procedures", Cells.seq(new Object[] {Rows.with(procedure, "code", "7738")}));
        assertOnlyError("procedures[0].code", "is not a procedure code", bad);
    }

    @Test
    void aMissingDateOfServiceIsRequired() {
        assertOnlyError("dateOfService", "is required", Rows.with(valid, "dateOfService", null));
    }

    @Test
    void aTherapyEndingBeforeItStartsIsAnError() {
        Row therapy = (Row) valid.getList(valid.fieldIndex("therapies")).get(0);
        Row bad = Rows.with(valid, "therapies", Cells.seq(new Object[] {Rows.with(therapy, "end", LocalDate.of(2024, 1, 1))}));
        assertOnlyError("therapies[0].end", "must not be before `start`", bad);
    }

    @Test
    void malformedExtensionsTextIsAnErrorNamingExtensions() {
        assertOnlyError("extensions", "is not valid JSON text at line 1", Rows.with(valid, "extensions", "{\"source\": "));
        assertOnlyError("extensions", "must be an object", Rows.with(valid, "extensions", "[1, 2]"));
        assertOnlyError("extensions", "is not valid JSON text", Rows.with(valid, "extensions", "{\"a\":1,\"a\":2}"));
    }

    @Test
    void extensionsTextIsReadIntoTheRequest() {
        CoverageRequest read = rows.read(Rows.with(valid, "extensions", "{\"source\": \"claims-2026\"}")).request().orElseThrow();
        assertEquals(java.util.Map.of("source", "claims-2026"), read.extensions());
    }

    @Test
    void anErrorElsewhereAndBadExtensionsAreBothListed() {
        Row bad = Rows.with(Rows.with(valid, "dateOfService", null), "extensions", "nope");
        RequestReader.Result result = rows.read(bad);
        assertTrue(result.request().isEmpty());
        assertEquals(List.of("dateOfService", "extensions"), result.errors().stream().map(RequestError::field).toList());
    }

    @Test
    void aColumnOfTheWrongTypeIsAnErrorNamingItNotAFailure() {
        // a table whose dateOfService is text, whose columns come in another order, lacking most of them
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("member", ClaimsSchema.MEMBER, true),
            DataTypes.createStructField("dateOfService", DataTypes.StringType, true),
            DataTypes.createStructField("procedures", ClaimsSchema.REQUEST.apply("procedures").dataType(), true),
            DataTypes.createStructField("policyNumber", DataTypes.LongType, true)});
        RequestRows reader = RequestRows.forSchema(schema);
        Object member = valid.get(valid.fieldIndex("member"));
        Object procedures = valid.get(valid.fieldIndex("procedures"));
        RequestReader.Result ok = reader.read(Rows.of(schema, member, "2026-06-01", procedures, 42L));
        assertEquals(List.of(), ok.errors());
        assertEquals(LocalDate.of(2026, 6, 1), ok.request().orElseThrow().dateOfService());
        assertEquals(null, reader.claimId(Rows.of(schema, member, "2026-06-01", procedures, 42L)));
        assertOnlyError(reader, "dateOfService", "is not", Rows.of(schema, member, "2026-13-01", procedures, 42L));
        // a number where text is expected reaches the reader as a number
        StructType numbers = new StructType(new StructField[] {
            DataTypes.createStructField("dateOfService", DataTypes.DateType, true),
            DataTypes.createStructField("member", ClaimsSchema.MEMBER, true),
            DataTypes.createStructField("procedures", ClaimsSchema.REQUEST.apply("procedures").dataType(), true),
            DataTypes.createStructField("guideline", DataTypes.IntegerType, true)});
        assertOnlyError(RequestRows.forSchema(numbers), "guideline", "must be a string",
                Rows.of(numbers, LocalDate.of(2026, 6, 1), member, procedures, 7));
    }

    @Test
    void datesMayBeJavaSqlDates() {
        Row sqlDates = Rows.with(valid, "dateOfService", java.sql.Date.valueOf("2026-06-01"));
        assertEquals(request, rows.read(sqlDates).request().orElseThrow());
    }

    @Test
    void aNullArrayItemIsAnErrorNamingIt() {
        Row bad = Rows.with(valid, "indications", Cells.seq(new Object[] {"implanted-fiducial-markers", null}));
        assertOnlyError("indications[1]", "must be a string", bad);
    }

    @Test
    void aWireRequestIsTurnedIntoARowOrRefusedWithItsErrors() {
        assertEquals(valid, RequestRows.toRow("c1", IGRT));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RequestRows.toRow("c1", "{\"dateOfService\":\"2026-06-01\"}"));
        assertTrue(e.getMessage().contains("member: is required"), e.getMessage());
    }

    private void assertOnlyError(String field, String message, Row row) {
        assertOnlyError(rows, field, message, row);
    }

    private static void assertOnlyError(RequestRows reader, String field, String message, Row row) {
        RequestReader.Result result = reader.read(row);
        assertTrue(result.request().isEmpty(), "no request");
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(field, result.errors().get(0).field());
        assertTrue(result.errors().get(0).message().contains(message), result.errors().get(0).message());
    }
}
