package io.coverkit.server.fhir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources a hook request's prefetch carries, found by their resource type whatever the keys
 * are called (clients name them differently), and what is known about each type: found, queried
 * with nothing found (a {@code null} entry or an empty search Bundle), or not queried at all (no
 * entry), which is unknown. coverkit never fetches from the client's FHIR server: prefetch only.
 */
public final class Prefetch {

    /** What a prefetch says about one resource type. */
    public enum State {
        /** At least one resource of the type is present. */
        FOUND,
        /** The client looked and found none: an empty list, stated. */
        QUERIED_NONE,
        /** The client did not say: unknown. */
        NOT_QUERIED
    }

    // Longest names first, so a key such as `medicationStatements` is not read as `Medication`.
    private static final List<String> TYPES = List.of("QuestionnaireResponse", "MedicationStatement", "MedicationRequest",
            "DocumentReference", "ServiceRequest", "DeviceRequest", "Observation", "Appointment", "Condition", "Procedure",
            "Encounter", "Coverage", "Patient");

    private final Map<String, List<Resource>> byType = new LinkedHashMap<>();
    private final Set<String> queried = new LinkedHashSet<>();

    /** An empty prefetch: nothing queried. */
    public Prefetch() {}

    /**
     * Records a {@code null} entry: the client queried and found nothing. The type is read from the
     * key (coverkit's own template keys, or a key naming a resource type, such as {@code Conditions});
     * a key that names no type says nothing and is ignored.
     */
    public void addNone(String key) {
        typeNamedBy(key).ifPresent(queried::add);
    }

    /** Records one resource, or every entry of a Bundle (and, for an empty one, the type its key or search names). */
    public void add(String key, Resource resource) {
        if (resource instanceof Bundle bundle) {
            List<Resource> entries = new ArrayList<>();
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.getResource() != null) {
                    entries.add(e.getResource());
                }
            }
            if (entries.isEmpty()) {
                String self = bundle.getLink(Bundle.LINK_SELF) == null ? null : bundle.getLink(Bundle.LINK_SELF).getUrl();
                typeNamedBy(self != null ? self : key).or(() -> typeNamedBy(key)).ifPresent(queried::add);
            }
            entries.forEach(this::add);
            return;
        }
        add(resource);
    }

    private void add(Resource resource) {
        String type = resource.fhirType();
        queried.add(type);
        byType.computeIfAbsent(type, t -> new ArrayList<>()).add(resource);
    }

    /** The resources of a type, in prefetch order; empty when none (see {@link #state}). */
    @SuppressWarnings("unchecked")
    public <T extends Resource> List<T> all(Class<T> type) {
        return (List<T>) Collections.unmodifiableList(byType.getOrDefault(typeName(type), List.of()));
    }

    /** The resource a reference such as {@code ServiceRequest/sr-1} names, if the prefetch holds it. */
    public java.util.Optional<Resource> find(String reference) {
        if (reference == null || reference.indexOf('/') < 0) {
            return java.util.Optional.empty();
        }
        String[] parts = reference.split("/");
        String type = parts[parts.length - 2];
        String id = parts[parts.length - 1];
        for (Resource r : byType.getOrDefault(type, List.of())) {
            if (id.equals(r.getIdElement().getIdPart())) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /** What the prefetch says about a resource type. */
    public State state(Class<? extends Resource> type) {
        String name = typeName(type);
        if (byType.containsKey(name)) {
            return State.FOUND;
        }
        return queried.contains(name) ? State.QUERIED_NONE : State.NOT_QUERIED;
    }

    private static String typeName(Class<? extends Resource> type) {
        return type.getSimpleName();
    }

    /** The resource type a prefetch key or search URL names, if one. */
    static java.util.Optional<String> typeNamedBy(String key) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        String k = key.toLowerCase(Locale.ROOT);
        // A search URL names its type before `?`, after the last `/`.
        int q = k.indexOf('?');
        if (q >= 0) {
            String path = k.substring(0, q);
            k = path.substring(path.lastIndexOf('/') + 1);
        }
        for (String type : TYPES) {
            if (k.contains(type.toLowerCase(Locale.ROOT))) {
                return java.util.Optional.of(type);
            }
        }
        // coverkit's own template keys that name no type by its full name
        if (k.contains("document")) {
            return java.util.Optional.of("DocumentReference");
        }
        if (k.contains("medication")) {
            return java.util.Optional.of("MedicationRequest");
        }
        return java.util.Optional.empty();
    }
}
