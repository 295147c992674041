package io.coverkit.model;

import java.io.Serializable;

/**
 * A condition of a position statement: an indication, a fact about the member, or a combination
 * of criteria.
 *
 * <p>Sealed so that every evaluator, renderer and validator handles every kind; new kinds (diagnosis
 * lists, thresholds, frequency limits) join here and every visitor breaks until it handles them.
 */
public sealed interface Criterion extends Serializable permits Indication, AnyOf, AllOf, MemberCriterion, Not, Scoped {

    /** Where the criterion was written. */
    SourceRef at();

    /** Dispatches to the visitor method for this kind; adding a kind breaks every visitor at compile time. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of criterion (Java 17 has no pattern switch). */
    interface Visitor<R> {
        R indication(Indication indication);

        R anyOf(AnyOf anyOf);

        R allOf(AllOf allOf);

        R member(MemberCriterion criterion);

        R not(Not not);

        R scoped(Scoped scoped);
    }
}
