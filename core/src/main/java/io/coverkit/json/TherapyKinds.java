package io.coverkit.json;

import io.coverkit.request.Therapy;

/** The therapy kinds a request may state, by their wire names (upper case, as outcomes are). */
final class TherapyKinds {
    private TherapyKinds() {}

    /** The kind named {@code name} exactly, or null when there is none. */
    static Therapy.Kind of(String name) {
        for (Therapy.Kind kind : Therapy.Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
