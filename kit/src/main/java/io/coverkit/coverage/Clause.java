package io.coverkit.coverage;

import io.coverkit.model.SourceRef;

/**
 * One thing a scenario can exercise: a clause a determination cites, the first day of a document
 * window or the day before it, or an outcome the decision can reach.
 *
 * @param id guideline-qualified, such as {@code 04-77260-19/indication/internal-motion}
 * @param label what the analyst reads in reports, such as {@code CPT 77387}
 * @param at where the policy file writes it
 */
public record Clause(String id, Kind kind, String label, SourceRef at) {

    /** What kind of thing the clause is, for grouping in reports. */
    public enum Kind {
        /** A procedure code in the code list. */
        CODE,
        /** An indication of the position statement. */
        INDICATION,
        /** A criterion about the member (age, sex, fact, quantity, frequency). */
        CRITERION,
        /** A required document. */
        DOCUMENT,
        /** The edge of a document's time frame: its first day, or the day before it. */
        WINDOW_EDGE,
        /** A program exception. */
        EXCEPTION,
        /** An outcome the decision can reach. */
        OUTCOME,
        /** Anything else a determination can cite (no code in scope, unknown content, ...). */
        OTHER
    }

    /** {@code file:line: id}, the form uncovered clauses are listed in. */
    public String located() {
        return at.file() + ":" + at.line() + ": " + id;
    }
}
