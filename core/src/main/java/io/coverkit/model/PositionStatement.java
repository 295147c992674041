package io.coverkit.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The position statement: its published prose and the criteria that decide medical necessity.
 *
 * @param paragraphs the statement's prose, verbatim, in published order
 * @param criteria the criterion tree; met means the service meets medical necessity
 * @param derived quantities the criteria may compare, defined from observations
 * @param diagnosisLists the ICD-10-CM lists {@code diagnosis} criteria name
 * @param experimental statements that make a service experimental or investigational
 * @param closedWorld the request fields the guideline declares complete (closed-world)
 * @param outcomes statements that decide other outcomes payers use (not covered as submitted, prior
 *     authorization required, pend for review, covered only under a study), in written order
 * @param therapyClasses the therapy class registry therapy criteria may name, apart from the drug list
 */
public record PositionStatement(
        List<Paragraph> paragraphs,
        Criterion criteria,
        List<DerivedQuantity> derived,
        List<DiagnosisList> diagnosisLists,
        List<ExperimentalStatement> experimental,
        SourceRef at,
        List<ClosedField> closedWorld,
        List<OutcomeStatement> outcomes,
        List<TherapyClass> therapyClasses)
        implements Serializable {

    /** A position statement that declares no field closed-world, no outcome statement and no therapy class. */
    public PositionStatement(List<Paragraph> paragraphs, Criterion criteria, List<DerivedQuantity> derived,
            List<DiagnosisList> diagnosisLists, List<ExperimentalStatement> experimental, SourceRef at) {
        this(paragraphs, criteria, derived, diagnosisLists, experimental, at, List.of(), List.of(), List.of());
    }

    /** A position statement that derives no quantities. */
    public PositionStatement(List<Paragraph> paragraphs, Criterion criteria, SourceRef at) {
        this(paragraphs, criteria, List.of(), List.of(), List.of(), at);
    }

    public PositionStatement {
        paragraphs = List.copyOf(paragraphs);
        derived = derived == null ? List.of() : List.copyOf(derived);
        diagnosisLists = diagnosisLists == null ? List.of() : List.copyOf(diagnosisLists);
        experimental = experimental == null ? List.of() : List.copyOf(experimental);
        therapyClasses = therapyClasses == null ? List.of() : List.copyOf(therapyClasses);
        closedWorld = closedWorld == null ? List.of() : List.copyOf(closedWorld);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        Objects.requireNonNull(criteria, "a position statement needs criteria");
    }

    /** The diagnosis list named {@code name}, if declared. */
    public java.util.Optional<DiagnosisList> diagnosisList(String name) {
        return diagnosisLists.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The therapy class with id {@code id}, if the registry declares it. */
    public java.util.Optional<TherapyClass> therapyClass(String id) {
        return therapyClasses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every indication in the criterion tree, in the order written. */
    public List<Indication> indications() {
        List<Indication> found = new ArrayList<>();
        collect(criteria, found);
        return List.copyOf(found);
    }

    /**
     * Every indication of the statement, in the order written: the criterion tree's, then those
     * inside its experimental statements. These are the ids a request may name.
     */
    public List<Indication> allIndications() {
        List<Indication> found = new ArrayList<>();
        collect(criteria, found);
        for (ExperimentalStatement statement : experimental) {
            collect(statement.criterion(), found);
        }
        for (OutcomeStatement statement : outcomes) {
            collect(statement.criterion(), found);
        }
        return List.copyOf(found);
    }

    private static void collect(Criterion criterion, List<Indication> into) {
        criterion.accept(new Criterion.Visitor<Void>() {
            @Override
            public Void indication(Indication indication) {
                into.add(indication);
                return null;
            }

            @Override
            public Void anyOf(AnyOf anyOf) {
                for (Criterion c : anyOf.criteria()) {
                    collect(c, into);
                }
                return null;
            }

            @Override
            public Void allOf(AllOf allOf) {
                for (Criterion c : allOf.criteria()) {
                    collect(c, into);
                }
                return null;
            }

            @Override
            public Void member(MemberCriterion criterion) {
                return null;
            }

            @Override
            public Void not(Not not) {
                collect(not.criterion(), into);
                return null;
            }

            @Override
            public Void scoped(Scoped scoped) {
                collect(scoped.criterion(), into);
                return null;
            }
        });
    }

    /** The indications and member criteria of the tree, in the order written: what a reader sees as its list. */
    public List<Criterion> leaves() {
        List<Criterion> found = new ArrayList<>();
        collectLeaves(criteria, found);
        return List.copyOf(found);
    }

    private static void collectLeaves(Criterion criterion, List<Criterion> into) {
        if (criterion instanceof AnyOf any) {
            for (Criterion c : any.criteria()) {
                collectLeaves(c, into);
            }
        } else if (criterion instanceof AllOf all) {
            for (Criterion c : all.criteria()) {
                collectLeaves(c, into);
            }
        } else if (criterion instanceof Not not) {
            collectLeaves(not.criterion(), into);
        } else if (criterion instanceof Scoped scoped) {
            collectLeaves(scoped.criterion(), into);
        } else {
            into.add(criterion);
        }
    }

    /** Every criterion about the member (age, sex, facts) in the criterion tree, in the order written. */
    public List<MemberCriterion> memberCriteria() {
        List<MemberCriterion> found = new ArrayList<>();
        collectMember(criteria, found);
        return List.copyOf(found);
    }

    private static void collectMember(Criterion criterion, List<MemberCriterion> into) {
        if (criterion instanceof MemberCriterion m) {
            into.add(m);
        } else if (criterion instanceof AnyOf any) {
            for (Criterion c : any.criteria()) {
                collectMember(c, into);
            }
        } else if (criterion instanceof AllOf all) {
            for (Criterion c : all.criteria()) {
                collectMember(c, into);
            }
        } else if (criterion instanceof Not not) {
            collectMember(not.criterion(), into);
        } else if (criterion instanceof Scoped scoped) {
            collectMember(scoped.criterion(), into);
        }
    }
}
