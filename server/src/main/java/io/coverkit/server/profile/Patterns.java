package io.coverkit.server.profile;

import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Property;

/** FHIR's fixed[x] (exactly this value) and pattern[x] (at least these parts) comparisons. */
final class Patterns {

    private Patterns() {}

    static boolean sameValue(Base fixed, Base value) {
        if (fixed.isPrimitive() || value.isPrimitive()) {
            return fixed.isPrimitive() && value.isPrimitive() && equalPrimitive(fixed, value);
        }
        return fixed.equalsDeep(value);
    }

    /** Whether every part the pattern gives is present, with the same value, in the instance. */
    static boolean matches(Base pattern, Base value) {
        if (pattern.isPrimitive() || value.isPrimitive()) {
            return pattern.isPrimitive() && value.isPrimitive() && equalPrimitive(pattern, value);
        }
        for (Property part : pattern.children()) {
            if (!part.hasValues()) {
                continue;
            }
            List<Base> actual = valuesOf(value, part.getName());
            for (Base wanted : part.getValues()) {
                if (actual.stream().noneMatch(a -> matches(wanted, a))) {
                    return false;
                }
            }
        }
        return true;
    }

    static String describe(Base value) {
        if (value.isPrimitive()) {
            return "`" + value.primitiveValue() + "`";
        }
        StringBuilder out = new StringBuilder(value.fhirType()).append('(');
        boolean first = true;
        for (Property part : value.children()) {
            for (Base v : part.getValues()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(part.getName()).append('=').append(describe(v));
            }
        }
        return out.append(')').toString();
    }

    private static boolean equalPrimitive(Base a, Base b) {
        String x = a.primitiveValue();
        String y = b.primitiveValue();
        return x == null ? y == null : x.equals(y);
    }

    private static List<Base> valuesOf(Base parent, String name) {
        Property property = parent.getNamedProperty(name);
        return property == null ? List.of() : property.getValues();
    }
}
