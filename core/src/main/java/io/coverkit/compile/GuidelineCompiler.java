package io.coverkit.compile;

import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.eval.CompiledGuideline;
import io.coverkit.eval.CriterionCheck;
import io.coverkit.eval.Evaluator;
import io.coverkit.eval.LineScope;
import io.coverkit.eval.MemberJudges;
import io.coverkit.eval.RevisionContext;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Authorization;
import io.coverkit.model.ClauseId;
import io.coverkit.model.Criterion;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Drug;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.OutcomeStatement;
import io.coverkit.eval.OutcomeRules;
import io.coverkit.eval.OutcomeFindings;
import io.coverkit.model.Guideline;
import io.coverkit.model.Indication;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.Paragraph;
import io.coverkit.model.PlanLine;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.Revision;
import io.coverkit.model.Scoped;
import io.coverkit.model.Section;
import io.coverkit.model.UnknownPeriod;
import io.coverkit.validate.GuidelineValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Compiles a validated guideline into an {@link Evaluator}: code lookups by
 * system, one bit per indication, a prebuilt finding for every clause. Cheap enough to run once per
 * guideline per process (or per Spark partition), never per request. Stateless and thread-safe.
 */
public final class GuidelineCompiler {

    /** Compiles {@code guideline}, one plan per revision; it must have passed validation. */
    public CompiledGuideline compile(Guideline guideline) {
        return new Compilation().compile(guideline);
    }

    /**
     * As {@link #compile}, for a process that decides a request or two and exits: each revision is
     * compiled the first time a request falls under it (see {@link RevisionRouter}), so a command
     * pays for one of a guideline's revisions rather than all of them. The same decisions; a
     * service that decides many requests should {@link #compile} once instead.
     */
    public Evaluator compileOnDemand(Guideline guideline) {
        return new RevisionRouter(guideline, this);
    }

    /** The first day of each revision's plan, oldest first: what {@link #compile} makes a plan for. */
    static List<LocalDate> starts(Guideline guideline) {
        List<LocalDate> starts = new ArrayList<>();
        for (Revision revision : guideline.revisions()) {
            // Revisions effective the same day share one plan: the day's last revision is in force.
            if (starts.isEmpty() || !starts.get(starts.size() - 1).equals(revision.effective())) {
                starts.add(revision.effective());
            }
        }
        if (starts.isEmpty() || starts.get(0).isAfter(guideline.originalEffectiveDate())) {
            starts.add(0, guideline.originalEffectiveDate());
        }
        return starts;
    }

    /**
     * An evaluator of the one revision that starts on {@code start} (one of {@link #starts}): what
     * {@link #compile} would decide for a date under that revision, and for a date before the
     * first. Its own {@link Evaluator#clauses} are that revision's only.
     */
    CompiledGuideline compileRevision(Guideline guideline, LocalDate start) {
        return new Compilation().compile(guideline, List.of(start));
    }

    /**
     * One compilation: collects the clauses its findings cite, so compilers hold no state. Loops,
     * not streams: a command compiles its guideline in a fresh JVM, where each stream pipeline and
     * lambda costs far more than the loop it replaces.
     */
    private static final class Compilation {
        private final Set<String> clauses = new LinkedHashSet<>();
        // A clause in force in several revisions (a code, an indication, an exception, a drug) is the
        // same model object in each, and its finding a value: built once, shared by every plan.
        private final Map<Object, Finding> findings = new IdentityHashMap<>();

        /** The finding of {@code clause}, built by {@code make} the first time; cited each time, in order. */
        private Finding once(Object clause, Supplier<Finding> make) {
            Finding finding = findings.get(clause);
            if (finding == null) {
                finding = make.get();
                findings.put(clause, finding);
            }
            return cite(finding);
        }

        CompiledGuideline compile(Guideline guideline) {
            return compile(guideline, starts(guideline));
        }

