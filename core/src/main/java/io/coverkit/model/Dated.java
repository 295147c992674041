package io.coverkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Filters of dated content to what was in force on one date; used by {@link Guideline#asOf}. */
final class Dated {
    private Dated() {}

    // Loops rather than streams here and below: a guideline is filtered once per revision when it is
    // compiled, and in a command's fresh JVM every stream and lambda costs far more than the loop.

    /** The items of {@code all} in force on {@code date}, in order. */
    static <T extends InForce> List<T> inForce(List<T> all, LocalDate date) {
        List<T> kept = new ArrayList<>(all.size());
        for (T item : all) {
            if (item.validity().inForceOn(date)) {
                kept.add(item);
            }
        }
        return List.copyOf(kept);
    }

    static List<Paragraph> paragraphs(List<Paragraph> paragraphs, LocalDate date) {
        return inForce(paragraphs, date);
    }

    static Billing billing(Billing billing, LocalDate date) {
        List<CodeList> lists = new ArrayList<>();
        for (CodeList list : billing.codeLists()) {
            List<ProcedureCode> codes = inForce(list.codes(), date);
            if (!codes.isEmpty()) {
                lists.add(new CodeList(list.system(), codes, list.group(), list.caption(), list.at(), list.reading()));
            }
        }
        Documentation d = billing.documentation();
        Documentation documentation = new Documentation(
                paragraphs(d.paragraphs(), date),
                inForce(d.timeFrameModifiers(), date),
                inForce(d.requirements(), date),
                d.at());
        return new Billing(paragraphs(billing.paragraphs(), date), lists, documentation, billing.at());
    }

    /** The criterion tree with deleted criteria pruned; a combinator left empty disappears. */
    static Criterion criteria(Criterion root, LocalDate date) {
        Criterion kept = prune(root, date);
        return kept != null ? kept : new AnyOf(List.of(), root.at());
    }

    // The criterion as in force on `date`, or null when nothing of it is.
    private static Criterion prune(Criterion criterion, LocalDate date) {
        return criterion.accept(new Criterion.Visitor<Criterion>() {
            @Override
            public Criterion indication(Indication indication) {
                return indication.validity().inForceOn(date) ? indication : null;
            }

            @Override
            public Criterion member(MemberCriterion criterion) {
                return criterion.validity().inForceOn(date) ? criterion : null;
            }

            @Override
            public Criterion anyOf(AnyOf anyOf) {
                List<Criterion> kept = children(anyOf.criteria());
                return kept.isEmpty() ? null : new AnyOf(kept, anyOf.at());
            }

            @Override
            public Criterion allOf(AllOf allOf) {
                List<Criterion> kept = children(allOf.criteria());
                return kept.isEmpty() ? null : new AllOf(kept, allOf.at());
            }

            @Override
            public Criterion not(Not not) {
                Criterion kept = prune(not.criterion(), date);
                return kept == null ? null : new Not(kept, not.keyword(), not.at());
            }

            @Override
            public Criterion scoped(Scoped scoped) {
                Criterion kept = prune(scoped.criterion(), date);
                return kept == null ? null : new Scoped(scoped.scope(), kept, scoped.at());
            }

            private List<Criterion> children(List<Criterion> criteria) {
                List<Criterion> kept = new ArrayList<>(criteria.size());
                for (Criterion c : criteria) {
                    Criterion k = prune(c, date);
                    if (k != null) {
                        kept.add(k);
                    }
                }
                return List.copyOf(kept);
            }
        });
    }
}
