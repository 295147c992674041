package io.coverkit.dsl;

/**
 * One argument a keyword takes: positional (by order) or named ({@code key: value}).
 *
 * @param required whether leaving it out is an error
 */
public record Param(String name, ArgType type, boolean required, String help) {

    static Param required(String name, ArgType type, String help) {
        return new Param(name, type, true, help);
    }

    static Param optional(String name, ArgType type, String help) {
        return new Param(name, type, false, help);
    }
}
