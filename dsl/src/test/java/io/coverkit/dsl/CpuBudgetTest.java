package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The calling thread's processor-time budget that the direct parser looks at as it reads. */
class CpuBudgetTest {

    @Test
    void aGenerousBudgetIsNotSpentByALittleWork() {
        CpuBudget budget = new CpuBudget(Duration.ofSeconds(10), 6);
        busy(5);
        assertFalse(budget.spent());
        assertTrue(budget.remainingNanos() <= Duration.ofSeconds(10).toNanos());
        assertTrue(budget.remainingNanos() > Duration.ofSeconds(9).toNanos());
    }

    @Test
    void aZeroBudgetIsSpentByAnyWork() {
        CpuBudget budget = new CpuBudget(Duration.ZERO, 6);
        busy(5);
        assertTrue(budget.spent());
        assertTrue(budget.remainingNanos() <= 0);
    }

    @Test
    void processorTimeIsCountedFromTheStart() {
        CpuBudget budget = new CpuBudget(Duration.ofMillis(20), 1_000_000);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isCurrentThreadCpuTimeSupported(), "this runtime measures a thread's processor time");
        long start = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - start < Duration.ofMillis(30).toNanos()) {
            busy(1);
        }
        assertTrue(budget.usedNanos() >= Duration.ofMillis(30).toNanos());
        assertTrue(budget.spent(), "30 ms of processor time spends a budget of 20 ms");
    }

    /** Keeps the calling thread's processor busy for about {@code millis} of wall-clock time. */
    private static void busy(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        assertTrue(x >= 0);
    }
}
