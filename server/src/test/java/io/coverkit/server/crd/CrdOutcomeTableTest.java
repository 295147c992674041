package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Decision;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every IGRT outcome through the table, from real determinations (indications stated as a DTR answer would state them). */
class CrdOutcomeTableTest {

    private static final String Q = "http://127.0.0.1:8080/fhir/Questionnaire/04-77260-19|2026-05-15";

    private static CoverageRequestBuilder igrt(LineOfBusiness line) {
        return CoverageRequest.builder(LocalDate.parse("2026-06-01"), line).cpt("77387").diagnosis("C61");
    }

    private static Determination decide(CoverageRequestBuilder b) {
        return ((Decision.Decided) Crd.library().decide("04-77260-19", b.build())).determination();
    }

    private static CrdOutcomeTable.Situation situation(boolean primary, boolean indicationsStated) {
        return new CrdOutcomeTable.Situation(primary, indicationsStated, Set.of(), false, Q, "pa-1");
    }

    private static CoverageRequestBuilder documented(CoverageRequestBuilder b) {
        return b.document("28626-0", LocalDate.parse("2026-03-01")).document("18741-9", LocalDate.parse("2026-05-20"))
                .document("18776-5", LocalDate.parse("2026-04-15"));
    }

    @Test
    void meetsIsCoveredWithoutAuthorization() {
        Determination d = decide(documented(igrt(LineOfBusiness.COMMERCIAL).indication("implanted-fiducial-markers")));
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, d.outcome());
        CoverageAssertion a = CrdOutcomeTable.assertion(d, situation(true, true));
        assertEquals("covered", a.covered());
        assertEquals("no-auth", a.paNeeded());
        assertNull(a.docNeeded());
        assertTrue(a.infoNeeded().isEmpty());
        // a guideline that requires authorization: the met criteria satisfy it
        CoverageAssertion pa = CrdOutcomeTable.assertion(d, new CrdOutcomeTable.Situation(true, true, Set.of(), true, Q, "pa-1"));
        assertEquals("satisfied", pa.paNeeded());
        assertEquals("pa-1", pa.satisfiedPaId());
    }

    @Test
    void insufficientDocumentationAsksForTheDocumentsThroughTheQuestionnaire() {
        Determination d = decide(igrt(LineOfBusiness.COMMERCIAL).indication("dose-escalation").document("28626-0", LocalDate.parse("2026-03-01")));
        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, d.outcome());
        CoverageAssertion a = CrdOutcomeTable.assertion(d, situation(true, true));
        assertEquals("conditional", a.covered());
        assertEquals("clinical", a.docNeeded());
        assertEquals(List.of(Q), a.questionnaires());
        assertEquals(List.of("OTH"), a.infoNeeded());
        assertTrue(a.reasons().get(0).text().contains("18741-9") && a.reasons().get(0).text().contains("18776-5"));
        CoverageAssertion secondary = CrdOutcomeTable.assertion(d, situation(false, true));
        assertNull(secondary.docNeeded());
        assertTrue(secondary.questionnaires().isEmpty());
    }

    @Test
    void noIndicationIsNotCoveredOnlyWhenTheIndicationsWereStated() {
        Determination d = decide(documented(igrt(LineOfBusiness.COMMERCIAL)));
        assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, d.outcome());
        CoverageAssertion unknown = CrdOutcomeTable.assertion(d, situation(true, false));
        assertEquals("conditional", unknown.covered());
        assertEquals("clinical", unknown.docNeeded());
        CoverageAssertion stated = CrdOutcomeTable.assertion(d, situation(true, true));
        assertEquals("not-covered", stated.covered());
        assertNull(stated.paNeeded());
        assertTrue(stated.infoNeeded().isEmpty());
    }

    @Test
    void deferToProgramNeverCarriesThisGuidelinesRequirements() {
        for (LineOfBusiness line : List.of(LineOfBusiness.FEP, LineOfBusiness.SAO)) {
            Determination d = decide(igrt(line));
            assertEquals(Outcome.DEFER_TO_PROGRAM, d.outcome());
            CoverageAssertion a = CrdOutcomeTable.assertion(d, situation(true, false));
            assertEquals("conditional", a.covered());
            assertNull(a.docNeeded());
            assertTrue(a.questionnaires().isEmpty());
        }
    }

    @Test
    void notApplicableIsNeverCovered() {
        Determination d = ((Decision.Decided) Crd.library().decide("04-77260-19",
                CoverageRequest.builder(LocalDate.parse("2026-06-01"), LineOfBusiness.COMMERCIAL).cpt("77014").build())).determination();
        assertEquals(Outcome.NOT_APPLICABLE, d.outcome());
        assertEquals("conditional", CrdOutcomeTable.assertion(d, situation(true, true)).covered());
    }

    @Test
    void theAssertionRefusesToBreakAnInvariant() {
        var reason = List.of(new CoverageAssertion.Reason(null, "why"));
        assertThrows(IllegalStateException.class, () -> new CoverageAssertion("not-covered", "no-auth", null, List.of(), List.of(), reason, List.of(), null));
        assertThrows(IllegalStateException.class, () -> new CoverageAssertion("covered", null, null, List.of(), List.of(), reason, List.of(), null));
        assertThrows(IllegalStateException.class, () -> new CoverageAssertion("conditional", "conditional", null, List.of(), List.of(), reason, List.of(), null));
        assertThrows(IllegalStateException.class, () -> new CoverageAssertion("covered", "no-auth", null, List.of(), List.of(), reason, List.of("q"), null));
        assertThrows(IllegalStateException.class, () -> new CoverageAssertion("covered", "satisfied", null, List.of(), List.of(), reason, List.of(), null));
        assertThrows(IllegalStateException.class, () -> new CoverageAssertion("conditional", "conditional", null, List.of(), List.of("OTH"), List.of(), List.of(), null));
    }

    @Test
    void combiningGuidelinesKeepsTheLeastFavourableAndEveryReason() {
        CoverageAssertion covered = new CoverageAssertion("covered", "no-auth", null, List.of(), List.of(), List.of(new CoverageAssertion.Reason(null, "a")), List.of(), null);
        CoverageAssertion not = new CoverageAssertion("not-covered", null, null, List.of(), List.of(), List.of(new CoverageAssertion.Reason(null, "b")), List.of(), null);
        CoverageAssertion c = CrdOutcomeTable.combine(List.of(covered, not));
        assertEquals("not-covered", c.covered());
        assertEquals(2, c.reasons().size());
    }
}
