package io.coverkit.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A revision's procedure codes, looked up by system and code as the request states them. It
 * replaces looking up {@code system + " " + code} in a set of joined strings: on the LDCT benchmark
 * (GuidelineBenchmark, ncd-210.14) joining a string for every prior service and order, three times
 * per decision, was the largest cost after the findings' own text.
 *
 * @param bySystem the codes of each system
 * @param anySystem every code, whatever its system: an order names a code without its system
 */
public record ServiceCodes(Map<String, Set<String>> bySystem, Set<String> anySystem) {

    public ServiceCodes {
        bySystem = Map.copyOf(bySystem);
        anySystem = Set.copyOf(anySystem);
    }

    /** The codes of {@code joined}, each {@code SYSTEM CODE} (systems and codes have no spaces). */
    public static ServiceCodes of(Set<String> joined) {
        Map<String, Set<String>> bySystem = new HashMap<>();
        Set<String> any = new HashSet<>();
        for (String c : joined) {
            int space = c.lastIndexOf(' ');
            String system = c.substring(0, space);
            String code = c.substring(space + 1);
            bySystem.computeIfAbsent(system, s -> new HashSet<>()).add(code);
            any.add(code);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        bySystem.forEach((system, codes) -> frozen.put(system, Set.copyOf(codes)));
        return new ServiceCodes(frozen, any);
    }

    /** True when {@code code} of {@code system} is one of the revision's codes. */
    public boolean contains(String system, String code) {
        Set<String> codes = bySystem.get(system);
        return codes != null && codes.contains(code);
    }

    /** True when some system of the revision has {@code code}. */
    public boolean containsCode(String code) {
        return anySystem.contains(code);
    }
}
