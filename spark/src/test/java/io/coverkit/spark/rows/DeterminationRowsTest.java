package io.coverkit.spark.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeterminationRowsTest {

    private static GuidelineLibrary library;

    @BeforeAll
    static void load() {
        library = GuidelineLibrary.load(Path.of("policies"));
    }

    static List<Examples.Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyDeterminationOfEveryExampleReadsBackTheSame(Examples.Example example) {
        CoverageRequest request = example.request();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(null); // the date of service
        dates.addAll(library.guideline(request.guideline()).orElseThrow().revisions());
        DeterminationWriter writer = new DeterminationWriter();
        for (LocalDate asOf : dates) {
            Decision decision = library.decide(request.guideline(), request, asOf);
            Determination d = ((Decision.Decided) decision).determination();
            Row row = DeterminationRows.decided("claim-7", 7L, d);
            assertEquals(ClaimsSchema.DETERMINATION, row.schema());
            assertEquals("2", row.getAs("contractVersion"));
            assertEquals(d.outcome().name(), row.getAs("outcome"));
            assertEquals(asOf == null ? "dateOfService" : "asOf", row.getAs("revisionBasis"));
            assertTrue(row.isNullAt(row.fieldIndex("errors")), "a decided row has no errors");
            assertEquals(List.of(), DeterminationRows.errors(row));
            Determination back = DeterminationRows.determination(row);
            assertEquals(d, back, example + " as of " + asOf);
            assertEquals(writer.write(d), writer.write(back));
        }
    }

    @Test
    void anAuthorizationPeriodIsWrittenWithItsDays() {
        Examples.Example approved = Examples.all().stream().filter(e -> e.name().endsWith("tymlos-approved.json")).findFirst()
                .orElseThrow();
        Determination d = ((Decision.Decided) library.decide(approved.request())).determination();
        Row period = DeterminationRows.decided(null, null, d).getAs("authorization");
        assertEquals(d.authorization().days(), (Long) period.getAs("days"));
        assertEquals(d.authorization().from(), period.getAs("from"));
    }

    @Test
    void aRejectedRowListsItsErrorsAndHasNoOutcome() {
        List<RequestError> errors = List.of(new RequestError("member.lineOfBusiness", "unknown line of business `X`"),
                new RequestError("procedures[0].code", "`1` is not a procedure code (five letters or digits)"));
        Row row = DeterminationRows.rejected("c9", 12L, errors);
        assertEquals(ClaimsSchema.DETERMINATION, row.schema());
        assertNull(row.getAs("outcome"));
        assertEquals("c9", row.getAs("claimId"));
        assertEquals(12L, (Long) row.getAs("line"));
        assertEquals(errors, DeterminationRows.errors(row));
        assertThrows(IllegalArgumentException.class, () -> DeterminationRows.determination(row));
        assertThrows(IllegalArgumentException.class, () -> DeterminationRows.rejected("c9", 1L, List.of()));
    }

    @Test
    void datesMayBeJavaSqlDatesWhenRead() {
        Examples.Example first = Examples.all().get(0);
        Determination d = ((Decision.Decided) library.decide(first.request())).determination();
        Row row = DeterminationRows.decided(null, null, d);
        Row sql = Rows.with(row, "dateOfService", java.sql.Date.valueOf(d.dateOfService()));
        assertEquals(d, DeterminationRows.determination(sql));
    }
}
