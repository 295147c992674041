package io.coverkit.spark.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestRowsRoundTripTest {

    private final RequestRows rows = RequestRows.forSchema(ClaimsSchema.REQUEST);

    static List<Examples.Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleReadsBackAsTheSameRequest(Examples.Example example) {
        Row row = RequestRows.toRow("claim-1", example.request());
        assertEquals(ClaimsSchema.REQUEST, row.schema());
        RequestReader.Result back = rows.read(row);
        assertEquals(List.of(), back.errors());
        assertEquals(example.request(), back.request().orElseThrow());
        assertEquals("claim-1", rows.claimId(row));
    }

    // Requests that state what rows must keep apart: absent and empty lists, facts, decimals, therapy
    // classes, orders, prior services with units, authorizations, studies, extensions.
    @ParameterizedTest
    @ValueSource(strings = {
        """
        {"guideline":"x","dateOfService":"2026-06-01","member":{"lineOfBusiness":"COMMERCIAL"},
         "procedures":[{"system":"CPT","code":"77387"}],"authorizations":[],"studies":[]}""",
        """
        {"dateOfService":"2026-06-01","member":{"lineOfBusiness":"MEDICARE","birthDate":"1950-02-28","sex":"U"},
         "procedures":[{"system":"HCPCS","code":"E0601","units":3,"modifiers":["KX","RR"]}],
         "authorizations":[{"system":"HCPCS","code":"E0601","start":"2026-01-01","end":"2026-12-31"},
                           {"drug":"tymlos","start":"2026-01-01"}],
         "studies":[{"id":"NCT01234567","kind":"CED"}],
         "placeOfService":"12","complete":["therapies"]}""",
        """
        {"dateOfService":"2026-06-01","member":{"lineOfBusiness":"MEDICAID","plan":"ohio-medicaid-managed-care"},
         "facts":{"asymptomatic":true,"current-smoker":false},
         "observations":[{"code":"ahi","value":15.25,"unit":"/h","date":"2026-05-01","method":"psg"},
                         {"code":"packs-per-day","value":0.000000000001},{"code":"spo2","value":-88},
                         {"code":"big","value":123456789012345.123456789012}],
         "therapies":[{"class":"phototherapy","kind":"PROCEDURE","start":"2025-01-01","end":"2025-02-01","outcome":"FAILURE"},
                      {"drug":"forteo","class":"anabolic","start":"2025-03-01"}],
         "orders":[{"date":"2026-05-01"},{"code":"71271","date":"2026-05-02","written":false,
                    "orderedBy":"NON_PHYSICIAN_PRACTITIONER","visit":"counseling-visit"}],
         "priorServices":[{"system":"CPT","code":"94660","date":"2026-01-01","units":2},
                          {"system":"CPT","code":"94660","date":"2026-02-01","elements":["adherence"]}],
         "priorAuthorization":{"drug":"tymlos","prescriberCredentials":[],"consultedSpecialties":["endocrinology"]}}""",
        """
        {"dateOfService":"2026-06-01","member":{"lineOfBusiness":"COMMERCIAL"},"procedures":[{"system":"CPT","code":"77387"}],
         "documents":[{"loinc":"28626-0","date":"2026-03-01","elements":["a-b"]}],"events":[{"code":"quit","date":"2011-06-01"}],
         "extensions":{"source":"claims-2026","n":1,"x":1.50,"big":12345678901234567890,"list":[true,null,{"a":"b"}]}}"""
    })
    void edgeCasesReadBackAsTheSameRequest(String json) {
        CoverageRequest request = new RequestReader().read(json).request().orElseThrow();
        RequestReader.Result back = rows.read(RequestRows.toRow(null, request));
        assertEquals(List.of(), back.errors());
        assertEquals(request, back.request().orElseThrow());
    }

    @Test
    void absentAndEmptyListsStayApart() {
        Row absent = RequestRows.toRow("a", request("{\"dateOfService\":\"2026-06-01\",\"member\":{\"lineOfBusiness\":\"COMMERCIAL\"},"
                + "\"procedures\":[{\"system\":\"CPT\",\"code\":\"77387\"}]}"));
        assertTrue(absent.isNullAt(absent.fieldIndex("authorizations")));
        assertNull(rows.read(absent).request().orElseThrow().studies());
        Row empty = RequestRows.toRow("e", request("{\"dateOfService\":\"2026-06-01\",\"member\":{\"lineOfBusiness\":\"COMMERCIAL\"},"
                + "\"procedures\":[{\"system\":\"CPT\",\"code\":\"77387\"}],\"studies\":[]}"));
        assertEquals(List.of(), rows.read(empty).request().orElseThrow().studies());
    }

    @Test
    void aMeasureFromADecimalColumnLosesOnlyItsTrailingZeros() {
        CoverageRequest request = request("{\"dateOfService\":\"2026-06-01\",\"member\":{\"lineOfBusiness\":\"COMMERCIAL\"},"
                + "\"procedures\":[{\"system\":\"CPT\",\"code\":\"77387\"}],\"observations\":[{\"code\":\"ahi\",\"value\":30}]}");
        Row row = RequestRows.toRow("m", request);
        Row observation = (Row) row.getList(row.fieldIndex("observations")).get(0);
        // what a decimal(27,12) column holds after Parquet
        Object[] cells = Rows.cells(observation);
        cells[1] = new BigDecimal("30.000000000000");
        Row stored = Rows.with(row, "observations", Cells.seq(new Object[] {
            Rows.of(observation.schema(), cells)}));
        assertEquals(request, rows.read(stored).request().orElseThrow());
    }

    private static CoverageRequest request(String json) {
        return new RequestReader().read(json).request().orElseThrow();
    }
}
