package io.coverkit.server.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetFilterComponent;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionContainsComponent;

/**
 * Expands value sets from what the index holds, without a terminology server. A value set that
 * draws on a code system we do not have whole (CPT, SNOMED CT, LOINC, VSAC sets) or on a filter
 * other than is-a / descendent-of is reported as not expandable, never guessed. Results are cached;
 * safe to share between threads.
 */
final class LocalExpansions {

    /** A value set's codes, or why they could not be listed. */
    record Expansion(Set<String> codes, String unavailable) {

        static Expansion of(Set<String> codes) {
            return new Expansion(Set.copyOf(codes), null);
        }

        static Expansion unavailable(String why) {
            return new Expansion(Set.of(), why);
        }

        boolean available() {
            return unavailable == null;
        }

        /** Whether system|code is in the set; a null system matches any system (a bare {@code code}). */
        boolean contains(String system, String code) {
            if (system == null) {
                for (String c : codes) {
                    if (c.endsWith("|" + code)) {
                        return true;
                    }
                }
                return false;
            }
            return codes.contains(system + "|" + code);
        }
    }

    private final ConformanceIndex index;
    private final ConcurrentMap<String, Expansion> cache = new ConcurrentHashMap<>();

    LocalExpansions(ConformanceIndex index) {
        this.index = index;
    }

    Expansion expand(String valueSetUrl) {
        String key = ConformanceIndex.unversioned(valueSetUrl);
        Expansion known = cache.get(key);
        if (known != null) {
            return known;
        }
        Expansion computed = compute(key, new HashSet<>());
        cache.putIfAbsent(key, computed);
        return computed;
    }

    private Expansion compute(String url, Set<String> visiting) {
        if (!visiting.add(url)) {
            return Expansion.unavailable("value set " + url + " includes itself");
        }
        ValueSet vs = index.valueSet(url);
        if (vs == null) {
            return Expansion.unavailable("value set " + url + " is in neither the packages nor R4 core");
        }
        Set<String> codes = new HashSet<>();
        if (vs.hasExpansion() && vs.getExpansion().hasContains()) {
            addContains(vs.getExpansion().getContains(), codes);
            return Expansion.of(codes);
        }
        for (ConceptSetComponent include : vs.getCompose().getInclude()) {
            Expansion part = conceptSet(include, visiting);
            if (!part.available()) {
                return Expansion.unavailable(part.unavailable());
            }
            codes.addAll(part.codes());
        }
        for (ConceptSetComponent exclude : vs.getCompose().getExclude()) {
            Expansion part = conceptSet(exclude, visiting);
            if (!part.available()) {
                return Expansion.unavailable(part.unavailable());
            }
            codes.removeAll(part.codes());
        }
        return Expansion.of(codes);
    }

    private static void addContains(List<ValueSetExpansionContainsComponent> contains, Set<String> codes) {
        for (ValueSetExpansionContainsComponent c : contains) {
            if (c.hasCode()) {
                codes.add(c.getSystem() + "|" + c.getCode());
            }
            addContains(c.getContains(), codes);
        }
    }

    /** One include or exclude: its system part intersected with each value set it names. */
    private Expansion conceptSet(ConceptSetComponent set, Set<String> visiting) {
        Set<String> codes = null;
        if (set.hasSystem()) {
            Expansion fromSystem = fromSystem(set);
            if (!fromSystem.available()) {
                return fromSystem;
            }
            codes = new HashSet<>(fromSystem.codes());
        }
        for (org.hl7.fhir.r4.model.CanonicalType vsRef : set.getValueSet()) {
            Expansion other = compute(ConformanceIndex.unversioned(vsRef.getValue()), new HashSet<>(visiting));
            if (!other.available()) {
                return other;
            }
            if (codes == null) {
                codes = new HashSet<>(other.codes());
            } else {
                codes.retainAll(other.codes());
            }
        }
        return Expansion.of(codes == null ? Set.of() : codes);
    }

    private Expansion fromSystem(ConceptSetComponent set) {
        String system = set.getSystem();
        Set<String> codes = new HashSet<>();
        if (set.hasConcept() && !set.hasFilter()) {
            // an enumerated list needs no code system: the value set itself says which codes
            set.getConcept().forEach(c -> codes.add(system + "|" + c.getCode()));
            return Expansion.of(codes);
        }
        CodeSystem cs = index.codeSystem(system);
        if (cs == null) {
            return Expansion.unavailable("code system " + system + " is not available locally");
        }
        if (cs.getContent() != CodeSystem.CodeSystemContentMode.COMPLETE) {
            return Expansion.unavailable("code system " + system + " is not held complete locally");
        }
        if (!set.hasFilter()) {
            addAll(cs.getConcept(), system, codes);
            return Expansion.of(codes);
        }
        Set<String> filtered = null;
        for (ConceptSetFilterComponent filter : set.getFilter()) {
            Set<String> matched = applyFilter(cs, filter);
            if (matched == null) {
                return Expansion.unavailable("filter " + filter.getProperty() + " " + filter.getOp().toCode() + " "
                        + filter.getValue() + " on " + system + " is not expanded locally");
            }
            if (filtered == null) {
                filtered = matched;
            } else {
                filtered.retainAll(matched);
            }
        }
        if (set.hasConcept()) {
            Set<String> listed = new HashSet<>();
            set.getConcept().forEach(c -> listed.add(system + "|" + c.getCode()));
            filtered.retainAll(listed);
        }
        return Expansion.of(filtered);
    }

    /** The codes a hierarchy filter selects, or null for a filter we do not evaluate. */
    private static Set<String> applyFilter(CodeSystem cs, ConceptSetFilterComponent filter) {
        if (!"concept".equals(filter.getProperty()) || filter.getOp() == null) {
            return null;
        }
        boolean includeSelf;
        switch (filter.getOp()) {
            case ISA:
                includeSelf = true;
                break;
            case DESCENDENTOF:
                includeSelf = false;
                break;
            default:
                return null;
        }
        ConceptDefinitionComponent root = find(cs.getConcept(), filter.getValue());
        if (root == null) {
            return new HashSet<>();
        }
        Set<String> codes = new HashSet<>();
        if (includeSelf) {
            codes.add(cs.getUrl() + "|" + root.getCode());
        }
        addAll(root.getConcept(), cs.getUrl(), codes);
        return codes;
    }

    private static ConceptDefinitionComponent find(List<ConceptDefinitionComponent> concepts, String code) {
        for (ConceptDefinitionComponent c : concepts) {
            if (code.equals(c.getCode())) {
                return c;
            }
            ConceptDefinitionComponent nested = find(c.getConcept(), code);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static void addAll(List<ConceptDefinitionComponent> concepts, String system, Set<String> codes) {
        for (ConceptDefinitionComponent c : concepts) {
            codes.add(system + "|" + c.getCode());
            addAll(c.getConcept(), system, codes);
        }
    }
}
