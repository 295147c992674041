package io.coverkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.json.DeterminationWriter;
import org.junit.jupiter.api.Test;

/**
 * The JSON benchmark compares like with like: every request is decided (none refused), Jackson
 * reads every request, and writes the very bytes coverkit writes for its determination.
 */
class JsonRoundTripTest {

    @Test
    void jacksonWritesTheBytesCoverkitWritesForEveryDetermination() throws Exception {
        String[] requests = JsonBenchmark.interleaved();
        GuidelineLibrary library = JsonBenchmark.library();
        DeterminationWriter writer = new DeterminationWriter();
        JacksonRoundTrip jackson = new JacksonRoundTrip();
        assertEquals(JsonBenchmark.N, requests.length);
        for (int i = 0; i < requests.length; i++) {
            Decision d = library.decideJson(requests[i]);
            Decision.Decided decided = assertInstanceOf(Decision.Decided.class, d, "request " + i + " refused: " + d);
            JacksonRoundTrip.Request read = jackson.read(requests[i]);
            assertEquals(decided.determination().dateOfService(), read.dateOfService(), "request " + i);
            assertEquals(writer.write(decided.determination()), jackson.write(JacksonRoundTrip.of(decided.determination())), "request " + i);
        }
    }
}
