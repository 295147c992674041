package io.coverkit.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.Explainer;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.dsl.Snippets;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.render.GuidelineRenderer;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.Therapy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The time keywords in a whole guideline: decided in full and outcome-only (the two must agree),
 * explained, and rendered with their readings in the encoding notes.
 */
public class TimeCriteriaDecisionTest {

    /** Continued coverage of a PAP device, after L33718, in small. */
    public static final String POLICY = """
            guideline('01-00000-00') {
                title 'Continued coverage of a PAP device'
                originalEffectiveDate '2020-01-01'
                positionStatement {
                    allOf {
                        occurred 'clinical-re-evaluation', after: 'therapy:pap', atLeast: 31.days, atMost: 91.days,
                            text: 'no sooner than the 31st day but no later than the 91st day after initiating therapy, the treating practitioner must conduct a clinical re-evaluation',
                            reading: 'the day therapy starts is day 0, so the 31st day after it is 31 days later'
                        adherence 'pap-usage-hours', atLeast: 4, onPercentOfDays: 70, inAny: 30.days, within: 3.months, after: 'therapy:pap',
                            text: 'use of PAP ≥4 hours per night on 70% of nights during a consecutive thirty (30) day period anytime during the first three (3) months of initial usage'
                        occurred 'face-to-face', before: 'prior:95810'
                        lasted 'pap', atLeast: 31.days
                        count 'prior:A7038', atMost: 2, within: 1.months
                        measured 'ahi', before: 'therapy:pap', atMost: 1.years
                        trend 'epworth-score', falling: true, atLeast: 3, baseline: 'therapy:pap'
                    }
                }
                billingCoding {
                    codes('HCPCS') {
                        code 'E0601'
                    }
                }
                updateHistory {
                    revision '2020-01-01', 'New.'
                }
            }
            """;

    static final LocalDate START = LocalDate.of(2024, 1, 20);

    /** A request meeting every criterion, with {@code with} applied. */
    static CoverageRequest request(Consumer<CoverageRequestBuilder> with) {
        return request(45, 21, with);
    }

    /** A request with the re-evaluation {@code reEvaluationDay} days after the start (none when negative). */
    static CoverageRequest request(int reEvaluationDay, Consumer<CoverageRequestBuilder> with) {
        return request(reEvaluationDay, 21, with);
    }

    /** ... and {@code goodNights} nights of 5 hours of use among its first 30 nights, the others of 1 hour. */
    static CoverageRequest request(int reEvaluationDay, int goodNights, Consumer<CoverageRequestBuilder> with) {
        CoverageRequestBuilder b = CoverageRequest.builder(LocalDate.of(2024, 5, 1), LineOfBusiness.MEDICARE_ADVANTAGE)
                .hcpcs("E0601")
                .therapy("e0601", "pap", START, null, Therapy.Outcome.ONGOING)
                .event("face-to-face", LocalDate.of(2023, 12, 1))
                .priorService("CPT", "95810", LocalDate.of(2023, 12, 10), List.of())
                .priorService("HCPCS", "A7038", LocalDate.of(2024, 4, 20), List.of())
                .observation("ahi", new BigDecimal("22"), "", LocalDate.of(2023, 12, 10))
                .observation("epworth-score", new BigDecimal("14"), "", LocalDate.of(2023, 12, 10))
                .observation("epworth-score", new BigDecimal("9"), "", LocalDate.of(2024, 3, 1));
        for (int i = 0; i < 30; i++) {
            b.observation("pap-usage-hours", BigDecimal.valueOf(i < goodNights ? 5 : 1), "h", START.plusDays(i));
        }
        if (reEvaluationDay >= 0) {
            b.event("clinical-re-evaluation", START.plusDays(reEvaluationDay));
        }
        with.accept(b);
        return b.build();
    }

    static Outcome decide(Evaluator evaluator, CoverageRequest r) {
        Outcome full = evaluator.decide(r).outcome();
        assertEquals(full, evaluator.outcome(r), "outcome-only and full decision agree");
        return full;
    }

