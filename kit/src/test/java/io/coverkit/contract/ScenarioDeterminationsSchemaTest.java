package io.coverkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import io.coverkit.coverage.Observation;
import io.coverkit.json.ContractSchemas;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.kit.ScenarioLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Every determination the scenario specs of specs/ make keeps to the determination schema: the
 * specs are run again here, into a log of their own, and each determination they decided is
 * written as a service would get it and validated.
 *
 * <p>The specs' own run (the Spock engine's, which writes the coverage reports) is never under way
 * while this test runs, since test engines run one after the other, so swapping the shared log for
 * the run takes nothing from it.
 */
class ScenarioDeterminationsSchemaTest {

    @Test
    void everyDeterminationOfEveryScenarioKeepsToTheSchema() throws Exception {
        Path specs = Path.of(ScenarioDeterminationsSchemaTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(specs)))
                .filters(EngineFilter.includeEngines("spock"), includeClassNamePatterns(".*Spec"))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        ScenarioLog previous = ScenarioLog.swap(new ScenarioLog(false));
        ScenarioLog log;
        try {
            LauncherFactory.create().execute(request, summary);
        } finally {
            log = ScenarioLog.swap(previous);
        }

        assertEquals(0, summary.getSummary().getTotalFailureCount(), "the scenarios pass");
        DeterminationWriter writer = new DeterminationWriter();
        List<String> invalid = new ArrayList<>();
        for (Observation o : log.observations()) {
            List<String> violations = ContractSchemas.determinationViolations(writer.write(o.determination()));
            if (!violations.isEmpty()) {
                invalid.add(o.scenario() + ": " + violations);
            }
        }
        System.out.println("[contract] scenario determinations validated: " + log.observations().size() + " from "
                + log.scenarios().size() + " scenarios");
        assertEquals(List.of(), invalid);
        assertTrue(log.scenarios().size() > 100, "every spec's scenarios ran: " + log.scenarios().size());
        assertTrue(log.observations().size() >= log.scenarios().size() / 2, "most scenarios decide requests");
    }
}
