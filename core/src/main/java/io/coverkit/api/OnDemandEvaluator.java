package io.coverkit.api;

import io.coverkit.eval.Evaluator;
import java.util.function.Supplier;

/**
 * One guideline's evaluator, made when it is first asked for and then kept. A library loaded for
 * one short command compiles only the guideline its request names. Safe to share between threads:
 * the evaluator is made once.
 */
final class OnDemandEvaluator {

    private Supplier<Evaluator> make;
    private volatile Evaluator evaluator;

    private OnDemandEvaluator(Supplier<Evaluator> make, Evaluator evaluator) {
        this.make = make;
        this.evaluator = evaluator;
    }

    /** An evaluator made already. */
    static OnDemandEvaluator of(Evaluator evaluator) {
        return new OnDemandEvaluator(null, evaluator);
    }

    /** An evaluator that {@code make} makes on first use. */
    static OnDemandEvaluator later(Supplier<Evaluator> make) {
        return new OnDemandEvaluator(make, null);
    }

    /** The evaluator, made now if it was not yet. */
    Evaluator get() {
        Evaluator made = evaluator;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (evaluator == null) {
                evaluator = make.get();
                make = null;
            }
            return evaluator;
        }
    }
}