    @Test
    void decidedInFullAndOutcomeOnlyAlike() {
        Guideline g = Snippets.validated(POLICY);
        GuidelineCompiler compiler = new GuidelineCompiler();
        for (Evaluator evaluator : List.of(compiler.compile(g), compiler.compileOnDemand(g))) {
            assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(evaluator, request(r -> {})));
            assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, decide(evaluator, request(30, r -> r.event("clinical-re-evaluation",
                    START.plusDays(92)))), "re-evaluations on day 30 and day 92 only");
            assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(evaluator, request(31, r -> {})));
            assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(evaluator, request(91, r -> {})));
            assertEquals(Outcome.NEEDS_MORE_INFORMATION, decide(evaluator, request(-1, r -> {})), "no re-evaluation stated");
            assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, decide(evaluator, request(45, 20, r -> {})), "20 good nights of 30");
            assertEquals(Outcome.MEETS_MEDICAL_NECESSITY, decide(evaluator, request(45, 21, r -> {})), "21 good nights of 30");
            assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, decide(evaluator, request(r -> r.observation("epworth-score",
                    new BigDecimal("12"), "", LocalDate.of(2024, 4, 1)))), "Epworth down 2 from 14: at least 3 needed");
            assertEquals(Outcome.NOT_MEDICALLY_NECESSARY, decide(evaluator, request(r -> r.priorService("HCPCS", "A7038",
                    LocalDate.of(2024, 4, 25), List.of()).priorService("HCPCS", "A7038", LocalDate.of(2024, 4, 30), List.of()))));
        }
    }

    @Test
    void anUnstatedAnchorNeedsMoreInformation() {
        Guideline g = Snippets.validated(POLICY);
        Evaluator evaluator = new GuidelineCompiler().compile(g);
        CoverageRequest noTherapy = CoverageRequest.builder(LocalDate.of(2024, 5, 1), LineOfBusiness.MEDICARE_ADVANTAGE)
                .hcpcs("E0601").event("clinical-re-evaluation", START.plusDays(45)).build();
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, decide(evaluator, noTherapy));
    }

    @Test
    void theExplanationSaysWhereEachDateFalls() {
        Guideline g = Snippets.validated(POLICY);
        Determination d = new GuidelineCompiler().compile(g).decide(request(r -> {}));
        String explained = new Explainer().explain(d, g);
        assertTrue(explained.contains("clinical-re-evaluation on 2024-03-05 is 45 days after the start of pap on 2024-01-20, "
                + "within day 31 to day 91 after"), explained);
        assertTrue(explained.contains("has 21 days with pap-usage-hours at least 4 (21 needed: 70% of 30)"), explained);
        assertTrue(explained.contains("epworth-score 9 on 2024-03-01 is down 5 from 14 on 2023-12-10, as required: lower by at least 3"),
                explained);
    }

    @Test
    void anUnknownSaysWhatToSupply() {
        Guideline g = Snippets.validated(POLICY);
        Determination d = new GuidelineCompiler().compile(g).decide(request(-1, r -> {}));
        assertEquals(Outcome.NEEDS_MORE_INFORMATION, d.outcome());
        String explained = new Explainer().explain(d, g);
        assertTrue(explained.contains("no `clinical-re-evaluation` event on or before 2024-05-01 is stated"), explained);
        assertTrue(explained.contains("supply: events (a clinical-re-evaluation event with its date)"), explained);
    }

    @Test
    void theDocumentPrintsThePublishedTextAndTheNotesTheReadings() {
        Guideline g = Snippets.validated(POLICY);
        String md = new GuidelineRenderer().render(g, GuidelineRenderer.Format.MD);
        assertTrue(md.contains("use of PAP ≥4 hours per night on 70% of nights during a consecutive thirty (30) day period"), md);
        assertTrue(md.contains("Reading of `clinical-re-evaluation-after-therapy-pap`: the day therapy starts is day 0"), md);
        assertTrue(md.contains("(face-to-face before prior service 95810): its words are part of another line"), md);
        assertTrue(md.contains("(pap lasted at least 31 days)"), md);
    }

    @Test
    void aChangedWindowShowsInTheDiffInWords() {
        String revised = POLICY.replace("""
                        occurred 'clinical-re-evaluation', after: 'therapy:pap', atLeast: 31.days, atMost: 91.days,""", """
                        occurred 'clinical-re-evaluation', after: 'therapy:pap', atLeast: 31.days, atMost: 91.days, deleted: '2021-01-01',
                            text: 'old', id: 'old-window'
                        occurred 'clinical-re-evaluation', after: 'therapy:pap', atLeast: 31.days, atMost: 120.days, added: '2021-01-01',""")
                .replace("revision '2020-01-01', 'New.'", "revision '2020-01-01', 'New.'\n        revision '2021-01-01', 'Re-evaluation up to day 120.'");
        Guideline g = Snippets.validated(revised);
        io.coverkit.diff.RevisionDiff d = new io.coverkit.diff.GuidelineDiff().between(g, LocalDate.of(2020, 6, 1), LocalDate.of(2021, 6, 1));
        List<String> words = d.changes().stream().map(c -> c.kind() + " " + c.label() + " | " + c.before() + " | " + c.after()).toList();
        assertTrue(words.stream().anyMatch(w -> w.startsWith("REMOVED") && w.contains("clinical-re-evaluation on day 31 to day 91 after the start of pap")),
                words::toString);
        assertTrue(words.stream().anyMatch(w -> w.startsWith("ADDED") && w.contains("clinical-re-evaluation on day 31 to day 120 after the start of pap")),
                words::toString);
    }
}
