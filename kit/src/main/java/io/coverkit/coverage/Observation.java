package io.coverkit.coverage;

import io.coverkit.determination.Determination;
import io.coverkit.request.CoverageRequest;
import java.util.Objects;

/**
 * One request a scenario decided, with its determination: the unit clause coverage is counted in.
 *
 * @param scenario the scenario's readable name, such as {@code IndicationsSpec > implanted fiducial markers ...}
 */
public record Observation(String scenario, CoverageRequest request, Determination determination) {
    public Observation {
        Objects.requireNonNull(scenario, "an observation names its scenario");
        Objects.requireNonNull(determination, "an observation holds a determination");
    }
}
