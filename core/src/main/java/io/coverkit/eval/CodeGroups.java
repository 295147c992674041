package io.coverkit.eval;

import io.coverkit.model.CodeList;
import io.coverkit.model.Guideline;
import io.coverkit.model.ProcedureCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The named code groups of one revision's billing section, by group name. */
final class CodeGroups {
    private CodeGroups() {}

    /** The groups of {@code g}, a guideline already reduced to one revision: a group may span several lists. */
    static Map<String, ServiceCodes> of(Guideline g) {
        Map<String, Set<String>> joined = new HashMap<>();
        for (CodeList list : g.billing().codeLists()) {
            if (list.group().isEmpty()) {
                continue;
            }
            Set<String> codes = joined.computeIfAbsent(list.group(), k -> new HashSet<>());
            for (ProcedureCode c : list.codes()) {
                codes.add(c.system() + " " + c.code());
            }
        }
        Map<String, ServiceCodes> groups = new HashMap<>();
        joined.forEach((name, codes) -> groups.put(name, ServiceCodes.of(codes)));
        return groups;
    }
}
