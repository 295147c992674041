package io.coverkit.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which hook responses the self-check takes: each service's first, then one in N. */
class SelfCheckSamplingTest {

    private static List<Integer> taken(SelfCheck.Sampling s, String where, int calls) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            if (s.take(where)) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void theFirstOfEachServiceThenOneInN() {
        SelfCheck.Sampling s = new SelfCheck.Sampling(4);
        assertEquals(List.of(0, 4, 8), taken(s, "POST /cds-services/coverkit-order-sign", 10));
        assertEquals(List.of(0), taken(s, "POST /cds-services/coverkit-order-select", 3), "another service's first answer is checked too");
        assertEquals(7 + 2, s.skipped.get());
    }

    @Test
    void oneChecksAllAndZeroNone() {
        assertEquals(List.of(0, 1, 2), taken(new SelfCheck.Sampling(1), "a", 3));
        SelfCheck.Sampling none = new SelfCheck.Sampling(0);
        assertEquals(List.of(), taken(none, "a", 3));
        assertEquals(3, none.skipped.get());
        assertThrows(IllegalArgumentException.class, () -> new SelfCheck.Sampling(-1));
    }

    @Test
    void aCheckerSeesOnlyTheSampledResponsesAndCountsTheRest() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        SelfCheck check = new SelfCheck(json -> {
            seen.add(json);
            return List.of();
        }, 16, 3);
        for (int i = 0; i < 7; i++) {
            check.offer("POST /cds-services/s", ("{\"n\":" + i + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        check.close();
        assertEquals(List.of("{\"n\":0}", "{\"n\":3}", "{\"n\":6}"), seen);
        assertEquals(3, check.checked());
        assertEquals(4, check.skipped());
        assertEquals(0, check.dropped());
    }
}
