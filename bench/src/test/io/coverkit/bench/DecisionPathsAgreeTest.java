package io.coverkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Determination;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Before anything is timed, every decision path must give the same determination on every
 * benchmark request; otherwise the benchmark would compare different work. Runs in mvn verify.
 */
class DecisionPathsAgreeTest {

    private static DecisionPaths paths;
    private static List<CoverageRequest> requests;

    @BeforeAll
    static void build() {
        paths = new DecisionPaths();
        requests = IgrtRequests.standard();
    }

    @Test
    void allFourPathsGiveTheSameDeterminationOnEveryRequest() {
        assertEquals(1024, requests.size());
        for (int i = 0; i < requests.size(); i++) {
            CoverageRequest r = requests.get(i);
            Determination expected = paths.compiled.decide(r);
            String at = "request " + i + ": " + r;
            assertEquals(expected, paths.handWritten.decide(r), at + " (hand-written)");
            assertEquals(expected, paths.drools.decide(r), at + " (drools)");
            assertEquals(expected, paths.groovy.decide(r), at + " (groovy closure)");
        }
    }

    @Test
    void theOutcomeOnlyPathsAgreeWithTheFullDetermination() {
        for (int i = 0; i < requests.size(); i++) {
            CoverageRequest r = requests.get(i);
            Outcome full = paths.compiled.decide(r).outcome();
            assertEquals(full, paths.compiled.outcome(r), "request " + i + " (compiled outcome-only)");
            assertEquals(full, paths.handWritten.outcome(r), "request " + i + " (hand-written outcome-only)");
        }
    }

    @Test
    void theRequestsHitEveryOutcomeOfTheGuideline() {
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        requests.forEach(r -> seen.add(paths.compiled.decide(r).outcome()));
        assertEquals(EnumSet.of(Outcome.MEETS_MEDICAL_NECESSITY, Outcome.NOT_MEDICALLY_NECESSARY, Outcome.INSUFFICIENT_DOCUMENTATION,
                Outcome.DEFER_TO_PROGRAM, Outcome.NOT_APPLICABLE, Outcome.REVISION_CONTENT_UNKNOWN), seen);
    }

    @Test
    void theRequestsProbeBothEdgesOfTheDocumentWindow() {
        boolean oldestCounted = false;
        boolean dayTooOldMissed = false;
        boolean dayAfterMissed = false;
        for (CoverageRequest r : requests) {
            Determination d = paths.compiled.decide(r);
            if (d.findings(FindingKind.DOCUMENT_PRESENT).isEmpty() && d.findings(FindingKind.DOCUMENT_MISSING).isEmpty()) {
                continue;
            }
            for (Document doc : r.documents()) {
                boolean present = d.findings(FindingKind.DOCUMENT_PRESENT).stream()
                        .anyMatch(f -> f.evidence().get(0).date().equals(doc.date()) && f.evidence().get(0).value().equals(doc.loinc()));
                if (doc.date().equals(r.dateOfService().minusMonths(6)) && present) {
                    oldestCounted = true;
                }
                if (doc.date().equals(r.dateOfService().minusMonths(6).minusDays(1)) && !present) {
                    dayTooOldMissed = true;
                }
                if (doc.date().equals(r.dateOfService().plusDays(1)) && !present) {
                    dayAfterMissed = true;
                }
            }
        }
        assertTrue(oldestCounted, "a document dated exactly six months before counts");
        assertTrue(dayTooOldMissed, "a document one day older does not");
        assertTrue(dayAfterMissed, "a document after the date of service does not");
    }
}
