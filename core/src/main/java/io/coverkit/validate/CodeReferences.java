package io.coverkit.validate;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.ClaimCriteria;
import io.coverkit.model.CodeList;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.Scoped;
import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks what claim context criteria and code scopes name: a code the billing section lists, a
 * code group it declares, a window that holds a day. A criterion about a code the guideline does
 * not list could never see a request (an out-of-scope request is not applicable), so it is an error.
 */
final class CodeReferences {
    private final Diagnostics d;
    private final Set<String> codes = new LinkedHashSet<>();
    private final Set<String> groups = new LinkedHashSet<>();

    CodeReferences(Guideline guideline, Diagnostics d) {
        this.d = d;
        for (CodeList list : guideline.billing().codeLists()) {
            if (!list.group().isEmpty()) {
                groups.add(list.group());
            }
            for (ProcedureCode c : list.codes()) {
                codes.add(c.code());
            }
        }
    }

    /** Checks a member criterion's claim context test, if it has one. */
    void member(MemberCriterion m) {
        MemberCriterion.Test test = m.test();
        ClaimCriteria.CodeFilter filter = test instanceof ClaimCriteria.Modifier mod ? mod.codes()
                : test instanceof ClaimCriteria.Units u ? u.codes() : null;
        if (filter != null) {
            if (filter.code() != null) {
                code(filter.code(), m.at());
            }
            if (filter.group() != null) {
                group(filter.group(), m.at());
            }
        }
        if (test instanceof ClaimCriteria.Billed b) {
            b.codes().forEach(code -> code(code, m.at()));
            if (b.group() != null) {
                group(b.group(), m.at());
            }
        }
        if (test instanceof ClaimCriteria.Units u && u.per() != null) {
            window(m.at(), "`per:`", u.per());
        }
        if (test instanceof ClaimCriteria.AuthorizationOnFile a && a.within() != null) {
            window(m.at(), "`within:`", a.within());
        }
    }

    /** Checks a scope's codes and group, if it is a code scope. */
    void scope(Scoped scoped) {
        if (scoped.scope() instanceof Scoped.RequestedCodes c) {
            for (String code : c.codes()) {
                code(code, scoped.at());
            }
            if (c.group() != null) {
                group(c.group(), scoped.at());
            }
        }
    }

    private void code(String code, SourceRef at) {
        if (!codes.contains(code)) {
            d.error(DiagnosticCode.C022, at, "code `" + code + "` is not in the guideline's code lists, so no request of it is "
                    + "ever decided here", declared("codes", new ArrayList<>(codes)));
        }
    }

    private void group(String group, SourceRef at) {
        if (!groups.contains(group)) {
            d.error(DiagnosticCode.C022, at, "no code group `" + group + "` is declared",
                    groups.isEmpty() ? "declare one with `codes('HCPCS', group: '" + group + "') { ... }` in `billingCoding`"
                            : declared("groups", new ArrayList<>(groups)));
        }
    }

    private void window(SourceRef at, String what, TimeSpan span) {
        if (span.amount() == 0) {
            d.error(DiagnosticCode.C018, at, "the window of " + what + " is " + span.describe() + ", which holds no day",
                    "a window is at least 1 of its unit, such as `1." + span.unit().written().replaceAll("s$", "") + "`");
        }
    }

    private static String declared(String what, List<String> names) {
        return names.isEmpty() ? "none are declared" : "declared " + what + ": " + String.join(", ", names);
    }
}
