package io.coverkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Filters of dated content to what was in force on one date; used by {@link Guideline#asOf}. */
final class Dated {
    private Dated() {}

    static List<Paragraph> paragraphs(List<Paragraph> paragraphs, LocalDate date) {
        return paragraphs.stream().filter(p -> p.validity().inForceOn(date)).toList();
    }

    static Billing billing(Billing billing, LocalDate date) {
        List<CodeList> lists = new ArrayList<>();
        for (CodeList list : billing.codeLists()) {
            List<ProcedureCode> codes = list.codes().stream().filter(c -> c.validity().inForceOn(date)).toList();
            if (!codes.isEmpty()) {
                lists.add(new CodeList(list.system(), codes, list.at()));
            }
        }
        Documentation d = billing.documentation();
        Documentation documentation = new Documentation(
                paragraphs(d.paragraphs(), date),
                d.timeFrameModifiers().stream().filter(m -> m.validity().inForceOn(date)).toList(),
                d.requirements().stream().filter(r -> r.validity().inForceOn(date)).toList(),
                d.at());
        return new Billing(paragraphs(billing.paragraphs(), date), lists, documentation, billing.at());
    }

    /** The criterion tree with deleted criteria pruned; a combinator left empty disappears. */
    static Criterion criteria(Criterion root, LocalDate date) {
        return prune(root, date).orElseGet(() -> new AnyOf(List.of(), root.at()));
    }

    private static Optional<Criterion> prune(Criterion criterion, LocalDate date) {
        return criterion.accept(new Criterion.Visitor<Optional<Criterion>>() {
            @Override
            public Optional<Criterion> indication(Indication indication) {
                return indication.validity().inForceOn(date) ? Optional.of(indication) : Optional.empty();
            }

            @Override
            public Optional<Criterion> member(MemberCriterion criterion) {
                return criterion.validity().inForceOn(date) ? Optional.of(criterion) : Optional.empty();
            }

            @Override
            public Optional<Criterion> anyOf(AnyOf anyOf) {
                List<Criterion> kept = children(anyOf.criteria());
                return kept.isEmpty() ? Optional.empty() : Optional.of(new AnyOf(kept, anyOf.at()));
            }

            @Override
            public Optional<Criterion> allOf(AllOf allOf) {
                List<Criterion> kept = children(allOf.criteria());
                return kept.isEmpty() ? Optional.empty() : Optional.of(new AllOf(kept, allOf.at()));
            }

            @Override
            public Optional<Criterion> not(Not not) {
                return prune(not.criterion(), date).map(c -> new Not(c, not.keyword(), not.at()));
            }

            @Override
            public Optional<Criterion> scoped(Scoped scoped) {
                return prune(scoped.criterion(), date).map(c -> new Scoped(scoped.scope(), c, scoped.at()));
            }

            private List<Criterion> children(List<Criterion> criteria) {
                return criteria.stream().map(c -> prune(c, date)).flatMap(Optional::stream).toList();
            }
        });
    }
}
