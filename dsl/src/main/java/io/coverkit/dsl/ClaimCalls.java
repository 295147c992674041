package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.ClaimCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Scoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the claim context criteria ({@code modifier}, {@code units}, {@code placeOfService},
 * {@code prescriber}, {@code channel}, {@code authorizationOnFile}, {@code documented}) and the
 * {@code forCodes} scope from their calls, reporting arguments that contradict each other or
 * leave the criterion nothing to test at the call's line and column. Kept apart from
 * {@link ModelBuilder}, which only dispatches to it.
 */
final class ClaimCalls {

    /** The criteria keywords this class builds. */
    static final Set<String> CRITERIA = Set.of("modifier", "units", "placeOfService", "prescriber", "channel",
            "authorizationOnFile", "documented", "billed");

    private final Diagnostics diagnostics;

    ClaimCalls(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The test of a claim context call, or empty when its arguments are contradictory or incomplete (reported). */
    Optional<MemberCriterion.Test> test(Call call) {
        return switch (call.name()) {
            case "modifier" -> filter(call).map(f -> new ClaimCriteria.Modifier(texts(call), f));
            case "units" -> units(call);
            case "placeOfService" -> Optional.of(new ClaimCriteria.PlaceOfService(texts(call)));
            case "prescriber" -> prescriber(call);
            case "channel" -> Optional.of(new ClaimCriteria.Channel(texts(call)));
            case "authorizationOnFile" -> authorization(call);
            case "documented" -> Optional.of(new ClaimCriteria.Documented(call.text(0), call.text("loinc")));
            case "billed" -> codesScope(call).map(scope -> {
                Scoped.RequestedCodes c = (Scoped.RequestedCodes) scope;
                return new ClaimCriteria.Billed(c.codes(), c.group(), c.modifier());
            });
            default -> throw new IllegalStateException("not a claim context keyword: " + call.name());
        };
    }

    /** The kind of outcome statement a keyword writes, or null when it writes none. */
    static io.coverkit.model.OutcomeStatement.Kind outcomeKind(String keyword) {
        for (io.coverkit.model.OutcomeStatement.Kind kind : io.coverkit.model.OutcomeStatement.Kind.values()) {
            if (kind.keyword().equals(keyword)) {
                return kind;
            }
        }
        return null;
    }

    /** The id a claim context criterion gets when the policy gives none. */
    static String defaultId(Call call, MemberCriterion.Test test) {
        if (test instanceof ClaimCriteria.Units u) {
            return "units" + (u.min() == null ? "" : "-at-least-" + u.min()) + (u.max() == null ? "" : "-at-most-" + u.max())
                    + (u.per() == null ? "" : "-per-" + u.per().describe().replace(' ', '-'));
        }
        if (test instanceof ClaimCriteria.Prescriber p) {
            return "prescriber-" + (p.specialties().isEmpty() ? p.credentials().get(0) : p.specialties().get(0));
        }
        if (test instanceof ClaimCriteria.AuthorizationOnFile) {
            return "authorization-on-file";
        }
        if (test instanceof ClaimCriteria.Documented d) {
            return "documented-" + d.element();
        }
        if (test instanceof ClaimCriteria.Billed b) {
            return "billed-" + b.asScope().id();
        }
        String first = call.text(0).toLowerCase(java.util.Locale.ROOT);
        return switch (call.name()) {
            case "modifier" -> "modifier-" + first;
            case "placeOfService" -> "place-of-service-" + first;
            default -> "channel-" + first;
        };
    }

    /** The scope of a {@code forCodes} call, or empty when it names nothing to scope by (reported). */
    Optional<Scoped.Scope> codesScope(Call call) {
        List<String> codes = texts(call);
        String group = call.named().containsKey("group") ? call.text("group") : null;
        String modifier = call.named().containsKey("modifier") ? call.text("modifier") : null;
        if (codes.isEmpty() && group == null && modifier == null) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`" + call.name() + "` needs codes, a `group:` or a `modifier:`",
                    call.name().equals("billed") ? "write it as `billed 'A9279'` or `billed group: 'bilevel'`"
                            : "write it as `forCodes('E0601') { ... }` or `forCodes(group: 'bilevel', modifier: 'RR') { ... }`");
            return Optional.empty();
        }
        if (duplicate(call, codes)) {
            return Optional.empty();
        }
        return Optional.of(new Scoped.RequestedCodes(codes, group, modifier, call.text("heading"), call.text("text")));
    }

    // The positional texts, in written order: the alternatives of a criterion.
    private static List<String> texts(Call call) {
        List<String> out = new ArrayList<>();
        for (Value v : call.positional()) {
            out.add(((Value.Text) v).text());
        }
        return out;
    }

    private boolean duplicate(Call call, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.indexOf(values.get(i)) != i) {
                diagnostics.error(DiagnosticCode.R004, call.positional().get(i).at(), "`" + values.get(i) + "` is named twice in `"
                        + call.name() + "`", "name each once");
                return true;
            }
        }
        return false;
    }

    private Optional<ClaimCriteria.CodeFilter> filter(Call call) {
        if (duplicate(call, texts(call))) {
            return Optional.empty();
        }
        boolean code = call.named().containsKey("code");
        boolean group = call.named().containsKey("group");
        if (code && group) {
            diagnostics.error(DiagnosticCode.C030, call.named().get("group").at(), "`" + call.name() + "` takes `code:` or `group:`, not both",
                    "declare the code in the group, or write two criteria");
            return Optional.empty();
        }
        return Optional.of(new ClaimCriteria.CodeFilter(code ? call.text("code") : null, group ? call.text("group") : null));
    }

    private Optional<MemberCriterion.Test> units(Call call) {
        Optional<ClaimCriteria.CodeFilter> filter = filter(call);
        if (filter.isEmpty()) {
            return Optional.empty();
        }
        Long atLeast = whole(call, "atLeast");
        Long moreThan = whole(call, "moreThan");
        Long atMost = whole(call, "atMost");
        Long lessThan = whole(call, "lessThan");
        if (atLeast == null && moreThan == null && atMost == null && lessThan == null) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`units` needs a bound: `atLeast:`, `moreThan:`, `atMost:` or `lessThan:`",
                    "write it as `units atMost: 3, per: 90.days`");
            return Optional.empty();
        }
        if (atLeast != null && moreThan != null || atMost != null && lessThan != null) {
            diagnostics.error(DiagnosticCode.C030, call.at(), "`units` takes one lower bound (`atLeast:` or `moreThan:`) and one upper "
                    + "bound (`atMost:` or `lessThan:`)", "keep the one the text states");
            return Optional.empty();
        }
        Long min = atLeast != null ? atLeast : moreThan != null ? moreThan + 1 : null;
        Long max = atMost != null ? atMost : lessThan != null ? lessThan - 1 : null;
        if (max != null && max < 0 || min != null && max != null && min > max) {
            diagnostics.error(DiagnosticCode.C030, call.at(), "no number of units meets these bounds", "check the bounds against the text");
            return Optional.empty();
        }
        return Optional.of(new ClaimCriteria.Units(min == null ? null : min.intValue(), max == null ? null : max.intValue(),
                call.span("per").orElse(null), filter.get()));
    }

    private static Long whole(Call call, String key) {
        Value v = call.named().get(key);
        return v == null ? null : ((Value.Whole) v).value();
    }

    private Optional<MemberCriterion.Test> prescriber(Call call) {
        List<String> specialties = texts(call);
        List<String> credentials = call.named().containsKey("credential") ? List.of(call.text("credential")) : List.of();
        boolean consultation = call.bool("consultation").orElse(false);
        if (specialties.isEmpty() && credentials.isEmpty()) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`prescriber` needs a specialty or a `credential:`",
                    "write it as `prescriber 'dermatology', 'allergy-immunology', consultation: true`");
            return Optional.empty();
        }
        if (consultation && specialties.isEmpty()) {
            diagnostics.error(DiagnosticCode.C030, call.named().get("consultation").at(),
                    "`consultation: true` counts a consulted specialty, but `prescriber` names none", "name the specialties first");
            return Optional.empty();
        }
        if (duplicate(call, specialties)) {
            return Optional.empty();
        }
        return Optional.of(new ClaimCriteria.Prescriber(specialties, credentials, consultation));
    }

    private Optional<MemberCriterion.Test> authorization(Call call) {
        boolean current = call.bool("current").orElse(false);
        if (current && call.named().containsKey("within")) {
            diagnostics.error(DiagnosticCode.C030, call.named().get("within").at(),
                    "`current: true` asks for an authorization covering the date of service; `within:` would also admit an ended one",
                    "keep one of them");
            return Optional.empty();
        }
        return Optional.of(new ClaimCriteria.AuthorizationOnFile(current, call.span("within").orElse(null)));
    }
}
