package io.coverkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.determination.Determination;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.Outcome;
import io.coverkit.kit.RequestBuilder;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompiledGuidelineTest {

    private static Guideline igrt;

    @BeforeAll
    static void load() {
        igrt = GuidelineLibrary.load(Path.of("policies")).evaluator("04-77260-19").orElseThrow().guideline();
    }

    @Test
    void everyDayIsDecidedUnderTheRevisionInForceThatDay() {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        for (String id : List.of("04-77260-19", "ncd-210.14", "ohio-medicaid-updl-osteoporosis")) {
            Evaluator routed = library.evaluator(id).orElseThrow();
            Evaluator whole = new GuidelineCompiler().compile(routed.guideline());
            List<io.coverkit.model.Revision> revisions = whole.guideline().revisions();
            java.time.LocalDate first = revisions.get(0).effective();
            java.time.LocalDate last = revisions.get(revisions.size() - 1).effective();
            // Every day from before the first revision to after the last, month ends and leap days included.
            for (java.time.LocalDate day = first.minusDays(40); !day.isAfter(last.plusDays(400)); day = day.plusDays(1)) {
                java.time.LocalDate expected = null;
                for (io.coverkit.model.Revision r : revisions) {
                    if (!r.effective().isAfter(day) && !day.isBefore(whole.guideline().originalEffectiveDate())) {
                        expected = r.effective();
                    }
                }
                CoverageRequest request = RequestBuilder.requestFor(whole.guideline()).on(day.toString()).build();
                assertEquals(expected, whole.decide(request).revision(), id + " on " + day);
                assertEquals(expected, routed.decide(request).revision(), id + " on " + day + ", compiled revision by revision");
            }
        }
    }

    @Test
    void compilingTwiceGivesEvaluatorsThatDecideAlike() {
        CoverageRequest request = RequestBuilder.requestFor(igrt).cpt("77387").indication("internal-motion")
                .allDocumentsDated("2026-05-01").build();
        Determination a = new GuidelineCompiler().compile(igrt).decide(request);
        Determination b = new GuidelineCompiler().compile(igrt).decide(request);
        assertEquals(a, b);
        assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, a.outcome());
    }

    @Test
    void oneEvaluatorDecidesFromManyThreadsAtOnce() throws Exception {
        Evaluator evaluator = new GuidelineCompiler().compile(igrt);
        List<CoverageRequest> requests = List.of(
                RequestBuilder.requestFor(igrt).cpt("77387").indication("dose-escalation").allDocumentsDated("2026-01-01").build(),
                RequestBuilder.requestFor(igrt).cpt("77387").allDocumentsDated("2026-01-01").build(),
                RequestBuilder.requestFor(igrt).cpt("77387").indication("dose-escalation").build(),
                RequestBuilder.requestFor(igrt).cpt("77387").lineOfBusiness("FEP").build(),
                RequestBuilder.requestFor(igrt).cpt("77014").build());
        List<Determination> expected = requests.stream().map(evaluator::decide).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % requests.size();
                        if (!evaluator.decide(requests.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get(), "every concurrent decision equals the single-threaded one");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(Outcome.MEETS_MEDICAL_NECESSITY, Outcome.NOT_MEDICALLY_NECESSARY,
                Outcome.INSUFFICIENT_DOCUMENTATION, Outcome.DEFER_TO_PROGRAM, Outcome.NOT_APPLICABLE),
                expected.stream().map(Determination::outcome).toList());
    }

    @Test
    void checkNamesEveryUnknownIndicationAndDecideRefusesAnUncheckedOne() {
        Evaluator evaluator = new GuidelineCompiler().compile(igrt);
        CoverageRequest request = RequestBuilder.requestFor(igrt).cpt("77387")
                .indication("internal-motion", "psychic-powers", "luck").build();
        assertEquals(List.of("indications[1]", "indications[2]"),
                evaluator.check(request).stream().map(e -> e.field()).toList());
        assertThrows(IllegalArgumentException.class, () -> evaluator.decide(request));
    }

    @Test
    void missingDocumentsNameTheWindowThatWouldHaveCounted() {
        Determination d = new GuidelineCompiler().compile(igrt).decide(RequestBuilder.requestFor(igrt).cpt("77387")
                .on("2026-08-31").indication("narrow-margins").allDocumentsDatedExcept("2026-08-01", "18776-5").build());
        assertEquals(Outcome.INSUFFICIENT_DOCUMENTATION, d.outcome());
        assertEquals(1, d.missingDocuments().size());
        assertEquals("18776-5", d.missingDocuments().get(0).loinc());
        assertEquals("2026-02-28", d.missingDocuments().get(0).notBefore().toString());
        assertEquals("2026-08-31", d.missingDocuments().get(0).notAfter().toString());
        assertEquals(2, d.findings(FindingKind.DOCUMENT_PRESENT).size());
    }

    @Test
    void theBuilderNeedsAGuidelineToAddItsRequiredDocuments() {
        assertThrows(IllegalStateException.class, () -> RequestBuilder.request().allDocumentsDated("2026-01-01"));
        CoverageRequest plain = RequestBuilder.request().guideline("04-77260-19").hcpcs("G6001").diagnosis("C61")
                .member("1958-04-02", "F").document("28626-0", "2026-01-01").build();
        assertEquals("HCPCS", plain.procedures().get(0).system());
        assertEquals("C61", plain.diagnoses().get(0).code());
        assertEquals("F", plain.member().sex());
    }

    @Test
    void unknownIndicationsAreCappedAndShownWithoutInvisibleCharacters() {
        Evaluator evaluator = new GuidelineCompiler().compile(igrt);
        String[] ids = new String[150];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "bogus-" + i;
        }
        ids[0] = "evil\u202Eid";
        var errors = evaluator.check(RequestBuilder.requestFor(igrt).cpt("77387").indication(ids).build());
        assertEquals(101, errors.size());
        assertTrue(errors.get(0).message().startsWith("unknown indication `evil\\u202eid`"), errors.get(0).message());
        assertEquals("indications", errors.get(100).field());
        assertEquals("50 more unknown indications are not listed", errors.get(100).message());
    }

    @Test
    void aMisspeltIndicationNamesTheOneItProbablyMeant() {
        Evaluator evaluator = new GuidelineCompiler().compile(igrt);

        var errors = evaluator.check(RequestBuilder.requestFor(igrt).cpt("77387").indication("internal-motoin").build());

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("indications[0]", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith(
                "unknown indication `internal-motoin` for guideline 04-77260-19; did you mean `internal-motion`? known: "),
                errors.get(0).message());
    }

    @Test
    void aFactTheGuidelinesCriteriaNeverReadIsRejectedAsAnUnknownIndicationIs() {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        Evaluator ldct = library.evaluator("ncd-210.14").orElseThrow();
        CoverageRequest misspelt = RequestBuilder.requestFor(ldct.guideline()).fact("asymptomatc", true).fact("current-smoker", true)
                .build();

        var errors = ldct.check(misspelt);

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("facts.asymptomatc", errors.get(0).field());
        assertEquals("unknown fact `asymptomatc` for guideline ncd-210.14; did you mean `asymptomatic`? known: asymptomatic, current-smoker",
                errors.get(0).message());
        assertEquals(List.of(), ldct.check(RequestBuilder.requestFor(ldct.guideline()).fact("asymptomatic", true).build()),
                "a fact the criteria read, in any revision, is accepted");
    }

    @Test
    void aFactSentToAGuidelineThatReadsNoFactsSaysSo() {
        Evaluator evaluator = new GuidelineCompiler().compile(igrt);

        var errors = evaluator.check(RequestBuilder.requestFor(igrt).cpt("77387").fact("postmenopausal", true).build());

        assertEquals(1, errors.size(), errors::toString);
        assertEquals("facts.postmenopausal", errors.get(0).field());
        assertEquals("unknown fact `postmenopausal` for guideline 04-77260-19; its criteria read no facts", errors.get(0).message());
    }
}
