package io.coverkit.server.profile;

import java.util.Map;
import java.util.function.BiPredicate;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * R4 core constraints the checker evaluates in Java instead of through HAPI's FHIRPath engine,
 * because the engine gets them wrong on common, valid data; each keeps the published meaning.
 *
 * <ul>
 *   <li>{@code ele-1} ("All FHIR elements must have a @value or children"): the engine's
 *       {@code children()} throws a NullPointerException on a Quantity without a system. It is
 *       also the constraint evaluated most often, so doing it directly saves time.
 *   <li>{@code ref-1} ("SHALL have a contained resource if a local reference is provided"): the
 *       engine returns an empty result for a Reference that carries only an identifier or a
 *       display, which would fail every such (valid) reference.
 *   <li>{@code que-7} ("If the operator is 'exists', the value must be a boolean"): R4 publishes it
 *       as {@code answer is Boolean}, which names FHIRPath's System type rather than FHIR's
 *       {@code boolean}, so the engine fails every {@code exists} condition, however well formed.
 * </ul>
 */
final class CoreConstraints {

    private static final Map<String, BiPredicate<Base, Resource>> NATIVE = Map.of(
            "ele-1", (value, root) -> hasValueOrChildren(value),
            "ref-1", CoreConstraints::localReferenceResolves,
            "que-7", (value, root) -> existsAnswersBoolean(value));

    private CoreConstraints() {}

    /** Whether the checker evaluates this constraint in Java. */
    static boolean isNative(String key) {
        return NATIVE.containsKey(key);
    }

    static boolean holds(String key, Base value, Resource root) {
        return NATIVE.get(key).test(value, root);
    }

    private static boolean hasValueOrChildren(Base value) {
        if (value.isPrimitive() && value.hasPrimitiveValue()) {
            return true;
        }
        for (Property p : value.children()) {
            if (!"id".equals(p.getName()) && p.hasValues()) {
                return true;
            }
        }
        return value instanceof Element && ((Element) value).hasExtension();
    }

    private static boolean existsAnswersBoolean(Base value) {
        if (!(value instanceof Questionnaire.QuestionnaireItemEnableWhenComponent)) {
            return true;
        }
        Questionnaire.QuestionnaireItemEnableWhenComponent when = (Questionnaire.QuestionnaireItemEnableWhenComponent) value;
        return when.getOperator() != Questionnaire.QuestionnaireItemOperator.EXISTS || when.getAnswer() instanceof BooleanType;
    }

    private static boolean localReferenceResolves(Base value, Resource root) {
        if (!(value instanceof Reference)) {
            return true;
        }
        String ref = ((Reference) value).getReference();
        if (ref == null || !ref.startsWith("#") || "#".equals(ref)) {
            return true;
        }
        if (!(root instanceof org.hl7.fhir.r4.model.DomainResource)) {
            // an extension checked on its own has no resource to hold contained resources
            return root == null;
        }
        String id = ref.substring(1).trim();
        for (Resource contained : ((org.hl7.fhir.r4.model.DomainResource) root).getContained()) {
            String cid = contained.getIdElement().getIdPart();
            if (cid != null && (cid.equals(id) || cid.equals("#" + id))) {
                return true;
            }
        }
        return false;
    }
}
