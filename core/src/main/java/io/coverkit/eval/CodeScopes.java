package io.coverkit.eval;

import io.coverkit.model.Scoped;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Procedure;
import java.util.List;

/** Which requests a {@code forCodes} scope covers: one of its procedures is of the codes, with the modifier. */
final class CodeScopes {
    private CodeScopes() {}

    /** The index of the first requested procedure the scope covers, or -1. */
    static int procedureAt(Scoped.RequestedCodes scope, CoverageRequest request, RevisionContext context) {
        List<Procedure> procedures = request.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            if (ofCodes(scope, p, context) && (scope.modifier() == null || p.modifiers().contains(scope.modifier()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean ofCodes(Scoped.RequestedCodes scope, Procedure p, RevisionContext context) {
        if (scope.codes().isEmpty() && scope.group() == null) {
            return context.serviceCodes().contains(p.system(), p.code());
        }
        if (scope.codes().contains(p.code())) {
            return true;
        }
        ServiceCodes group = scope.group() == null ? null : context.codeGroups().get(scope.group());
        return group != null && group.contains(p.system(), p.code());
    }

    /** Why the scope does not cover the request, or null when it does. */
    static String skipReason(Scoped.RequestedCodes scope, CoverageRequest request, RevisionContext context) {
        if (procedureAt(scope, request, context) >= 0) {
            return null;
        }
        if (scope.modifier() != null) {
            for (Procedure p : request.procedures()) {
                if (ofCodes(scope, p, context)) {
                    return "the request's " + p.system() + " " + p.code() + " does not carry modifier " + scope.modifier()
                            + (p.modifiers().isEmpty() ? "" : " (it carries " + String.join(", ", p.modifiers()) + ")");
                }
            }
        }
        return "the request has no procedure of " + scope.codesDescribed();
    }
}
