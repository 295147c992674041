package io.coverkit.dsl;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.model.SourceRef;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one budget a policy file gets for everything from its bytes to its compiled model (gate,
 * parse, read, validate, compile): wall-clock time and bytes allocated, counted from the moment
 * {@link #within} starts, on the thread doing the work and on the parser thread working for it.
 *
 * <p>The stages look at the budget as they go ({@link #check()}) and stop once it is spent; the
 * budget then becomes one diagnostic ({@link DiagnosticCode#G009}) naming it and its value.
 * Groovy's parser, which cannot look, runs on a worker thread that is abandoned when the budget is
 * spent. The gate's bounds keep every file far inside the budget: it is a last line of defence,
 * not the first.
 */
public final class FileBudget {

    /** What one file may spend. */
    public record Limits(Duration wallClock, long allocatedBytes) {
        /**
         * About a hundred times what the largest bundled policy needs (a fraction of a second and a
         * few tens of megabytes from bytes to compiled model), and at least the wall-clock time the
         * parser's own processor-time bound falls back on.
         */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), 1L << 30);
    }

    /** Thrown by {@link #check()} once the budget is spent; {@link #within} turns it into a diagnostic. */
    public static final class Spent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Spent(String message) {
            super(message, null, false, false);
        }
    }

    private static final ThreadLocal<FileBudget> CURRENT = new ThreadLocal<>();
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final Limits limits;
    private final long wallAtStart = System.nanoTime();
    private final long thread = Thread.currentThread().getId();
    private final long allocatedAtStart = allocatedNow();
    private volatile long elsewhere;

    private FileBudget(Limits limits) {
        this.limits = limits;
    }

    /**
     * Runs {@code work} for {@code file} within a budget of {@code limits}; when the budget is
     * spent, returns {@code onSpent} applied to the diagnostic that says so. Work that already runs
     * within a budget (a reader called by a loader) spends that budget, not a new one. A stack
     * overflow, which only syntax nested past every bound of the gate could cause, is a diagnostic
     * too, never a crash.
     */
    public static <T> T within(String file, Limits limits, Supplier<T> work, Function<Diagnostic, T> onSpent) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new FileBudget(limits));
        try {
            T result = work.get();
            CURRENT.get().check();
            return result;
        } catch (Spent e) {
            return onSpent.apply(Diagnostic.error(DiagnosticCode.G009, new SourceRef(file, 1, 1), e.getMessage()));
        } catch (StackOverflowError e) {
            return onSpent.apply(Diagnostic.error(DiagnosticCode.G008, new SourceRef(file, 1, 1),
                    "the syntax of this file is nested too deeply to read"));
        } finally {
            CURRENT.remove();
        }
    }

    /** The budget the calling thread works within, or null outside {@link #within}. */
    static FileBudget current() {
        return CURRENT.get();
    }

    /** Throws {@link Spent} when the budget of the calling thread's file is spent; does nothing outside one. */
    public static void checkCurrent() {
        FileBudget budget = CURRENT.get();
        if (budget != null) {
            budget.check();
        }
    }

    /** Throws {@link Spent} once more wall-clock time or allocation than the limits has gone. */
    void check() {
        String spent = spent(0);
        if (spent != null) {
            throw new Spent(spent);
        }
    }

    /**
     * What is spent, in words, counting {@code working} bytes allocated by a worker thread on top
     * of what was charged already; null while the budget holds.
     */
    String spent(long working) {
        long wall = System.nanoTime() - wallAtStart;
        if (wall > limits.wallClock().toNanos()) {
            return "reading this file took more than " + seconds(limits.wallClock()) + " of wall-clock time, the budget for one file";
        }
        long allocated = allocatedNow() - allocatedAtStart + elsewhere + working;
        if (allocated > limits.allocatedBytes()) {
            return "reading this file allocated more than " + megabytes(limits.allocatedBytes()) + ", the budget for one file";
        }
        return null;
    }

    /** The exception that stops work once the budget is spent, {@code spent} saying how. */
    static Spent spentBecause(String spent) {
        return new Spent(spent);
    }

    /** Adds what a worker thread allocated for this file. */
    void charge(long bytes) {
        elsewhere += bytes;
    }

    private long allocatedNow() {
        return THREADS == null ? 0 : Math.max(0, THREADS.getThreadAllocatedBytes(thread));
    }

    /** Bytes allocated so far by the thread {@code id}; 0 where the JVM cannot say. */
    static long allocatedBy(long id) {
        return THREADS == null ? 0 : Math.max(0, THREADS.getThreadAllocatedBytes(id));
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            if (!t.isThreadAllocatedMemoryEnabled()) {
                t.setThreadAllocatedMemoryEnabled(true);
            }
            return t;
        }
        return null;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