        CompiledGuideline compile(Guideline guideline, List<LocalDate> starts) {
            String id = guideline.id();
            Finding beforeEffective = cite(new Finding(FindingKind.BEFORE_ORIGINAL_EFFECTIVE_DATE, "original-effective-date",
                    id + "/original-effective-date",
                    "the date is before the original effective date " + guideline.originalEffectiveDate(), "", List.of()));
            List<Indication> indications = guideline.decision().allIndications();
            Map<String, Integer> bits = new LinkedHashMap<>();
            for (Indication indication : indications) {
                bits.putIfAbsent(indication.id(), bits.size());
            }
            if (bits.size() > GuidelineValidator.MAX_INDICATIONS) {
                throw new IllegalArgumentException("a guideline may have at most " + GuidelineValidator.MAX_INDICATIONS
                        + " indications; validate before compiling");
            }
            List<CompiledGuideline.Plan> plans = new ArrayList<>();
            for (LocalDate start : starts) {
                plans.add(plan(guideline, start, bits));
            }
            LineScope lines = lineScope(guideline);
            return new CompiledGuideline(guideline, plans, bits, beforeEffective, List.copyOf(clauses), lines);
        }

        private CompiledGuideline.Plan plan(Guideline whole, LocalDate date, Map<String, Integer> bits) {
            Guideline g = whole.asOf(date);
            String id = g.id();
            Map<String, Map<String, Finding>> codes = codeFindings(id, g.billing().codes());
            Finding noCode = cite(new Finding(FindingKind.NO_CODE_IN_SCOPE, "codes", id + "/codes",
                    "none of the requested codes is in this guideline's code list on this date", Section.BILLING_CODING,
                    List.of()));
            Map<LineOfBusiness, CompiledGuideline.ExceptionRule> exceptions = exceptions(id, g);
            RevisionContext context = RevisionContext.of(g);
            CriterionCheck criteria = compile(id, g.decision().criteria(), bits, context);
            List<CompiledGuideline.Experimental> experimental = new ArrayList<>();
            for (ExperimentalStatement x : g.positionStatement().experimental()) {
                experimental.add(new CompiledGuideline.Experimental(compile(id, x.criterion(), bits, context),
                        cite(new Finding(FindingKind.EXPERIMENTAL, x.id(), ClauseId.qualified(id, "experimental", x.id()),
                                x.text(), Section.POSITION_STATEMENT, List.of()))));
            }
            List<OutcomeRules.Rule> outcomes = new ArrayList<>();
            for (OutcomeStatement o : g.positionStatement().outcomes()) {
                outcomes.add(new OutcomeRules.Rule(o.kind(), o.study(), compile(id, o.criterion(), bits, context),
                        cite(new Finding(OutcomeFindings.kind(o.kind()), o.id(), ClauseId.qualified(id, o.kind().clauseSegment(), o.id()),
                                o.text(), Section.POSITION_STATEMENT, List.of()))));
            }
            StringJoiner statement = new StringJoiner(" ");
            for (Paragraph paragraph : g.positionStatement().paragraphs()) {
                statement.add(paragraph.text());
            }
            // Only a statement of indications is failed by the absence of one; criteria about the
            // member report their own failures.
            Finding noIndication = g.decision().indications().isEmpty() ? null
                    : cite(new Finding(FindingKind.NO_INDICATION_MET, "position-statement",
                            id + "/position-statement", statement.toString(), Section.POSITION_STATEMENT, List.of()));
            return new CompiledGuideline.Plan(date, codes, exceptions, criteria, noIndication, noCode,
                    documents(id, g.billing().documentation().requirements()),
                    unknown(whole, Section.PROGRAM_EXCEPTIONS, date),
                    unknown(whole, Section.POSITION_STATEMENT, date),
                    unknown(whole, Section.DOCUMENTATION, date),
                    pharmacy(id, g, context),
                    experimental,
                    new OutcomeRules(outcomes));
        }

