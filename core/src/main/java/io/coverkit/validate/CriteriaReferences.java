package io.coverkit.validate;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Authorization;
import io.coverkit.model.Criterion;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Scoped;
import io.coverkit.model.SourceRef;
import io.coverkit.model.TimeSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every name a criterion refers to is declared in the guideline: diagnosis lists,
 * drugs and drug classes of the drug list, prerequisite visits an order names; and that therapy
 * criteria ask for something that can hold.
 */
final class CriteriaReferences {
    private final Guideline guideline;
    private final Diagnostics d;
    private final Set<String> drugs;
    private final Set<String> classes;
    private final Set<String> prerequisites = new HashSet<>();
    private final CodeReferences codes;

    CriteriaReferences(Guideline guideline, Diagnostics d) {
        this.guideline = guideline;
        this.d = d;
        this.codes = new CodeReferences(guideline, d);
        this.drugs = guideline.formulary().drugs().stream().map(Drug::id).collect(Collectors.toSet());
        this.classes = guideline.formulary().drugs().stream().map(Drug::drugClass).collect(Collectors.toSet());
    }

    void check() {
        for (MemberCriterion m : guideline.decision().memberCriteria()) {
            if (m.test() instanceof MemberCriterion.Prerequisite p) {
                prerequisites.add(p.service());
            }
        }
        TherapyClassReferences.checkRegistry(guideline, classes, d);
        visit(guideline.decision().criteria());
        guideline.positionStatement().experimental().forEach(e -> visit(e.criterion()));
        guideline.positionStatement().outcomes().forEach(o -> visit(o.criterion()));
        if (guideline.authorization().required() == Authorization.Required.NON_PREFERRED
                && guideline.formulary().isEmpty()) {
            d.error(DiagnosticCode.C022, guideline.authorization().at(),
                    "prior authorization for non-preferred drugs needs a `drugList` that says which drugs are preferred");
        }
        TimeSpan subsequent = guideline.authorization().subsequentLength();
        if (subsequent != null && subsequent.amount() == 0) {
            d.error(DiagnosticCode.C018, guideline.authorization().at(), "a subsequent approval of " + subsequent.describe()
                    + " lasts no day", "give a positive length, such as `365.days`");
        }
        TimeSpan length = guideline.authorization().length();
        if (length != null && length.amount() == 0) {
            d.error(DiagnosticCode.C018, guideline.authorization().at(), "an approval of " + length.describe() + " lasts no day",
                    "give a positive length, such as `365.days`");
        }
    }

    private void visit(Criterion criterion) {
        criterion.accept(new Criterion.Visitor<Void>() {
            @Override
            public Void indication(Indication indication) {
                return null;
            }

            @Override
            public Void anyOf(AnyOf anyOf) {
                anyOf.criteria().forEach(c -> visit(c));
                return null;
            }

            @Override
            public Void allOf(AllOf allOf) {
                allOf.criteria().forEach(c -> visit(c));
                return null;
            }

            @Override
            public Void not(Not not) {
                visit(not.criterion());
                return null;
            }

            @Override
            public Void scoped(Scoped scoped) {
                codes.scope(scoped);
                if (scoped.scope() instanceof Scoped.RequestedDrug drug) {
                    drug(drug.drug(), scoped.at());
                }
                if (scoped.scope() instanceof Scoped.RequestedStatus && guideline.formulary().isEmpty()) {
                    d.error(DiagnosticCode.C022, scoped.at(), "`forStatus` needs a `drugList` that says which drugs are preferred");
                }
                if (scoped.scope() instanceof Scoped.RequestedClass inClass
                        && guideline.positionStatement().therapyClass(inClass.therapyClass()).isEmpty()) {
                    d.error(DiagnosticCode.C022, scoped.at(), "no therapy class `" + inClass.therapyClass() + "` is declared",
                            declared("therapy classes", guideline.positionStatement().therapyClasses().stream()
                                    .map(io.coverkit.model.TherapyClass::id).sorted().toList()));
                }
                if (scoped.scope() instanceof Scoped.StatedDiagnosis diagnosis
                        && guideline.positionStatement().diagnosisList(diagnosis.list()).isEmpty()) {
                    d.error(DiagnosticCode.C022, scoped.at(), "no diagnosis list `" + diagnosis.list() + "` is declared",
                            declared("diagnosis lists", guideline.positionStatement().diagnosisLists().stream()
                                    .map(DiagnosisList::name).toList()));
                }
                visit(scoped.criterion());
                return null;
            }

            @Override
            public Void member(MemberCriterion m) {
                checkMember(m);
                return null;
            }
        });
    }

