package io.coverkit.server.dtr;

import io.coverkit.model.ClaimCriteria;
import io.coverkit.model.CodeList;
import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriteria;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.Scoped;
import io.coverkit.model.TimeTest;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Procedure;
import io.coverkit.server.dtr.FormItem.Gate;
import io.coverkit.server.dtr.FormItem.Kind;
import io.coverkit.server.dtr.FormItem.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The items of member criteria (facts, age, sex, quantities, events, diagnoses, earlier services)
 * and of scoped criteria, for {@link FormPlanner}. A criterion a clinician cannot sensibly answer
 * on a form (claim lines, therapy histories, orders, computed adherence...) becomes a display item
 * saying where the request must state it, and is listed in {@link #unsupported()}.
 */
final class MemberItems {

    /** The linkId of "has the member had an earlier service of this guideline's codes?". */
    static final String EARLIER = "service/earlier";
    /** The linkId of the date of that earlier service. */
    static final String EARLIER_DATE = "service/earlier-date";

    private final Guideline guideline;
    private final PositionStatement statement;
    private final LocalDate date;
    private final CoverageRequest known;
    private final FormPlanner planner;
    // What has been asked already (fact:NAME, observation:CODE, event:CODE, diagnosis:LIST, ...).
    private final Set<String> asked = new HashSet<>();
    private final List<String> unsupported = new ArrayList<>();
    private boolean earlierAsked;

    MemberItems(Guideline guideline, PositionStatement statement, LocalDate date, CoverageRequest known, FormPlanner planner) {
        this.guideline = guideline;
        this.statement = statement;
        this.date = date;
        this.known = known;
        this.planner = planner;
    }

    /** The criteria shown as text only, each {@code criterion/ID: what it tests}. */
    List<String> unsupported() {
        return List.copyOf(unsupported);
    }

    List<FormItem> items(MemberCriterion m) {
        MemberCriterion.Test test = m.test();
        String clause = "criterion/" + m.id();
        String published = m.text().isEmpty() ? MemberCriteria.describe(test) : m.text();
        if (test instanceof MemberCriterion.Fact fact) {
            if (!asked.add("fact:" + fact.name()) || known != null && known.facts().containsKey(fact.name())) {
                return List.of();
            }
            String text = m.text().isEmpty() ? "Does this hold for the member: " + words(fact.name()) + "?" : m.text();
            return List.of(FormItem.of(planner.linkId(clause), Kind.FACT, text, clause, fact.name()));
        }
        if (test instanceof MemberCriterion.AgeRange) {
            if (!asked.add("birth-date") || known != null && known.member().birthDate() != null) {
                return List.of();
            }
            return List.of(FormItem.of(planner.linkId("member/birth-date"), Kind.BIRTH_DATE,
                    "The member's date of birth (" + published + ")", clause, ""));
        }
        if (test instanceof MemberCriterion.Sex) {
            if (!asked.add("sex") || known != null && known.member().sex() != null) {
                return List.of();
            }
            return List.of(FormItem.of(planner.linkId("member/sex"), Kind.SEX, "The member's sex (" + published + ")", clause, "")
                    .withOptions(List.of(new Option("female", "Female"), new Option("male", "Male")), false, false));
        }
        if (test instanceof MemberCriterion.Threshold t) {
            return threshold(t, clause, published);
        }
        if (test instanceof MemberCriterion.Since since) {
            List<FormItem> items = new ArrayList<>(event(since.event(), clause, "Date(s) of " + words(since.event()) + " (" + published + ")"));
            if (!since.anchor().isEmpty()) {
                items.addAll(event(since.anchor(), clause, "Date(s) of " + words(since.anchor()) + ", which " + published
                        + " counts back from"));
            }
            return items;
        }
        if (test instanceof MemberCriterion.Frequency) {
            return earlierService(clause);
        }
        if (test instanceof MemberCriterion.Diagnosis d) {
            return diagnosis(d.list(), clause, published);
        }
        if (test instanceof TimeTest.Occurred o && simple(o.event()) && simple(o.anchor())) {
            List<FormItem> items = new ArrayList<>();
            for (TimeTest.Ref ref : List.of(o.event(), o.anchor())) {
                if (ref.kind() == TimeTest.Ref.Kind.EVENT) {
                    items.addAll(event(ref.code(), clause, "Date(s) of " + words(ref.code()) + " (" + published + ")"));
                }
            }
            return items;
        }
        if (test instanceof TimeTest.Count c && simple(c.event()) && simple(c.anchor())) {
            List<FormItem> items = new ArrayList<>(event(c.event().code(), clause,
                    "Date of every " + words(c.event().code()) + " (" + published + ")"));
            if (c.anchor().kind() == TimeTest.Ref.Kind.EVENT) {
                items.addAll(event(c.anchor().code(), clause, "Date(s) of " + words(c.anchor().code()) + " (" + published + ")"));
            }
            return items;
        }
        return List.of(display(m, clause, published));
    }

    private static boolean simple(TimeTest.Ref ref) {
        return ref.kind() == TimeTest.Ref.Kind.EVENT || ref.kind() == TimeTest.Ref.Kind.SERVICE;
    }

    private List<FormItem> threshold(MemberCriterion.Threshold t, String clause, String published) {
        Optional<DerivedQuantity> derived = statement.derived().stream().filter(d -> d.name().equals(t.quantity())).findFirst();
        if (derived.isPresent()) {
            DerivedQuantity d = derived.get();
            List<FormItem> items = new ArrayList<>();
            for (String factor : List.of(d.factor(), d.otherFactor())) {
                items.addAll(observation(factor, "", "", clause, "The member's " + words(factor) + " (" + t.quantity() + " is "
                        + d.describe() + "; " + published + ")"));
            }
            return items;
        }
        String by = t.method().isEmpty() ? "" : " measured by " + t.method();
        return observation(t.quantity(), t.method(), t.unit(), clause, "The member's latest " + words(t.quantity()) + by
                + (t.unit().isEmpty() ? "" : ", in " + t.unit()) + " (" + published + ")");
    }

    private List<FormItem> observation(String code, String method, String unit, String clause, String text) {
        String key = method.isEmpty() ? code : code + "#" + method;
        if (!asked.add("observation:" + key) || known != null && known.observations().stream()
                .anyMatch(o -> o.code().equals(code) && (method.isEmpty() || method.equals(o.method())))) {
            return List.of();
        }
        String linkId = "observation/" + code + (method.isEmpty() ? "" : "/" + method);
        return List.of(FormItem.of(planner.linkId(linkId), Kind.OBSERVATION, text, clause, key).withUnit(unit));
    }

    private List<FormItem> event(String code, String clause, String text) {
        if (!asked.add("event:" + code) || known != null && known.events().stream().anyMatch(e -> e.code().equals(code))) {
            return List.of();
        }
        FormItem item = FormItem.of(planner.linkId("event/" + code), Kind.EVENT_DATE, text, clause, code);
        return List.of(item.withOptions(List.of(), false, true));
    }

    private List<FormItem> diagnosis(String list, String clause, String published) {
        if (!asked.add("diagnosis:" + list) || knownDiagnosis(list) != null) {
            return List.of();
        }
        return List.of(FormItem.of(planner.linkId("diagnosis/" + list), Kind.DIAGNOSIS,
                "The member's ICD-10-CM diagnosis code for " + words(list) + " (" + published + ")", clause, list));
    }

    // True, false, or null when the known request does not say whether a diagnosis is in the list.
    private Boolean knownDiagnosis(String list) {
        if (known == null || known.diagnoses().isEmpty()) {
            return null;
        }
        DiagnosisList codes = statement.diagnosisList(list).orElse(null);
        for (Diagnosis d : known.diagnoses()) {
            if (codes != null && "ICD-10-CM".equals(d.system()) && codes.match(d.code()) != null) {
                return true;
            }
        }
        return false;
    }

    // Asked once per form: whether there was an earlier service, and when (enabled by a yes).
    private List<FormItem> earlierService(String clause) {
        if (earlierAsked || knownEarlier() != null) {
            return List.of();
        }
        earlierAsked = true;
        String codes = String.join(", ", codesInForce().stream().map(c -> c.system() + " " + c.code()).toList());
        return List.of(
                FormItem.of(planner.linkId(EARLIER), Kind.EARLIER_SERVICE,
                        "Has the member had an earlier service of this guideline's codes (" + codes + ") before the date of service?",
                        clause, ""),
                FormItem.of(planner.linkId(EARLIER_DATE), Kind.EARLIER_SERVICE_DATE, "Date of the most recent earlier service",
                        clause, "").asRequired().gatedBy(Gate.isTrue(EARLIER)));
    }

    private Boolean knownEarlier() {
        if (known == null) {
            return null;
        }
        Set<String> codes = new HashSet<>();
        for (ProcedureCode c : codesInForce()) {
            codes.add(c.code());
        }
        boolean any = known.priorServices().stream().anyMatch(p -> codes.contains(p.code()) && p.date() != null
                && p.date().isBefore(known.dateOfService()));
        if (any) {
            return true;
        }
        return known.complete().contains("priorServices") ? Boolean.FALSE : null;
    }

    private List<ProcedureCode> codesInForce() {
        return guideline.billing().codes().stream().filter(c -> c.validity().inForceOn(date)).toList();
    }

    List<FormItem> scoped(Scoped scoped) {
        Boolean applies = knownScope(scoped.scope());
        if (Boolean.FALSE.equals(applies)) {
            return List.of();
        }
        List<FormItem> inner = planner.criterion(scoped.criterion());
        if (inner.isEmpty()) {
            return inner;
        }
        List<FormItem> out = new ArrayList<>();
        Gate gate = null;
        if (applies == null) {
            Scoped.Scope scope = scoped.scope();
            if (scope instanceof Scoped.InitialService || scope instanceof Scoped.SubsequentService) {
                out.addAll(earlierService(""));
                gate = earlierAsked ? Gate.is(EARLIER, scope instanceof Scoped.SubsequentService) : null;
            } else if (scope instanceof Scoped.StatedDiagnosis d) {
                List<FormItem> asking = diagnosis(d.list(), "", "the criteria for " + d.describe());
                out.addAll(asking);
                gate = asking.isEmpty() ? null : Gate.answered(asking.get(0).linkId());
            }
        }
        Scoped.Scope scope = scoped.scope();
        String heading = scope.heading().isEmpty() ? "For " + scope.describe() + ":" : scope.heading();
        String text = scope.text().isEmpty() ? heading : heading + " " + scope.text();
        FormItem group = FormItem.group(planner.linkId("scope/" + scope.id()), text, inner);
        out.add(gate == null ? group : group.gatedBy(gate));
        return out;
    }

    // Whether a scope covers the known request: null when it cannot tell (or nothing is known).
    private Boolean knownScope(Scoped.Scope scope) {
        if (known == null) {
            return null;
        }
        if (scope instanceof Scoped.InitialService || scope instanceof Scoped.SubsequentService) {
            Boolean earlier = knownEarlier();
            return earlier == null ? null : earlier == (scope instanceof Scoped.SubsequentService);
        }
        if (scope instanceof Scoped.StatedDiagnosis d) {
            return knownDiagnosis(d.list());
        }
        if (scope instanceof Scoped.RequestedDrug drug && known.priorAuthorization() != null) {
            return drug.drug().equals(known.priorAuthorization().drug());
        }
        if (scope instanceof Scoped.RequestedCodes codes && !known.procedures().isEmpty()) {
            return known.procedures().stream().anyMatch(p -> admits(codes, p));
        }
        return null;
    }

    private boolean admits(Scoped.RequestedCodes scope, Procedure p) {
        boolean code = scope.codes().isEmpty() && scope.group() == null
                ? codesInForce().stream().anyMatch(c -> c.code().equals(p.code()))
                : scope.codes().contains(p.code()) || scope.group() != null && guideline.billing().codeLists().stream()
                        .filter(l -> l.group().equals(scope.group())).map(CodeList::codes).flatMap(List::stream)
                        .anyMatch(c -> c.code().equals(p.code()));
        return code && (scope.modifier() == null || p.modifiers().contains(scope.modifier()));
    }

    private FormItem display(MemberCriterion m, String clause, String published) {
        String where = ClaimCriteria.describe(m.test()) != null ? "the order or claim states it (codes, modifiers, units,"
                + " place of service, prescriber, channel, authorizations, documents on file)"
                : therapy(m.test()) ? "the request's therapy history states it (medications and therapies sent with the order)"
                : "the request states it in its coverkit fields (see docs/dtr.md)";
        unsupported.add(clause + ": " + MemberCriteria.describe(m.test()));
        return FormItem.of(planner.linkId(clause), Kind.DISPLAY, published + " [Not asked on this form: "
                + MemberCriteria.describe(m.test()) + "; " + where + ".]", clause, "");
    }

    private static boolean therapy(MemberCriterion.Test test) {
        return test instanceof MemberCriterion.Tried || test instanceof MemberCriterion.Taking || test instanceof MemberCriterion.Cap
                || test instanceof TimeTest.Lasted;
    }

    private static String words(String id) {
        return id.replace('-', ' ').toLowerCase(Locale.ROOT);
    }
}
