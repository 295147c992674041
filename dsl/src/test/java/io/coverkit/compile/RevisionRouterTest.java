package io.coverkit.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.eval.CompiledGuideline;
import io.coverkit.eval.Evaluator;
import io.coverkit.examples.ExampleRequests;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A guideline compiled revision by revision on demand decides exactly as the whole compiled one. */
class RevisionRouterTest {

    private final GuidelineCompiler compiler = new GuidelineCompiler();

    @Test
    void everyExampleOnEveryRevisionsEdgesIsDecidedAlike() throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        List<CoverageRequest> examples = examples();
        int compared = 0;
        for (String id : library.guidelineIds()) {
            Guideline g = library.evaluator(id).orElseThrow().guideline();
            CompiledGuideline whole = compiler.compile(g);
            Evaluator onDemand = compiler.compileOnDemand(g);
            for (CoverageRequest example : examples) {
                if (!id.equals(example.guideline())) {
                    continue;
                }
                for (LocalDate day : edges(g)) {
                    CoverageRequest request = on(example, day);
                    assertEquals(whole.check(request), onDemand.check(request), () -> id + " on " + day);
                    if (!whole.check(request).isEmpty()) {
                        continue;
                    }
                    assertEquals(whole.decide(request), onDemand.decide(request), () -> id + " on " + day);
                    assertEquals(whole.outcome(request), onDemand.outcome(request), () -> id + " on " + day);
                    for (LocalDate asOf : edges(g)) {
                        assertEquals(whole.decideAsOf(request, asOf), onDemand.decideAsOf(request, asOf),
                                () -> id + " on " + day + " as of " + asOf);
                    }
                    compared++;
                }
            }
            assertEquals(whole.clauses(), onDemand.clauses(), id);
            assertEquals(g, onDemand.guideline());
        }
        assertTrue(compared > 100, "requests compared: " + compared);
    }

    /** Before the original effective date, and the first day of every revision and the day before it. */
    private static List<LocalDate> edges(Guideline g) {
        List<LocalDate> days = new ArrayList<>(List.of(g.originalEffectiveDate().minusYears(1)));
        for (LocalDate start : GuidelineCompiler.starts(g)) {
            days.add(start.minusDays(1));
            days.add(start);
        }
        days.add(LocalDate.of(2099, 1, 1));
        return days;
    }

    private static List<CoverageRequest> examples() throws IOException {
        List<CoverageRequest> requests = new ArrayList<>();
        RequestReader reader = new RequestReader();
        for (Path file : ExampleRequests.files()) {
            reader.read(Files.readString(file)).request().ifPresent(requests::add);
        }
        assertTrue(requests.size() >= 10, "examples read: " + requests.size());
        return requests;
    }

    private static CoverageRequest on(CoverageRequest r, LocalDate day) {
        return new CoverageRequest(r.guideline(), day, r.member(), r.procedures(), r.diagnoses(), r.indications(), r.documents(),
                r.extensions(), r.facts(), r.observations(), r.events(), r.priorServices(), r.therapies(), r.orders(),
                r.priorAuthorization());
    }
}
