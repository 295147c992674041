package io.coverkit.api;

import io.coverkit.determination.Evidence;

/**
 * What a request must state for an unknown time criterion ({@code occurred}, {@code count},
 * {@code adherence}...), from the evidence its judge names: the list and the code it looked for,
 * such as {@code events (a face-to-face event with its date)}.
 */
final class TimeSupply {
    private TimeSupply() {}

    static String of(Evidence e) {
        String code = e.value();
        return switch (e.field()) {
            case "events" -> "events (a " + code + " event with its date)";
            case "priorServices" -> "priorServices (a prior service " + code.replace("prior:", "") + " with its date)";
            case "therapies" -> "therapies (a therapy of " + code.replace("therapy:", "") + " with its start and end)";
            case "observations" -> "observations (dated " + code + " observations)";
            default -> e.field();
        };
    }
}
