package io.coverkit.request;

import java.util.List;

/** A requested procedure code. */
public record Procedure(String system, String code, int units, List<String> modifiers) {
    public Procedure {
        modifiers = List.copyOf(modifiers);
    }
}