    private void checkMember(MemberCriterion m) {
        MemberCriterion.Test test = m.test();
        codes.member(m);
        if (test instanceof MemberCriterion.Diagnosis diagnosis
                && guideline.positionStatement().diagnosisList(diagnosis.list()).isEmpty()) {
            d.error(DiagnosticCode.C022, m.at(), "no diagnosis list `" + diagnosis.list() + "` is declared",
                    declared("diagnosis lists", guideline.positionStatement().diagnosisLists().stream()
                            .map(DiagnosisList::name).toList()));
        } else if (test instanceof MemberCriterion.Tried tried) {
            filter(m, tried.filter());
            TherapyClassReferences.checkDistinct(m, tried, d);
            if (tried.total() && tried.duration() == null) {
                d.error(DiagnosticCode.C023, m.at(), "`total: true` adds up therapy days, so `tried` needs `atLeast:` or `moreThan:`");
            }
        } else if (test instanceof MemberCriterion.Taking taking) {
            filter(m, taking.filter());
        } else if (test instanceof MemberCriterion.Cap cap) {
            filter(m, cap.filter());
            if (cap.limit().amount() == 0) {
                d.error(DiagnosticCode.C018, m.at(), "a cap of " + cap.limit().describe() + " can never be met");
            }
            if (cap.per() != null && cap.per().amount() == 0) {
                emptyWindow(m, "`per:`", cap.per());
            }
        } else if (test instanceof MemberCriterion.Since since && since.within().amount() == 0) {
            emptyWindow(m, "`within:`", since.within());
        } else if (test instanceof MemberCriterion.Frequency frequency && frequency.per().amount() == 0) {
            emptyWindow(m, "`oncePer`", frequency.per());
        } else if (test instanceof MemberCriterion.Ordered order && order.during() != null
                && !prerequisites.contains(order.during())) {
            d.error(DiagnosticCode.C022, m.at(), "the order names visit `" + order.during() + "`, but no `prerequisite` declares it",
                    declared("prerequisites", List.copyOf(prerequisites)));
        }
    }

    // A window of no length holds no day, so the criterion would test nothing the policy means.
    private void emptyWindow(MemberCriterion m, String what, TimeSpan span) {
        d.error(DiagnosticCode.C018, m.at(), "the window of " + what + " is " + span.describe() + ", which holds no day",
                "a window is at least 1 of its unit, such as `1." + span.unit().written().replaceAll("s$", "") + "`");
    }

    private void filter(MemberCriterion m, MemberCriterion.TherapyFilter f) {
        if (f.therapyClass() != null && !TherapyClassReferences.checkFilter(guideline, m, f, d)) {
            return;
        }
        if (!f.readsDrugList()) {
            return;
        }
        if (guideline.formulary().isEmpty()) {
            d.error(DiagnosticCode.C022, m.at(), "therapy criteria need a `drugList` that says which drugs and classes there are");
            return;
        }
        if (f.drug() != null) {
            drug(f.drug(), m.at());
        }
        if (f.drugClass() != null && !classes.contains(f.drugClass())) {
            d.error(DiagnosticCode.C022, m.at(), "no drug of the drug list is in class `" + f.drugClass() + "`",
                    declared("classes", classes.stream().sorted().toList()));
        }
        if (f.sameClass() && f.otherClass()) {
            d.error(DiagnosticCode.C023, m.at(), "a therapy cannot be both of the requested drug's class and of another class");
        }
        if (f.drug() != null && (f.drugClass() != null || f.sameClass() || f.otherClass() || f.preferred() != null)) {
            d.error(DiagnosticCode.C023, m.at(), "`drug:` names one drug; leave out the other filters");
        }
    }

    private void drug(String id, SourceRef at) {
        if (!drugs.contains(id)) {
            d.error(DiagnosticCode.C022, at, "no drug `" + id + "` is in the drug list",
                    declared("drugs", drugs.stream().sorted().toList()));
        }
    }

    private static String declared(String what, List<String> names) {
        return names.isEmpty() ? "none are declared" : "declared " + what + ": " + String.join(", ", names);
    }
}
