package io.coverkit.eval;

import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Criterion;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Scoped;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts a guideline's criteria read ({@code fact 'asymptomatic'}), in any revision and in its
 * experimental statements: what a request's {@code facts} may name for that guideline.
 */
final class FactNames {

    private FactNames() {}

    /** Every fact name the guideline's criteria use, in alphabetical order. */
    static Set<String> of(Guideline guideline) {
        Set<String> names = new TreeSet<>();
        collect(guideline.decision().criteria(), names);
        for (ExperimentalStatement statement : guideline.positionStatement().experimental()) {
            collect(statement.criterion(), names);
        }
        for (io.coverkit.model.OutcomeStatement statement : guideline.positionStatement().outcomes()) {
            collect(statement.criterion(), names);
        }
        return names;
    }

    // instanceof rather than a Criterion.Visitor: only member criteria hold facts, the rest are walked through.
    private static void collect(Criterion criterion, Set<String> into) {
        if (criterion instanceof MemberCriterion m && m.test() instanceof MemberCriterion.Fact fact) {
            into.add(fact.name());
        } else if (criterion instanceof AnyOf any) {
            for (Criterion c : any.criteria()) {
                collect(c, into);
            }
        } else if (criterion instanceof AllOf all) {
            for (Criterion c : all.criteria()) {
                collect(c, into);
            }
        } else if (criterion instanceof Not not) {
            collect(not.criterion(), into);
        } else if (criterion instanceof Scoped scoped) {
            collect(scoped.criterion(), into);
        }
    }
}
