package io.coverkit.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.server.ResponseCheck;
import io.coverkit.server.StandardEndpoints;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's standard endpoints carry the real self-check, not a placeholder. */
class StandardEndpointsCheckTest {

    @Test
    void theStandardSelfCheckFindsProblemsAndPassesAGoodResponse() {
        ResponseCheck check = StandardEndpoints.create(() -> null, "http://127.0.0.1:8080", Clock.systemUTC())
                .check();
        String good = Checkers.read(Checkers.FIXTURES.resolve("hooks/order-sign-response.json"));
        assertEquals(List.of(), check.problems(good));
        List<String> problems = check.problems("{\"cards\":[{\"summary\":\"s\",\"source\":{\"label\":\"x\"}}]}");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("cards[0].indicator: cds-indicator"), problems::toString);
    }
}
