package io.coverkit.eval;

/** Whether a criterion holds for a request: yes, no, or not known from what the request states. */
public enum Truth {
    MET,
    NOT_MET,
    UNKNOWN;

    /** Any-of: met if one is met, else unknown if one is unknown, else not met. */
    Truth or(Truth other) {
        if (this == MET || other == MET) {
            return MET;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NOT_MET;
    }

    /** All-of: not met if one is not met, else unknown if one is unknown, else met. */
    Truth and(Truth other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : MET;
    }

    /** Negation: met and not met swap; unknown stays unknown. */
    Truth not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
