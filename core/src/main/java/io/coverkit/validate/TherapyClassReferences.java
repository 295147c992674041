package io.coverkit.validate;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.Guideline;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.TherapyClass;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the therapy class registry and the criteria that name its classes: a class the registry
 * does not declare, a class named together with a filter it cannot meet, and counts of different
 * therapies that contradict the rest of the criterion.
 */
final class TherapyClassReferences {
    private TherapyClassReferences() {}

    /**
     * A registry class must not take the name of a drug-list class: a request's {@code class} names
     * either, and one name for two classes would let a therapy pass the wrong one.
     */
    static void checkRegistry(Guideline g, Set<String> drugListClasses, Diagnostics d) {
        for (TherapyClass c : g.positionStatement().therapyClasses()) {
            if (drugListClasses.contains(c.id())) {
                d.error(DiagnosticCode.C023, c.at(), "therapy class `" + c.id() + "` has the name of a class of the drug list",
                        "name the registry's class differently, such as `" + c.id() + "-therapies`");
            }
        }
    }

    /** Checks a filter naming a registry class; false when it names none the registry declares. */
    static boolean checkFilter(Guideline g, MemberCriterion m, MemberCriterion.TherapyFilter f, Diagnostics d) {
        TherapyClass c = g.positionStatement().therapyClass(f.therapyClass()).orElse(null);
        if (c == null) {
            List<String> declared = g.positionStatement().therapyClasses().stream().map(TherapyClass::id).sorted().toList();
            d.error(DiagnosticCode.C022, m.at(), "no therapy class `" + f.therapyClass() + "` is declared",
                    declared.isEmpty() ? "declare it with `therapyClass '" + f.therapyClass() + "', text: '...'`"
                            : "declared therapy classes: " + String.join(", ", declared));
            return false;
        }
        if (f.drug() != null || f.drugClass() != null) {
            d.error(DiagnosticCode.C023, m.at(), "`therapyClass:` names the class to count; leave out `"
                    + (f.drug() != null ? "drug" : "drugClass") + ":`");
            return false;
        }
        if (c.kind() != TherapyClass.Kind.DRUG && f.readsDrugList()) {
            d.error(DiagnosticCode.C023, m.at(), "therapy class `" + c.id() + "` holds " + c.kind().name().toLowerCase(Locale.ROOT)
                    + " therapies, which no filter of the drug list (`preferred:`, `sameClass:`, `otherClass:`) admits");
            return false;
        }
        return true;
    }

    /** {@code distinct:} counts different trials that each last; it cannot add days up or name one drug. */
    static void checkDistinct(MemberCriterion m, MemberCriterion.Tried tried, Diagnostics d) {
        if (tried.needed() < 2) {
            return;
        }
        if (tried.total()) {
            d.error(DiagnosticCode.C023, m.at(), "`distinct:` needs each trial to last on its own, `total: true` adds "
                    + "their days up; write one of them");
        }
        if (tried.filter().drug() != null) {
            d.error(DiagnosticCode.C023, m.at(), "`drug:` names one drug, so " + tried.needed() + " different ones cannot be "
                    + "tried", "name a class with `therapyClass:` or `drugClass:`");
        }
    }
}
