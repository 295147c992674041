package io.coverkit.server.profile;

import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.context.IWorkerContext;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.model.Base;

/**
 * One thread's FHIRPath engine with its parsed expressions. HAPI's engine keeps per-evaluation
 * state, so each thread gets its own (see {@link ProfileChecker}); never share an instance.
 */
final class FhirPathRunner {

    private final FHIRPathEngine engine;
    private final Map<String, ExpressionNode> parsed = new HashMap<>();

    FhirPathRunner(IWorkerContext context) {
        this.engine = new FHIRPathEngine(context);
    }

    /**
     * Evaluates a constraint's expression at an element.
     *
     * @param resource the resource the element is in (FHIRPath's {@code %resource}), may be null
     * @param root the outermost resource ({@code %rootResource}), may be null
     * @param focus the element the constraint is about
     */
    boolean holds(Base resource, Base root, Base focus, String expression) {
        ExpressionNode node = parsed.get(expression);
        if (node == null) {
            node = engine.parse(expression);
            parsed.put(expression, node);
        }
        return engine.evaluateToBoolean(null, resource, root, focus, node);
    }
}
