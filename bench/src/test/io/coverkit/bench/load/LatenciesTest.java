package io.coverkit.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank, over every recorded latency. */
class LatenciesTest {

    @Test
    void nearestRankPercentilesOfAThousandLatencies() {
        Latencies l = new Latencies();
        // recorded out of order, across the array's growth, to check sorting and growth
        for (int i = 1000; i >= 1; i--) {
            l.add(i);
        }
        Latencies.Sorted s = l.sorted();
        assertEquals(1000, s.count());
        assertEquals(500, s.percentile(50));
        assertEquals(990, s.percentile(99));
        assertEquals(999, s.percentile(99.9));
        assertEquals(1000, s.percentile(100));
        assertEquals(1, s.percentile(0.1));
        assertEquals(1000, s.max());
    }

    @Test
    void mergedRecordersKeepEveryLatency() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 0; i < 3000; i++) {
            (i % 3 == 0 ? a : b).add(i);
        }
        a.addAll(b);
        Latencies.Sorted s = a.sorted();
        assertEquals(3000, s.count());
        assertEquals(2999, s.max());
        assertEquals(1499, s.percentile(50));
    }

    @Test
    void aSingleLatencyIsEveryPercentileAndNoneGivesZero() {
        Latencies one = new Latencies();
        one.add(42);
        assertEquals(42, one.sorted().percentile(50));
        assertEquals(42, one.sorted().percentile(99.9));
        assertEquals(0, new Latencies().sorted().percentile(99));
        assertEquals(0, new Latencies().sorted().max());
    }

    @Test
    void refusesWhatIsNotALatencyOrAPercentile() {
        assertThrows(IllegalArgumentException.class, () -> new Latencies().add(-1));
        assertThrows(IllegalArgumentException.class, () -> new Latencies().sorted().percentile(0));
        assertThrows(IllegalArgumentException.class, () -> new Latencies().sorted().percentile(100.1));
    }
}
