package io.coverkit.spark;

import io.coverkit.determination.Outcome;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a decide job did.
 *
 * @param rows claims read
 * @param errors claims that could not be read or decided (each is an error row in the output)
 * @param outcomes decided claims by outcome
 */
public record DecideSummary(long rows, long errors, Map<Outcome, Long> outcomes) {

    public DecideSummary {
        outcomes = outcomes.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(outcomes));
    }

    /** The job's last line: {@code decided N rows: OUTCOME=count, ...}, outcomes in their order, then errors. */
    public String line() {
        StringBuilder s = new StringBuilder("decided ").append(rows).append(" rows:");
        String separator = " ";
        for (Outcome o : Outcome.values()) {
            Long n = outcomes.get(o);
            if (n != null) {
                s.append(separator).append(o.name()).append('=').append(n);
                separator = ", ";
            }
        }
        if (errors > 0) {
            s.append(separator).append("errors=").append(errors);
        }
        return s.toString();
    }
}
