package io.coverkit.dsl;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The processor time one file may take to parse, spent by work on the calling thread that looks at
 * it as it goes. Where the thread's CPU time cannot be measured, wall-clock time stands in, at
 * several times the limit, as it does for the worker thread that runs Groovy's parser.
 */
final class CpuBudget {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long limitNanos;
    private final long wallLimitNanos;
    private final boolean measured;
    private final long cpuAtStart;
    private final long wallAtStart;

    /** A budget of {@code limit}, starting now on the calling thread. */
    CpuBudget(Duration limit, long wallClockFactor) {
        this.limitNanos = limit.toNanos();
        this.wallLimitNanos = wallClockFactor * limitNanos;
        this.measured = THREADS.isCurrentThreadCpuTimeSupported();
        this.cpuAtStart = measured ? THREADS.getCurrentThreadCpuTime() : 0;
        this.wallAtStart = System.nanoTime();
    }

    /** Processor time used since the budget started; 0 where it cannot be measured. */
    long usedNanos() {
        return measured ? Math.max(0, THREADS.getCurrentThreadCpuTime() - cpuAtStart) : 0;
    }

    /** What is left of the budget, in nanoseconds; negative once it is spent. */
    long remainingNanos() {
        return limitNanos - usedNanos();
    }

    /** True once more processor time than the limit has gone, or far more wall-clock time. */
    boolean spent() {
        return usedNanos() > limitNanos || System.nanoTime() - wallAtStart > wallLimitNanos;
    }
}
