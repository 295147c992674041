package io.coverkit.eval;

import io.coverkit.model.TherapyClass;
import io.coverkit.request.Therapy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A revision's therapy class registry, by class id: which stated therapies are of a class. A
 * therapy is of a class when its drug is a member, or when the request names the class itself;
 * a therapy whose stated kind differs from the class's kind is not of it, so a request that
 * states phototherapy as a drug, say, does not pass a class of procedures by its name alone.
 */
public final class TherapyRegistry {

    /** A guideline without therapy classes. */
    static final TherapyRegistry NONE = new TherapyRegistry(List.of());

    private final Map<String, TherapyClass> classes = new HashMap<>();

    /** The registry of {@code classes}; the first of two with one id wins, as validation forbids two. */
    public TherapyRegistry(List<TherapyClass> classes) {
        for (TherapyClass c : classes) {
            this.classes.putIfAbsent(c.id(), c);
        }
    }

    /** The class with id {@code id}, or null. */
    public TherapyClass get(String id) {
        return classes.get(id);
    }

    /** True when {@code t} is a therapy of class {@code id}; false for a class the registry lacks. */
    public boolean admits(String id, Therapy t) {
        TherapyClass c = classes.get(id);
        if (c == null || !t.kind().name().equals(c.kind().name())) {
            return false;
        }
        return c.id().equals(t.drugClass()) || (!t.drug().isEmpty() && c.members().contains(t.drug()));
    }
}
