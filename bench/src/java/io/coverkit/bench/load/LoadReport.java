package io.coverkit.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Markdown the generator prints: one row per target and concurrency, then, when a subject is
 * measured against a baseline, the ratios the targets are stated in (throughput at least half the
 * baseline's, p99 within twice the baseline's).
 */
public final class LoadReport {

    /** The subject's throughput must be at least this share of the baseline's. */
    public static final double MIN_THROUGHPUT_RATIO = 0.5;

    /** The subject's p99 must be at most this multiple of the baseline's. */
    public static final double MAX_P99_RATIO = 2.0;

    private LoadReport() {}

    /** The table of every result. */
    public static String table(List<LoadResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| target | clients | requests | req/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | bytes out/req | bytes in/req "
                + "| server CPU ms/req | generator CPU % |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadResult r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %s | %s | %s | %s | %s | %d | %d | %s | %s |%n",
                    r.target(), r.clients(), r.requests(), r.throughput(),
                    ms(r.latencies().percentile(50)), ms(r.latencies().percentile(99)), ms(r.latencies().percentile(99.9)),
                    ms(r.latencies().max()), errors(r), perRequest(r.bytesOut(), r.requests()), perRequest(r.bytesIn(), r.requests()),
                    known(r.serverCpuMillisPerRequest(), "%.3f"), known(r.generatorCpuPercent(), "%.0f")));
        }
        return out.toString();
    }

    /**
     * The subject against the baseline at each concurrency both were run at: throughput ratio and
     * p99 ratio, each with whether its target is met.
     */
    public static String ratios(List<LoadResult> results, String subject, String baseline) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| clients | %s req/s | %s req/s | throughput ratio (>= %.2f) | %s p99 ms | %s p99 ms | p99 ratio (<= %.1f) | targets |%n",
                subject, baseline, MIN_THROUGHPUT_RATIO, subject, baseline, MAX_P99_RATIO));
        out.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Comparison c : compare(results, subject, baseline)) {
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %s | %s | %.2f | %s |%n",
                    c.clients(), c.subject().throughput(), c.baseline().throughput(), c.throughputRatio(),
                    ms(c.subject().latencies().percentile(99)), ms(c.baseline().latencies().percentile(99)), c.p99Ratio(),
                    c.met() ? "met" : "NOT met"));
        }
        return out.toString();
    }

    /** The subject and the baseline at one concurrency. */
    public record Comparison(int clients, LoadResult subject, LoadResult baseline) {
        public double throughputRatio() {
            return baseline.throughput() == 0 ? 0 : subject.throughput() / baseline.throughput();
        }

        public double p99Ratio() {
            long b = baseline.latencies().percentile(99);
            return b == 0 ? Double.POSITIVE_INFINITY : (double) subject.latencies().percentile(99) / b;
        }

        public boolean met() {
            return throughputRatio() >= MIN_THROUGHPUT_RATIO && p99Ratio() <= MAX_P99_RATIO;
        }
    }

    /** Pairs the subject's and the baseline's results by concurrency. */
    public static List<Comparison> compare(List<LoadResult> results, String subject, String baseline) {
        List<Comparison> out = new ArrayList<>();
        for (LoadResult s : results) {
            if (!s.target().equals(subject)) {
                continue;
            }
            results.stream()
                    .filter(b -> b.target().equals(baseline) && b.clients() == s.clients())
                    .findFirst()
                    .ifPresent(b -> out.add(new Comparison(s.clients(), s, b)));
        }
        return out;
    }

    /** Nanoseconds as milliseconds with two decimals. */
    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String known(double value, String format) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, format, value);
    }

    private static String errors(LoadResult r) {
        if (r.errors() == 0 && r.warmupErrors() == 0) {
            return "0";
        }
        String kinds = r.errorKinds().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        String warm = r.warmupErrors() == 0 ? "" : " (+" + r.warmupErrors() + " in warm-up)";
        return r.errors() + (kinds.isEmpty() ? "" : ": " + kinds) + warm;
    }

    private static long perRequest(long bytes, long requests) {
        return requests == 0 ? 0 : Math.round((double) bytes / requests);
    }

    /** Error kinds as one line, for logs. */
    static String kinds(Map<String, Long> kinds) {
        return kinds.isEmpty() ? "none" : kinds.toString();
    }
}
