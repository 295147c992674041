package io.coverkit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Outcome;
import io.coverkit.eval.Evaluator;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which requests decide differently under the revisions in force on two dates. */
class BehaviouralDiffTest {

    static final LocalDate FROM = LocalDate.of(2025, 5, 15);
    static final LocalDate TO = LocalDate.of(2026, 1, 1);

    static Guideline igrt;
    static Evaluator evaluator;

    @BeforeAll
    static void compile() {
        igrt = Policies.igrt();
        evaluator = new GuidelineCompiler().compile(igrt);
    }

    /** A commercial request for {@code cpt}, indicated and fully documented, on 2025-12-15. */
    static RequestBuilder documented(String cpt) {
        return RequestBuilder.requestFor(igrt).cpt(cpt).on("2025-12-15").indication("implanted-fiducial-markers")
                .allDocumentsDated("2025-10-01");
    }

    static BehaviouralDiff.Result run(Map<String, CoverageRequest> requests) {
        return new BehaviouralDiff().run(evaluator, requests, FROM, TO);
    }

    @Test
    void a77014RequestBecomesNotApplicableWhenTheCodeIsDeleted() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("cpt-77014", documented("77014").build());

        BehaviouralDiff.Result r = run(requests);

        assertEquals(1, r.decided());
        assertEquals(1, r.changed().size(), r::toString);
        BehaviouralDiff.OutcomeChange c = r.changed().get(0);
        assertEquals("cpt-77014", c.request());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, c.before());
        assertEquals(Outcome.NOT_APPLICABLE, c.after());
        assertTrue(c.onlyBefore().contains("04-77260-19/code/cpt-77014"), c.onlyBefore()::toString);
        assertTrue(c.onlyBefore().contains("04-77260-19/indication/implanted-fiducial-markers"), c.onlyBefore()::toString);
        assertEquals(List.of("04-77260-19/codes"), c.onlyAfter());
        assertFalse(c.onlyAfter().contains("04-77260-19/code/cpt-77014"));
        assertEquals(List.of(), r.skipped());
        assertEquals("04-77260-19", r.guideline());
        assertEquals(FROM, r.from());
        assertEquals(TO, r.to());
    }

    @Test
    void theSameHoldsForTheDeletedHcpcsCodes() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("g6017", RequestBuilder.requestFor(igrt).hcpcs("G6017").on("2025-12-15")
                .indication("implanted-fiducial-markers").allDocumentsDated("2025-10-01").build());

        BehaviouralDiff.OutcomeChange c = run(requests).changed().get(0);

        assertEquals(Outcome.NOT_APPLICABLE, c.after());
        assertTrue(c.onlyBefore().contains("04-77260-19/code/hcpcs-g6017"), c.onlyBefore()::toString);
    }

    @Test
    void a77387RequestDoesNotChange() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("cpt-77387", documented("77387").build());

        BehaviouralDiff.Result r = run(requests);

        assertEquals(1, r.decided());
        assertEquals(List.of(), r.changed());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, evaluator.decideAsOf(documented("77387").build(), FROM).outcome());
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, evaluator.decideAsOf(documented("77387").build(), TO).outcome());
    }

    @Test
    void aRequestBilling77387And77014StaysInScope() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("both", documented("77387").cpt("77014").build());

        assertEquals(List.of(), run(requests).changed(), "77387 keeps the request in scope after 77014 is deleted");
    }

    @Test
    void documentWindowsCountBackFromTheDateOfServiceNotTheAsOfDate() {
        // documents dated 2025-10-01 are within six months of the date of service 2025-12-15 but
        // not within six months before 2026-06-01; the revision date alone must not make them stale
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("cpt-77387", documented("77387").build());

        BehaviouralDiff.Result r = new BehaviouralDiff().run(evaluator, requests, FROM, LocalDate.of(2026, 6, 1));

        assertEquals(List.of(), r.changed());
    }

    @Test
    void aRequestNamingAnotherGuidelineIsCountedAndNotListed() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("other", RequestBuilder.request().guideline("99-99999-99").cpt("77014").on("2025-12-15").build());

        BehaviouralDiff.Result r = run(requests);

        assertEquals(0, r.decided());
        assertEquals(List.of(), r.changed());
        assertEquals(List.of(), r.skipped());
        assertEquals(1, r.otherGuidelines());
    }

    @Test
    void aRequestNamingAnUnknownIndicationIsSkippedWithItsError() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("unknown-indication", documented("77014").indication("telepathy").build());

        BehaviouralDiff.Result r = run(requests);

        assertEquals(0, r.decided());
        assertEquals(List.of(), r.changed());
        BehaviouralDiff.Skipped s = r.skipped().get(0);
        assertEquals("unknown-indication", s.request());
        assertEquals("indications[1]", s.errors().get(0).field());
        assertTrue(s.errors().get(0).message().contains("unknown indication `telepathy`"), s.errors().get(0).message());
    }

    @Test
    void aRequestThatNamesNoGuidelineIsDecidedUnderThisOne() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("unnamed", RequestBuilder.request().cpt("77014").on("2025-12-15").indication("implanted-fiducial-markers")
                .document("28626-0", "2025-10-01").document("18741-9", "2025-10-01").document("18776-5", "2025-10-01").build());

        BehaviouralDiff.Result r = run(requests);

        assertEquals(1, r.decided());
        assertEquals(List.of(), r.skipped());
        assertEquals(List.of("unnamed"), r.changed().stream().map(BehaviouralDiff.OutcomeChange::request).toList());
    }

    @Test
    void aMixOfRequestsCountsOnlyThoseDecidedAndKeepsTheirOrder() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        requests.put("a-77387", documented("77387").build());
        requests.put("b-77014", documented("77014").build());
        requests.put("c-other", RequestBuilder.request().guideline("99-99999-99").build());
        requests.put("d-fep-77014", documented("77014").lineOfBusiness("FEP").build());
        requests.put("e-unknown", documented("77387").indication("telepathy").build());

        BehaviouralDiff.Result r = run(requests);

        assertEquals(3, r.decided());
        assertEquals(List.of("b-77014", "d-fep-77014"), r.changed().stream().map(BehaviouralDiff.OutcomeChange::request).toList());
        assertEquals(Outcome.DEFER_TO_PROGRAM, r.changed().get(1).before());
        assertEquals(Outcome.NOT_APPLICABLE, r.changed().get(1).after());
        assertEquals(List.of("e-unknown"), r.skipped().stream().map(BehaviouralDiff.Skipped::request).toList());
        assertEquals(1, r.otherGuidelines());
    }

    @Test
    void theWallTimeOfOneDiffAndOneBehaviouralDiffInProcess() {
        Map<String, CoverageRequest> requests = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            requests.put("r" + i, documented(i % 2 == 0 ? "77014" : "77387").build());
        }
        long t0 = System.nanoTime();
        RevisionDiff d = new GuidelineDiff().between(igrt, FROM, TO);
        long t1 = System.nanoTime();
        BehaviouralDiff.Result r = run(requests);
        long t2 = System.nanoTime();
        System.out.printf("[timing] GuidelineDiff.between(2025-05-15 -> 2026-01-01): %.3f ms; "
                + "BehaviouralDiff.run over 1000 built requests: %.3f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertEquals(4, d.changes().size());
        assertEquals(500, r.changed().size());
    }
}
