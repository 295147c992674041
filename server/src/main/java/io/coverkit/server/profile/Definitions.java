package io.coverkit.server.profile;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * The index plus what is derived from it on demand and cached: element trees per profile and
 * value-set expansions. Safe to share between threads.
 */
final class Definitions {

    private final ConformanceIndex index;
    private final LocalExpansions expansions;
    private final ConcurrentMap<String, Optional<ElementTree>> trees = new ConcurrentHashMap<>();

    Definitions(ConformanceIndex index) {
        this.index = index;
        this.expansions = new LocalExpansions(index);
    }

    ConformanceIndex index() {
        return index;
    }

    LocalExpansions expansions() {
        return expansions;
    }

    /** The element tree of the profile with this canonical, or null when it is not known. */
    ElementTree tree(String url) {
        if (url == null) {
            return null;
        }
        return trees.computeIfAbsent(ConformanceIndex.unversioned(url), u -> {
                    StructureDefinition sd = index.structure(u);
                    return sd == null || !sd.hasSnapshot() ? Optional.empty() : Optional.of(new ElementTree(sd));
                })
                .orElse(null);
    }

    /** The element tree of an R4 type or resource, by name, or null. */
    ElementTree typeTree(String typeName) {
        return tree("http://hl7.org/fhir/StructureDefinition/" + typeName);
    }
}
