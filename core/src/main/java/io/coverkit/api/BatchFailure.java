package io.coverkit.api;

import io.coverkit.annotations.API;
import java.io.IOException;

/**
 * A {@link Batch} that stopped before the end of its input. Every record decided before the failure
 * is written, in order, and the output ends with one more record that says the run failed:
 * {@code {"failed": "<why>", "afterLine": N}}, where N is the last line whose record precedes it
 * (0 when none does). A consumer that reads to the end therefore never takes a stopped run's
 * output for a complete one.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class BatchFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Batch.Summary written;

    BatchFailure(Batch.Summary written, Throwable cause) {
        super(reason(cause), cause);
        this.written = written;
    }

    /** What was written before the run stopped: {@code written().lines()} is the last line with a record. */
    public Batch.Summary written() {
        return written;
    }

    /** True when reading the input or writing the output failed, rather than coverkit itself. */
    public boolean inputOrOutput() {
        return getCause() instanceof IOException;
    }

    /** Why a run stopped, in one line without the names of Java's classes. */
    static String reason(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (give Java more with -Xmx, or use fewer threads)";
        }
        String message = cause.getMessage();
        String text = message == null || message.isBlank() ? "no further detail" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        if (cause instanceof IOException) {
            return text;
        }
        if (cause instanceof StackOverflowError) {
            return "internal error: the stack overflowed";
        }
        return "internal error: " + text;
    }
}
