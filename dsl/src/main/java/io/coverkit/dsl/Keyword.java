package io.coverkit.dsl;

import java.util.List;
import java.util.Optional;

/**
 * One word of the policy vocabulary: where it may appear, what it takes, and what it means.
 *
 * @param in the block it may appear in
 * @param positional arguments by position
 * @param named arguments written {@code key: value}
 * @param chained an argument that may also follow as a chained word, as in
 *     {@code requiresDocument loinc: '28626-0' within 6.months}; null when none
 * @param body the block its closure opens, or null when it takes no closure
 * @param occurs how often it may appear in its block
 * @param help one sentence for the vocabulary reference and the IDE
 */
public record Keyword(
        String name,
        Block in,
        List<Param> positional,
        List<Param> named,
        Param chained,
        Block body,
        Occurs occurs,
        String help) {

    /** How often a keyword may appear in its block. */
    public enum Occurs {
        /** Exactly once. */
        ONCE,
        /** At most once. */
        OPTIONAL,
        /** Any number of times. */
        MANY
    }

    public Keyword {
        positional = List.copyOf(positional);
        named = List.copyOf(named);
    }

    /** The named parameter called {@code key}, including the chained one. */
    Optional<Param> namedParam(String key) {
        if (chained != null && chained.name().equals(key)) {
            return Optional.of(chained);
        }
        return named.stream().filter(p -> p.name().equals(key)).findFirst();
    }

    /** How the keyword is written, for help lines: {@code indication 'text', id: ...}. */
    public String signature() {
        StringBuilder s = new StringBuilder(name);
        String sep = " ";
        String previous = null;
        for (Param p : positional) {
            // Alternatives ("KX, GA or GZ") repeat one optional parameter: shown once.
            if (p.name().equals(previous)) {
                continue;
            }
            previous = p.name();
            if (p.name().equals("or")) {
                s.append("[, or ...]");
                continue;
            }
            s.append(sep).append(p.required() ? "" : "[").append(p.name()).append(p.required() ? "" : "]");
            sep = ", ";
        }
        for (Param p : named) {
            s.append(sep).append(p.required() ? "" : "[").append(p.name()).append(": ...").append(p.required() ? "" : "]");
            sep = ", ";
        }
        if (chained != null) {
            s.append(chained.required() ? " " : " [").append(chained.name()).append(" ...")
                    .append(chained.required() ? "" : "]");
        }
        if (body != null) {
            s.append(" { ... }");
        }
        return s.toString();
    }
}
