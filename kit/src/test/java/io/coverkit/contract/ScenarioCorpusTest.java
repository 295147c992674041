package io.coverkit.contract;

import static io.coverkit.determination.Outcome.COVERED_UNDER_STUDY;
import static io.coverkit.determination.Outcome.DEFER_TO_PROGRAM;
import static io.coverkit.determination.Outcome.INSUFFICIENT_DOCUMENTATION;
import static io.coverkit.determination.Outcome.MEETS_MEDICAL_NECESSITY;
import static io.coverkit.determination.Outcome.NEEDS_MORE_INFORMATION;
import static io.coverkit.determination.Outcome.NOT_APPLICABLE;
import static io.coverkit.determination.Outcome.NOT_MEDICALLY_NECESSARY;
import static io.coverkit.determination.Outcome.NO_PRIOR_AUTHORIZATION_REQUIRED;
import static io.coverkit.determination.Outcome.REVISION_CONTENT_UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.api.Batch;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * examples/claims/scenarios.ndjson is the scenario corpus of today's specs and policies (see
 * {@link ScenarioCorpus}), and deciding it as {@code coverkit batch} does reaches every outcome each
 * guideline can reach, with no line refused. {@code -Dcoverkit.regenerate=true} rewrites the file
 * after a deliberate change to the specs or policies.
 */
class ScenarioCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The outcomes each guideline's corpus lines reach when decided on their dates of service: every
     * outcome the guideline can give (a scenario decided as of another date may reach one more,
     * which the date of service alone does not).
     */
    private static final Map<String, Set<Outcome>> OUTCOMES = Map.of(
            "04-77260-19", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, INSUFFICIENT_DOCUMENTATION, DEFER_TO_PROGRAM,
                    NOT_APPLICABLE, REVISION_CONTENT_UNKNOWN),
            "cms-lcd-l33718", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, NOT_APPLICABLE, REVISION_CONTENT_UNKNOWN,
                    NEEDS_MORE_INFORMATION),
            "cms-lcd-l33797", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, NOT_APPLICABLE, REVISION_CONTENT_UNKNOWN,
                    NEEDS_MORE_INFORMATION),
            "ncd-210.14", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, NOT_APPLICABLE, NEEDS_MORE_INFORMATION),
            "ncd-240.4", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, NOT_APPLICABLE, REVISION_CONTENT_UNKNOWN,
                    NEEDS_MORE_INFORMATION, COVERED_UNDER_STUDY),
            "ohio-medicaid-updl-2024-01-respiratory-antibodies", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY,
                    NOT_APPLICABLE, NEEDS_MORE_INFORMATION),
            "ohio-medicaid-updl-2024-01-systemic-inflammatory", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY,
                    NOT_APPLICABLE, NEEDS_MORE_INFORMATION),
            "ohio-medicaid-updl-osteoporosis", EnumSet.of(MEETS_MEDICAL_NECESSITY, NOT_MEDICALLY_NECESSARY, NOT_APPLICABLE,
                    NEEDS_MORE_INFORMATION, NO_PRIOR_AUTHORIZATION_REQUIRED));

    private static GuidelineLibrary library;
    private static List<String> lines;
    // What the scenarios themselves saw each guideline decide, whatever date or fixture they decided on.
    private static final Map<String, Set<Outcome>> scenarioOutcomes = new TreeMap<>();

    @BeforeAll
    static void harvest() {
        ScenarioCorpus.Run run = ScenarioCorpus.runSpecs();
        assertEquals(List.of(), run.failures(), "the scenarios pass");
        library = GuidelineLibrary.load(Path.of("policies"));
        lines = ScenarioCorpus.lines(run.log().observations(), Set.copyOf(library.guidelineIds()));
        run.log().observations().stream()
                .filter(o -> library.guidelineIds().contains(o.determination().guideline()))
                .forEach(o -> scenarioOutcomes.computeIfAbsent(o.determination().guideline(), g -> EnumSet.noneOf(Outcome.class))
                        .add(o.determination().outcome()));
    }

    @Test
    void theCheckedInCorpusIsTheScenariosOfToday() throws IOException {
        String text = ScenarioCorpus.text(lines);
        if (Boolean.getBoolean("coverkit.regenerate")) {
            Files.createDirectories(ScenarioCorpus.FILE.getParent());
            Files.writeString(ScenarioCorpus.FILE, text, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(ScenarioCorpus.FILE), ScenarioCorpus.FILE + " is missing: " + regenerate());
        assertTrue(text.equals(Files.readString(ScenarioCorpus.FILE, StandardCharsets.UTF_8)),
                ScenarioCorpus.FILE + " is stale: " + regenerate());
    }

    @Test
    void everyGuidelineReachesEveryOutcomeItCanAndNoLineIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = ScenarioCorpus.text(lines).getBytes(StandardCharsets.UTF_8);
        Batch.Summary summary = new Batch(library, 1, Batch.Mode.DECIDE).run(new ByteArrayInputStream(in), out, (n, bytes) -> {});

        List<String> refused = new ArrayList<>();
        Map<String, Set<Outcome>> reached = new TreeMap<>();
        for (String record : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode r = JSON.readTree(record);
            if (r.has("errors")) {
                refused.add(record);
            } else {
                reached.computeIfAbsent(r.get("guideline").asText(), g -> EnumSet.noneOf(Outcome.class))
                        .add(Outcome.valueOf(r.get("outcome").asText()));
            }
        }
        System.out.println("[corpus] " + lines.size() + " lines: " + summary.describe() + "; outcomes by guideline: " + reached);
        assertEquals(List.of(), refused, "every corpus line decides");
        assertEquals(lines.size(), summary.lines());
        assertEquals(new TreeMap<>(OUTCOMES), reached);
        // and the table keeps up with the specs: whatever outcome a scenario saw, the corpus reaches
        assertEquals(scenarioOutcomes, reached, "the corpus reaches every outcome the scenarios saw");
        assertEquals(Set.copyOf(library.guidelineIds()), reached.keySet(), "every guideline of policies/ is in the corpus");
    }

    private static String regenerate() {
        return "run `mvn -o -q test -pl kit -Dtest=ScenarioCorpusTest -Dcoverkit.regenerate=true -Dcoverkit.gate.skip=true` to regenerate";
    }
}