        /** The drug list's findings, who needs prior authorization, and what shortens an approval. */
        private CompiledGuideline.Pharmacy pharmacy(String id, Guideline g, RevisionContext context) {
            Map<String, Finding> drugs = new HashMap<>();
            for (Drug d : g.formulary().drugs()) {
                drugs.put(d.id(), once(d, () -> new Finding(FindingKind.DRUG_IN_SCOPE, d.id(), ClauseId.qualified(id, "drug", d.id()),
                        d.name() + " (" + d.status().heading() + ", " + d.drugClass() + ")", Section.DRUG_LIST, List.of())));
            }
            Finding noPriorAuthorization = null;
            if (g.authorization().required() == Authorization.Required.NON_PREFERRED) {
                noPriorAuthorization = cite(new Finding(FindingKind.PRIOR_AUTHORIZATION_NOT_REQUIRED, "prior-authorization",
                        id + "/prior-authorization", "prior authorization is required for non-preferred drugs only",
                        Section.PRIOR_AUTHORIZATION, List.of()));
            }
            Finding limited = null;
            if (g.authorization().length() != null) {
                limited = cite(new Finding(FindingKind.AUTHORIZATION_LIMITED, "length-of-authorization",
                        id + "/length-of-authorization", g.authorization().lengthText().isEmpty()
                                ? g.authorization().length().describe() : g.authorization().lengthText(),
                        Section.LENGTH_OF_AUTHORIZATION, List.of()));
            }
            List<MemberCriterion> caps = new ArrayList<>();
            for (MemberCriterion m : g.decision().memberCriteria()) {
                if (m.test() instanceof MemberCriterion.Cap) {
                    caps.add(m);
                }
            }
            return new CompiledGuideline.Pharmacy(drugs, noPriorAuthorization, g.authorization().length(), limited, caps, context,
                    g.authorization().subsequentLength());
        }

        private Finding unknown(Guideline g, String section, LocalDate date) {
            UnknownPeriod u = g.unknownOn(section, date).orElse(null);
            if (u == null) {
                return null;
            }
            return cite(new Finding(FindingKind.CONTENT_UNKNOWN, "unknown-" + ClauseId.derive(section),
                    g.id() + "/unknown/" + ClauseId.derive(section),
                    "the published guideline does not reveal the " + section + " in force " + u.describe()
                            + (u.reason().isEmpty() ? "" : ": " + u.reason()),
                    section, List.of()));
        }

        /** The lines of business the guideline declares, with the finding of a member outside them; null for none. */
        private LineScope lineScope(Guideline g) {
            List<PlanLine> lines = g.programExceptions().lines();
            if (lines.isEmpty()) {
                return null;
            }
            StringJoiner names = new StringJoiner(", ");
            boolean plans = false;
            for (PlanLine line : lines) {
                names.add(line.describe() + (line.text().isEmpty() ? "" : " (" + line.text() + ")"));
                plans |= line.planDefined();
            }
            return new LineScope(lines, cite(new Finding(FindingKind.LINE_OF_BUSINESS_NOT_IN_SCOPE, "lines-of-business",
                    g.id() + "/lines-of-business", "the guideline applies to " + names
                            + (plans ? "; a plan-defined line needs member.plan" : ""), "", List.of())));
        }

        private Finding cite(Finding finding) {
            clauses.add(finding.clause());
            return finding;
        }

