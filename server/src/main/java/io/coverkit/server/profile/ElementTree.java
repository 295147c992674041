package io.coverkit.server.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * A StructureDefinition's snapshot as a tree: for each element, its children grouped by name,
 * each group with its unsliced definition and its slices. Built once per profile and shared.
 */
final class ElementTree {

    /** The definitions of one child name under an element: the base one and its slices. */
    static final class Group {
        private final String name;
        private ElementDefinition base;
        private final List<ElementDefinition> slices = new ArrayList<>();

        Group(String name) {
            this.name = name;
        }

        /** The element name as it appears in the instance ({@code value[x]}, {@code extension}). */
        String name() {
            return name;
        }

        /** The unsliced definition (carries the slicing and the overall cardinality); may be null. */
        ElementDefinition base() {
            return base;
        }

        List<ElementDefinition> slices() {
            return slices;
        }
    }

    private final StructureDefinition structure;
    private final ElementDefinition root;
    private final Map<String, Map<String, Group>> childrenById = new HashMap<>();
    private final Map<String, String> idByPath = new HashMap<>();
    private final Map<String, ElementDefinition> byId = new HashMap<>();

    ElementTree(StructureDefinition structure) {
        this.structure = structure;
        List<ElementDefinition> elements = structure.getSnapshot().getElement();
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("profile " + structure.getUrl() + " has no snapshot");
        }
        this.root = elements.get(0);
        for (ElementDefinition e : elements) {
            String id = idOf(e);
            byId.put(id, e);
            if (!e.hasSliceName() && !idByPath.containsKey(e.getPath())) {
                idByPath.put(e.getPath(), id);
            }
            int dot = id.lastIndexOf('.');
            if (dot < 0) {
                continue;
            }
            String parent = id.substring(0, dot);
            String segment = id.substring(dot + 1);
            int colon = segment.indexOf(':');
            String name = colon < 0 ? segment : segment.substring(0, colon);
            if (colon >= 0 && segment.indexOf('/', colon) >= 0) {
                // re-slices are beyond what the checker models (it slices by url only)
                continue;
            }
            Group group = childrenById
                    .computeIfAbsent(parent, k -> new LinkedHashMap<>())
                    .computeIfAbsent(name, Group::new);
            if (colon < 0) {
                group.base = e;
            } else {
                group.slices.add(e);
            }
        }
    }

    StructureDefinition structure() {
        return structure;
    }

    ElementDefinition root() {
        return root;
    }

    /** The child groups of an element (following a content reference), empty for a leaf. */
    Map<String, Group> children(ElementDefinition element) {
        String id = idOf(element);
        if (element.hasContentReference()) {
            String path = referencedPath(element);
            id = idByPath.getOrDefault(path, path);
        }
        Map<String, Group> groups = childrenById.get(id);
        return groups == null ? Collections.emptyMap() : groups;
    }

    /** The element a content reference points at (e.g. Questionnaire.item for item.item), or the element itself. */
    ElementDefinition resolve(ElementDefinition element) {
        if (!element.hasContentReference()) {
            return element;
        }
        String path = referencedPath(element);
        ElementDefinition target = byId.get(idByPath.getOrDefault(path, path));
        return target == null ? element : target;
    }

    /**
     * The path a content reference names: {@code #Questionnaire.item}, or in newer snapshots
     * {@code http://hl7.org/fhir/StructureDefinition/Questionnaire#Questionnaire.item}; either way
     * this profile's own element of that path, which carries the profile's constraints on it.
     */
    private static String referencedPath(ElementDefinition element) {
        String ref = element.getContentReference();
        int hash = ref.indexOf('#');
        return hash < 0 ? ref : ref.substring(hash + 1);
    }

    static String idOf(ElementDefinition e) {
        return e.hasId() ? e.getId() : e.getPath();
    }
}
