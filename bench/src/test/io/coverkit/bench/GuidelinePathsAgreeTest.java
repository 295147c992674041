package io.coverkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.eval.Evaluator;
import io.coverkit.request.CoverageRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For every guideline the benchmarks time: the compiled evaluator is the oracle, and the
 * hand-written Java must give the same determination, and both outcome-only paths the same outcome,
 * on every one of the standard requests; the requests must reach several outcomes, so the paths are
 * compared on more than one branch. Runs in mvn verify, so bench/run never times paths that disagree.
 */
class GuidelinePathsAgreeTest {

    @ParameterizedTest
    @EnumSource(GuidelinePaths.class)
    void theHandWrittenRuleGivesTheCompiledDeterminationOnEveryRequest(GuidelinePaths g) {
        Evaluator compiled = g.compiled();
        HandWritten hand = g.handWritten();
        List<CoverageRequest> requests = g.requests();
        assertEquals(1024, requests.size());
        Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
        for (int i = 0; i < requests.size(); i++) {
            CoverageRequest r = requests.get(i);
            assertTrue(compiled.check(r).isEmpty(), "request " + i + " is refused: " + compiled.check(r));
            Determination expected = compiled.decide(r);
            seen.add(expected.outcome());
            String at = g.id + " request " + i + ": " + r;
            assertEquals(expected, hand.decide(r), at + " (hand-written)");
            assertEquals(expected.outcome(), compiled.outcome(r), at + " (compiled outcome-only)");
            assertEquals(expected.outcome(), hand.outcome(r), at + " (hand-written outcome-only)");
        }
        assertTrue(seen.size() >= 4, g.id + " requests reach only " + seen);
    }
}
