package io.coverkit.render;

import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Criterion;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.IcdRange;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.Scoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The criteria of a position statement as the published text lists them: one item per criterion in
 * written order, a prerequisite's documented elements under it, criteria published under their own
 * heading (such as additional criteria for one drug) after the main list; then the diagnosis lists
 * and experimental statements the criteria rely on.
 */
final class CriteriaText {
    private CriteriaText() {}

    static void render(PositionStatement statement, Consumer<String> para, Consumer<List<String>> list) {
        List<String> main = new ArrayList<>();
        List<Scoped> headed = new ArrayList<>();
        collect(statement.criteria(), main, headed);
        list.accept(main);
        for (Scoped scoped : headed) {
            Scoped.RequestedDrug drug = (Scoped.RequestedDrug) scoped.scope();
            para.accept(drug.heading());
            if (!drug.text().isEmpty()) {
                para.accept(drug.text());
            }
            List<String> items = new ArrayList<>();
            collect(scoped.criterion(), items, headed);
            list.accept(items);
        }
        for (DiagnosisList d : statement.diagnosisLists()) {
            para.accept("Diagnosis codes, " + d.name() + " (ICD-10-CM): "
                    + d.codes().stream().map(IcdRange::describe).collect(Collectors.joining(", ")));
        }
        for (ExperimentalStatement x : statement.experimental()) {
            para.accept(x.text());
        }
    }

    private static void collect(Criterion criterion, List<String> into, List<Scoped> headed) {
        criterion.accept(new Criterion.Visitor<Void>() {
            @Override
            public Void indication(Indication indication) {
                into.add(indication.text());
                return null;
            }

            @Override
            public Void anyOf(AnyOf anyOf) {
                anyOf.criteria().forEach(c -> collect(c, into, headed));
                return null;
            }

            @Override
            public Void allOf(AllOf allOf) {
                allOf.criteria().forEach(c -> collect(c, into, headed));
                return null;
            }

            @Override
            public Void member(MemberCriterion m) {
                if (m.text().isEmpty()) {
                    return null; // not a published line: part of one another criterion carries
                }
                String text = m.text();
                if (m.test() instanceof MemberCriterion.Prerequisite p) {
                    text += p.elements().stream().map(e -> "\n  - " + e.text()).collect(Collectors.joining());
                }
                into.add(text);
                return null;
            }

            @Override
            public Void not(Not not) {
                collect(not.criterion(), into, headed);
                return null;
            }

            @Override
            public Void scoped(Scoped scoped) {
                if (scoped.scope() instanceof Scoped.RequestedDrug drug && !drug.heading().isEmpty()) {
                    headed.add(scoped);
                } else {
                    collect(scoped.criterion(), into, headed);
                }
                return null;
            }
        });
    }
}
