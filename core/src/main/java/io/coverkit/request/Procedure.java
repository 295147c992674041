package io.coverkit.request;

import io.coverkit.annotations.API;
import java.util.List;

/** A requested procedure code. */
@API(status = API.Status.STABLE)
public record Procedure(String system, String code, int units, List<String> modifiers) {
    public Procedure {
        modifiers = List.copyOf(modifiers);
    }
}
