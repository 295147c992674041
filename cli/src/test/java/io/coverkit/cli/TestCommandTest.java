package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.examples.RepositoryPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coverkit test} on spec files an analyst just wrote: compiled on the spot, run through the
 * launcher, counted, covered, reported, and failed under a threshold.
 */
class TestCommandTest {

    private static final String HEADER = """
            package scratch

            import static io.coverkit.determination.Outcome.*
            import io.coverkit.kit.GuidelineSpecification

            class %s extends GuidelineSpecification {
                String guidelineId = '04-77260-19'
            """;

    /** Every indication but internal motion, each on its own: one indication's scenarios removed. */
    private static final String ALL_BUT_ONE = HEADER.formatted("AllButOneSpec") + """
                def "#indication alone meets medical necessity"() {
                    given: 'a documented request for CPT 77387 with #indication'
                    def request = request().cpt('77387').on('2026-06-01').indication(indication).allDocumentsDated('2026-05-01')

                    expect: 'it meets medical necessity'
                    decide(request).outcome == MEETS_MEDICAL_NECESSITY

                    where:
                    indication << ['bony-anatomy-fails', 'dose-escalation', 'during-radiation-therapy',
                                   'implanted-fiducial-markers', 'sensitive-structure-dose-reduction',
                                   'close-to-critical-structures', 'near-critical-structures-or-setup-variation',
                                   'previously-irradiated-adjacent-area', 'narrow-margins']
                }
            }
            """;

    private static final String FAILING = HEADER.formatted("FailingSpec") + """
                def "a request without indications is wrongly expected to meet medical necessity"() {
                    when: 'a request with no indication is decided'
                    def determination = decide(request().cpt('77387').on('2026-06-01').allDocumentsDated('2026-05-01'))

                    then: 'the analyst expected it to meet medical necessity'
                    determination.outcome == MEETS_MEDICAL_NECESSITY
                }

                def "a code in scope is cited"() {
                    expect:
                    decide(request().cpt('77387').on('2026-06-01')).cites('77387')
                }

                @spock.lang.Ignore('written before its clause exists')
                def "a scenario not run yet"() {
                    expect: 'it is counted as skipped'
                    false
                }
            }
            """;

    @Test
    void aSingleNewSpecFileRunsAndTheThresholdNamesTheClauseItLeavesUncovered(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("AllButOneSpec.groovy"), ALL_BUT_ONE);
        Path reports = dir.resolve("reports");

        CliRun run = CliRun.of("test", spec.toString(), "--reports", reports.toString(), "--threshold", "04-77260-19=100");

        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.lines().contains("9 passed, 0 failed, 0 skipped"), run.out() + run.err());
        assertTrue(run.out().contains("not exercised: policies/04-77260-19.groovy:27: 04-77260-19/indication/internal-motion"),
                run.out());
        assertFalse(run.out().contains("04-77260-19/indication/dose-escalation\n"), "a covered indication is not listed");
        assertTrue(run.err().contains("04-77260-19: clause coverage"), run.err());
        assertTrue(run.err().contains("is under the threshold 100.0%"), run.err());

        JsonNode json = new ObjectMapper().readTree(reports.resolve("clause-coverage.json").toFile());
        JsonNode igrt = json.path("guidelines").get(0);
        assertEquals("04-77260-19", igrt.path("guideline").asText());
        assertEquals(RepositoryPolicies.count(), json.path("guidelines").size(), "every guideline of policies/, the ones without scenarios at 0%");
        assertEquals(0, json.path("guidelines").get(1).path("covered").asInt(), json.path("guidelines").get(1).toString());
        assertTrue(run.out().contains("ncd-210.14: 0 of "), run.out());
        assertTrue(igrt.path("covered").asInt() < igrt.path("total").asInt());
        assertTrue(Files.readString(reports.resolve("scenario-report.html")).contains("dose-escalation alone meets medical necessity"));

        CliRun lenient = CliRun.of("test", spec.toString(), "--reports", reports.toString(), "--threshold", "04-77260-19=10");
        assertEquals(0, lenient.code(), lenient.out() + lenient.err());
    }

    @Test
    void aFailingScenarioFailsTheRunAndTheReportShowsExpectedAgainstActual(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("FailingSpec.groovy"), FAILING);
        Path reports = dir.resolve("reports");

        CliRun run = CliRun.of("test", dir.toString(), "--reports", reports.toString());

        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.lines().contains("1 passed, 1 failed, 1 skipped"), run.out() + run.err());
        assertTrue(run.out().contains("FAIL a request without indications is wrongly expected to meet medical necessity"), run.out());
        String html = Files.readString(reports.resolve("scenario-report.html"));
        int failures = html.indexOf("id=\"failures\"");
        assertTrue(failures > 0 && failures < html.indexOf("a code in scope is cited"), "failures come first");
        assertTrue(html.contains("<th>expected</th><th>actual</th>"));
        assertTrue(html.contains("MEETS_MEDICAL_NECESSITY") && html.contains("NOT_MEDICALLY_NECESSARY"));
        assertTrue(html.contains("<dt>then</dt><dd>the analyst expected it to meet medical necessity</dd>"));
        assertTrue(html.contains("<span class=\"badge\">SKIPPED</span> a scenario not run yet"), "a skipped scenario is listed");
        String xml = Files.readString(reports.resolve("junit").resolve("TEST-spock.xml"));
        assertTrue(xml.contains("tests=\"3\"") && xml.contains("failures=\"1\""), xml.lines().limit(3).toList().toString());
    }

    @Test
    void aSpecThatDoesNotCompileIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("BrokenSpec.groovy"), "class BrokenSpec extends spock.lang.Specification {\n  def x( {\n}\n");
        CliRun run = CliRun.of("test", spec.toString(), "--reports", dir.resolve("r").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("BrokenSpec.groovy"), run.err());
        assertTrue(run.err().contains("the specs did not compile"), run.err());
    }

    @Test
    void badOptionsAndMissingPathsAreUsageErrors(@TempDir Path dir) {
        assertEquals(2, CliRun.of("test", dir.resolve("nope.groovy").toString()).code());
        assertEquals(2, CliRun.of("test", dir.toString(), "--threshold", "most").code());
        assertEquals(1, CliRun.of("test", dir.toString()).code(), "a folder without specs runs nothing and fails");
    }
}
