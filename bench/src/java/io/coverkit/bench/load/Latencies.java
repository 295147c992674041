package io.coverkit.bench.load;

import java.util.Arrays;

/**
 * Every latency of a run, in nanoseconds, kept whole rather than bucketed: a run on this machine
 * makes at most a few hundred thousand requests, so sorting them all once is cheap and the
 * percentiles are exact (nearest rank) instead of a histogram's approximation. Not thread-safe:
 * each client thread fills its own, and the run merges them at the end.
 */
public final class Latencies {

    private long[] values = new long[1024];
    private int size;

    /** Records one latency. */
    public void add(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + nanos);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    /** Adds every latency of {@code other} to this one. */
    public void addAll(Latencies other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + other.size));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    /** How many latencies were recorded. */
    public int count() {
        return size;
    }

    /** The latencies recorded so far, in ascending order. */
    public Sorted sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return new Sorted(copy);
    }

    /** An ascending snapshot of latencies, answering percentiles exactly. */
    public static final class Sorted {
        private final long[] ascending;

        Sorted(long[] ascending) {
            this.ascending = ascending;
        }

        /** How many latencies the snapshot holds. */
        public int count() {
            return ascending.length;
        }

        /**
         * The nearest-rank percentile: the smallest recorded latency such that at least
         * {@code percent}% of all latencies are at or below it; 0 when nothing was recorded.
         */
        public long percentile(double percent) {
            if (percent <= 0 || percent > 100) {
                throw new IllegalArgumentException("a percentile lies in (0, 100], not " + percent);
            }
            if (ascending.length == 0) {
                return 0;
            }
            // 99.9% of 1000 is 999.0000000000001 in binary floating point; without the small
            // allowance the rank would round up to 1000.
            int rank = (int) Math.ceil(percent * ascending.length / 100.0 - 1e-9);
            return ascending[Math.max(rank, 1) - 1];
        }

        /** The largest latency; 0 when nothing was recorded. */
        public long max() {
            return ascending.length == 0 ? 0 : ascending[ascending.length - 1];
        }
    }
}