        private CriterionCheck compile(String guidelineId, Criterion criterion, Map<String, Integer> bits, RevisionContext revision) {
            return criterion.accept(new Criterion.Visitor<CriterionCheck>() {
                @Override
                public CriterionCheck indication(Indication i) {
                    return new CriterionCheck.IndicationCheck(bits.get(i.id()), once(i, () -> new Finding(FindingKind.INDICATION_MET,
                            i.id(), ClauseId.qualified(guidelineId, "indication", i.id()), i.text(), i.section(), List.of())));
                }

                @Override
                public CriterionCheck member(MemberCriterion m) {
                    String clause = ClauseId.qualified(guidelineId, "criterion", m.id());
                    clauses.add(clause);
                    return new CriterionCheck.MemberCheck(m, clause,
                            io.coverkit.eval.ClosedWorld.of(m, MemberJudges.of(m.test(), revision), revision));
                }

                @Override
                public CriterionCheck not(Not not) {
                    CriterionCheck child = compile(guidelineId, not.criterion(), bits, revision);
                    CriterionCheck folded = CriterionCheck.excluded(child);
                    return folded != null ? folded : new CriterionCheck.NotCheck(child);
                }

                @Override
                public CriterionCheck scoped(Scoped scoped) {
                    String clause = ClauseId.qualified(guidelineId, "scope", scoped.scope().id());
                    clauses.add(clause);
                    return new CriterionCheck.ScopedCheck(scoped.scope(), compile(guidelineId, scoped.criterion(), bits, revision),
                            revision, clause);
                }

                @Override
                public CriterionCheck anyOf(AnyOf any) {
                    return new CriterionCheck.AnyCheck(each(any.criteria()));
                }

                @Override
                public CriterionCheck allOf(AllOf all) {
                    return new CriterionCheck.AllCheck(each(all.criteria()));
                }

                private List<CriterionCheck> each(List<Criterion> criteria) {
                    List<CriterionCheck> checks = new ArrayList<>(criteria.size());
                    for (Criterion c : criteria) {
                        checks.add(compile(guidelineId, c, bits, revision));
                    }
                    return checks;
                }
            });
        }

        private Map<String, Map<String, Finding>> codeFindings(String guidelineId, List<ProcedureCode> codes) {
            Map<String, Map<String, Finding>> bySystem = new HashMap<>();
            for (ProcedureCode code : codes) {
                Map<String, Finding> ofSystem = bySystem.get(code.system());
                if (ofSystem == null) {
                    ofSystem = new HashMap<>();
                    bySystem.put(code.system(), ofSystem);
                }
                ofSystem.put(code.code(), once(code, () -> new Finding(FindingKind.CODE_IN_SCOPE, code.code(),
                        ClauseId.qualified(guidelineId, "code", code.clauseId()), code.descriptor(), code.section(), List.of())));
            }
            for (Map.Entry<String, Map<String, Finding>> system : bySystem.entrySet()) {
                system.setValue(Map.copyOf(system.getValue()));
            }
            return bySystem;
        }

        private Map<LineOfBusiness, CompiledGuideline.ExceptionRule> exceptions(String guidelineId, Guideline guideline) {
            Map<LineOfBusiness, CompiledGuideline.ExceptionRule> rules = new EnumMap<>(LineOfBusiness.class);
            for (ProgramException e : guideline.programExceptions().exceptions()) {
                rules.put(e.lineOfBusiness(), CompiledGuideline.exceptionRule(e, once(e, () -> {
                    FindingKind kind = e.effect() == ProgramException.Effect.DEFER_TO_PROGRAM
                            ? FindingKind.PROGRAM_EXCEPTION_DEFERS
                            : FindingKind.PROGRAM_EXCEPTION_APPLIES;
                    String text = e.heading().isEmpty() ? e.text() : e.heading() + ": " + e.text();
                    return new Finding(kind, e.id(), ClauseId.qualified(guidelineId, "exception", e.id()), text, e.section(), List.of());
                })));
            }
            return rules;
        }

        private List<CompiledGuideline.RequiredDocument> documents(String guidelineId, List<DocumentRequirement> requirements) {
            List<CompiledGuideline.RequiredDocument> out = new ArrayList<>();
            for (DocumentRequirement r : requirements) {
                String clause = ClauseId.qualified(guidelineId, "document", r.id());
                clauses.add(clause);
                out.add(new CompiledGuideline.RequiredDocument(r.loinc(), r.name().isEmpty() ? "LOINC " + r.loinc() : r.name(),
                        r.window(), r.id(), clause, r.section()));
            }
            return out;
        }
    }
}
