package io.coverkit.bench.load;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of the requests around a stop signal sent during a run. A graceful stop finishes
 * what it accepted: every request in flight when the signal went (started before, ended after)
 * must be answered; requests started afterwards may be refused, since the server no longer
 * accepts connections.
 *
 * @param inFlight requests started before the signal and ended after it
 * @param inFlightAnswered of those, the ones answered with a 2xx status
 * @param inFlightFailures the others, by kind
 * @param after requests started after the signal
 * @param afterAnswered of those, the ones answered with a 2xx status (kept-alive connections the
 *     server was still draining)
 * @param afterFailures the others, by kind
 * @param beforeFailures requests that started and ended before the signal and failed (should be 0)
 * @param lastAnswerMillis when the last 2xx answer arrived, in milliseconds after the signal
 */
public record StopReport(
        long inFlight,
        long inFlightAnswered,
        Map<String, Long> inFlightFailures,
        long after,
        long afterAnswered,
        Map<String, Long> afterFailures,
        long beforeFailures,
        double lastAnswerMillis) {

    /** Reads the samples of a run whose stop action ran. */
    public static StopReport of(LoadResult result) {
        if (result.stopNanos() < 0) {
            throw new IllegalArgumentException("the run sent no stop signal");
        }
        long signal = result.stopNanos();
        long inFlight = 0;
        long inFlightAnswered = 0;
        long after = 0;
        long afterAnswered = 0;
        long beforeFailures = 0;
        long lastAnswer = signal;
        Map<String, Long> inFlightFailures = new TreeMap<>();
        Map<String, Long> afterFailures = new TreeMap<>();
        for (LoadResult.Sample s : result.samples()) {
            boolean ok = s.error() == null;
            if (ok) {
                lastAnswer = Math.max(lastAnswer, s.endNanos());
            }
            if (s.endNanos() < signal) {
                beforeFailures += ok ? 0 : 1;
            } else if (s.startNanos() < signal) {
                inFlight++;
                if (ok) {
                    inFlightAnswered++;
                } else {
                    inFlightFailures.merge(s.error(), 1L, Long::sum);
                }
            } else {
                after++;
                if (ok) {
                    afterAnswered++;
                } else {
                    afterFailures.merge(s.error(), 1L, Long::sum);
                }
            }
        }
        return new StopReport(inFlight, inFlightAnswered, inFlightFailures, after, afterAnswered, afterFailures,
                beforeFailures, (lastAnswer - signal) / 1e6);
    }

    /** True when every request in flight at the signal, and every one before it, was answered. */
    public boolean graceful() {
        return inFlight == inFlightAnswered && beforeFailures == 0;
    }

    /** The report as Markdown lines. */
    public String markdown() {
        return String.format(Locale.ROOT,
                "- requests finished before the signal that failed: %d%n"
                        + "- in flight at the signal: %d, answered 2xx: %d, failed: %s%n"
                        + "- started after the signal: %d, answered 2xx: %d, failed: %s%n"
                        + "- last 2xx answer: %.1f ms after the signal%n"
                        + "- graceful (every request accepted before the signal answered): %s%n",
                beforeFailures, inFlight, inFlightAnswered, LoadReport.kinds(inFlightFailures),
                after, afterAnswered, LoadReport.kinds(afterFailures), lastAnswerMillis, graceful() ? "yes" : "NO");
    }
}
