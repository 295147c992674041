package io.coverkit.bench.load;

import java.util.List;
import java.util.Map;

/**
 * What one closed-loop run against one target measured. Only requests started inside the
 * measurement window count; the warm-up's are left out except for its error count, so an error
 * during the warm-up is never hidden.
 *
 * @param target the target's name (say {@code coverkit} or {@code baseline})
 * @param clients how many clients ran, each with one request in flight
 * @param requests requests started in the measurement window and finished (answered or failed)
 * @param errors of those, the ones that failed: a status outside 2xx, an answer without an
 *     expected text, or no answer at all (an exception)
 * @param errorKinds the errors by kind ({@code HTTP 500}, {@code ConnectException}, ...)
 * @param warmupErrors errors during the warm-up
 * @param elapsedNanos from the start of the window to the last measured request's end
 * @param bytesOut request body bytes sent by measured requests
 * @param bytesIn response body bytes received by measured requests
 * @param latencies every measured request's latency (send to last byte of the answer)
 * @param samples each measured request's start, end and result, in order of start, when asked
 *     for (the shutdown test reads them); empty otherwise
 * @param stopNanos when the stop action ran ({@link System#nanoTime()}), or -1 when none ran
 * @param generatorCpuNanos CPU time the generator's process used during the measurement window
 *     (every thread: clients, the HTTP client's own), or -1 when the system does not say
 * @param serverCpuNanos CPU time the watched server process used during the window, or -1 when no
 *     server process was given or the system does not say
 */
public record LoadResult(
        String target,
        int clients,
        long requests,
        long errors,
        Map<String, Long> errorKinds,
        long warmupErrors,
        long elapsedNanos,
        long bytesOut,
        long bytesIn,
        Latencies.Sorted latencies,
        List<Sample> samples,
        long stopNanos,
        long generatorCpuNanos,
        long serverCpuNanos) {

    public LoadResult {
        errorKinds = Map.copyOf(errorKinds);
        samples = List.copyOf(samples);
    }

    /**
     * One request: when it started and ended ({@link System#nanoTime()}) and how it ended.
     *
     * @param status the HTTP status, or -1 when no answer came
     * @param error null when it succeeded, else the error's kind
     */
    public record Sample(long startNanos, long endNanos, int status, String error) {}

    /** Measured requests per second. */
    public double throughput() {
        return elapsedNanos == 0 ? 0 : requests / (elapsedNanos / 1e9);
    }

    /** The server's CPU time per measured request in milliseconds, or -1 when not known. */
    public double serverCpuMillisPerRequest() {
        return serverCpuNanos < 0 || requests == 0 ? -1 : serverCpuNanos / 1e6 / requests;
    }

    /** The generator's CPU use during the window, in percent of one core, or -1 when not known. */
    public double generatorCpuPercent() {
        return generatorCpuNanos < 0 || elapsedNanos == 0 ? -1 : 100.0 * generatorCpuNanos / elapsedNanos;
    }

    /** The requests that succeeded. */
    public long succeeded() {
        return requests - errors;
    }
}
