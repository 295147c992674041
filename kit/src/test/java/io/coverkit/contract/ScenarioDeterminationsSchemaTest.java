package io.coverkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.coverage.Observation;
import io.coverkit.json.ContractSchemas;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.json.RequestReader;
import io.coverkit.kit.ScenarioLog;
import io.coverkit.request.RequestError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every request the scenario specs of specs/ decide, and every determination they get, keep to the
 * contract's schemas: the specs are run again here, into a log of their own; each request is
 * written as the JSON a caller would send (which the reader must read back as the same request) and
 * each determination as a service would get it, and both are validated.
 *
 * <p>The specs' own run (the Spock engine's, which writes the coverage reports) is never under way
 * while this test runs, since test engines run one after the other, so swapping the shared log for
 * the run takes nothing from it.
 */
class ScenarioDeterminationsSchemaTest {

    @Test
    void everyRequestAndDeterminationOfEveryScenarioKeepsToTheSchemas() {
        ScenarioCorpus.Run run = ScenarioCorpus.runSpecs();
        ScenarioLog log = run.log();

        assertEquals(List.of(), run.failures(), "the scenarios pass");
        DeterminationWriter writer = new DeterminationWriter();
        List<String> invalid = new ArrayList<>();
        RequestReader reader = new RequestReader();
        List<String> outsideTheContract = new ArrayList<>();
        for (Observation o : log.observations()) {
            List<String> violations = new ArrayList<>(ContractSchemas.determinationViolations(writer.write(o.determination())));
            String request = WireRequest.of(o.request());
            List<String> requestViolations = ContractSchemas.requestViolations(request);
            RequestReader.Result read = reader.read(request);
            if (read.request().isPresent()) {
                // A request a caller can send: the schema accepts it and the reader reads it back unchanged.
                violations.addAll(requestViolations);
                if (!o.request().equals(read.request().get())) {
                    violations.add("the reader reads " + request + " back as another request");
                }
            } else {
                // A scenario may decide in code what no caller can send (a code of the wrong shape, to
                // show it is not matched); then the schema must refuse it too, but for the rules
                // across fields that only the reader checks.
                outsideTheContract.add(o.scenario() + ": " + read.errors());
                if (requestViolations.isEmpty() && !read.errors().stream().allMatch(ScenarioDeterminationsSchemaTest::readerOnly)) {
                    violations.add("the schema accepts " + request + " which the reader refuses: " + read.errors());
                }
            }
            if (!violations.isEmpty()) {
                invalid.add(o.scenario() + ": " + violations);
            }
        }
        System.out.println("[contract] scenario requests and determinations validated: " + log.observations().size() + " of each, from "
                + log.scenarios().size() + " scenarios; requests no caller could send: " + outsideTheContract);
        assertEquals(List.of(), invalid);
        assertTrue(log.scenarios().size() > 100, "every spec's scenarios ran: " + log.scenarios().size());
        assertTrue(log.observations().size() >= log.scenarios().size() / 2, "most scenarios decide requests");
        assertTrue(outsideTheContract.size() * 10 < log.observations().size(), "scenarios decide what callers send: " + outsideTheContract);
    }

    /** An error of a rule across fields, which the request schema states in words only. */
    private static boolean readerOnly(RequestError error) {
        return error.field().equals("procedures") && error.message().equals("at least one procedure is required");
    }
}
