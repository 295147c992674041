package io.coverkit.dsl;

import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.model.AllOf;
import io.coverkit.model.AnyOf;
import io.coverkit.model.Authorization;
import io.coverkit.model.Billing;
import io.coverkit.model.ClauseId;
import io.coverkit.model.CodeList;
import io.coverkit.model.CommitteeApproval;
import io.coverkit.model.Correction;
import io.coverkit.model.Criterion;
import io.coverkit.model.DerivedQuantity;
import io.coverkit.model.DiagnosisList;
import io.coverkit.model.DocumentRequirement;
import io.coverkit.model.Documentation;
import io.coverkit.model.Drug;
import io.coverkit.model.ExperimentalStatement;
import io.coverkit.model.Formulary;
import io.coverkit.model.Guideline;
import io.coverkit.model.GuidelineSection;
import io.coverkit.model.IcdRange;
import io.coverkit.model.Indication;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.Not;
import io.coverkit.model.OtherInformation;
import io.coverkit.model.OutcomeStatement;
import io.coverkit.model.Paragraph;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.ProcedureCode;
import io.coverkit.model.ProgramException;
import io.coverkit.model.ProgramExceptions;
import io.coverkit.model.ProgramNote;
import io.coverkit.model.Reference;
import io.coverkit.model.Revision;
import io.coverkit.model.Scoped;
import io.coverkit.model.Section;
import io.coverkit.model.TimeFrameModifier;
import io.coverkit.model.TimeSpan;
import io.coverkit.model.UnknownPeriod;
import io.coverkit.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a checked tree of {@link Call}s into the immutable guideline model. */
final class ModelBuilder {
    private final Diagnostics diagnostics;
    private final ProseReader prose;
    private final ClaimCalls claim;
    private final SectionReader sections;
    /** The section whose criteria are being built: findings of a criterion name it. */
    private String criteriaSection = Section.POSITION_STATEMENT;
    private final TimeCriteria time;
    private BlockDates blockDates;

    ModelBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.blockDates = new BlockDates(List.of(), diagnostics);
        this.claim = new ClaimCalls(diagnostics);
        this.prose = new ProseReader(this::validity);
        this.sections = new SectionReader(diagnostics, this::validity, this::sectionCriteria);
        this.time = new TimeCriteria(diagnostics);
    }

    /** The guideline of a file's top-level calls, or empty when a required part is missing. */
    Optional<Guideline> build(List<Call> fileCalls, String sourceDigest) {
        Optional<Call> root = fileCalls.stream().filter(c -> c.name().equals("guideline")).findFirst();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Call g = root.get();
        blockDates = new BlockDates(fileCalls, diagnostics);
        Optional<Call> position = g.child("positionStatement");
        Optional<Call> billing = g.child("billingCoding");
        List<GuidelineSection> generic = sections.sections(g);
        Optional<Criterion> criteria = position.isPresent() ? position.flatMap(this::criteria) : noStatement(g, generic);
        if (g.child("title").isEmpty() || g.child("originalEffectiveDate").isEmpty() || criteria.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Guideline(
                g.text(0),
                g.child("title").get().text(0),
                g.child("originalEffectiveDate").get().date(0),
                g.child("reviewed").map(c -> c.date(0)).orElse(null),
                g.child("revised").map(c -> c.date(0)).orElse(null),
                g.child("disclaimer").map(c -> c.text(0)).orElse(""),
                prose(g.child("description")),
                position.map(p -> new PositionStatement(prose.statementProse(p), criteria.get(), derived(p),
                        diagnosisLists(p), experimental(p), p.at(), Declarations.closedWorld(p, diagnostics), outcomes(p),
                        TherapyClasses.read(p, diagnostics)))
                        .orElseGet(() -> new PositionStatement(List.of(), criteria.get(), g.at())),
                billing.map(this::billing).orElse(Billing.NONE),
                prose(g.child("reimbursement")),
                g.child("programExceptions").map(this::programExceptions).orElse(ProgramExceptions.NONE)
                        .withLines(Declarations.lines(g, diagnostics)),
                prose(g.child("definitions")),
                prose(g.child("relatedGuidelines")),
                g.child("other").map(this::other).orElse(OtherInformation.NONE),
                g.child("references").map(ModelBuilder::references).orElse(List.of()),
                g.child("committeeApproval").map(c -> new CommitteeApproval(c.date("date"), c.text(0), c.at())).orElse(null),
                g.child("updateHistory").map(ModelBuilder::revisions).orElse(List.of()),
                unknownPeriods(g),
                g.child("updateHistory").map(ModelBuilder::corrections).orElse(List.of()),
                g.child("drugList").map(this::formulary).orElse(Formulary.NONE),
                authorization(g),
                generic,
                prose.layout(g),
                sourceDigest,
                g.at()));
    }

    /**
     * A guideline without a position statement decides on its sections' criteria alone: its own
     * criteria are the empty group that stands for none. Without criteria in any section, there is
     * nothing to decide on, which is an error.
     */
    private Optional<Criterion> noStatement(Call g, List<GuidelineSection> generic) {
        if (generic.stream().noneMatch(s -> s.criterion().isPresent())) {
            diagnostics.error(DiagnosticCode.R008, g.at(), "a `guideline` needs criteria: a `positionStatement`, "
                    + "or a `section` holding `allOf` or `anyOf`", "add `positionStatement { anyOf { ... } }`");
            return Optional.empty();
        }
        return Optional.of(new AnyOf(List.of(), g.at()));
    }

    /** A criteria block written in a generic section: its findings name that section. */
    private Optional<Criterion> sectionCriteria(Call block, String heading) {
        String outer = criteriaSection;
        criteriaSection = heading;
        try {
            return criterion(block);
        } finally {
            criteriaSection = outer;
        }
    }

    private List<Paragraph> paragraphs(Call block) {
        return block.children("paragraph").stream().map(p -> new Paragraph(p.text(0), validity(p), p.at())).toList();
    }

    /**
     * When a clause is in force, from its {@code added:} and {@code deleted:} arguments, within the
     * dates of the blocks it is written in ({@link BlockDates}).
     */
    private Validity validity(Call call) {
        LocalDate added = call.named().containsKey("added") ? call.date("added") : null;
        LocalDate deleted = call.named().containsKey("deleted") ? call.date("deleted") : null;
        if (added != null && deleted != null && !deleted.isAfter(added)) {
            diagnostics.error(DiagnosticCode.V005, call.named().get("deleted").at(),
                    "`deleted` (" + deleted + ") must be after `added` (" + added + ")");
            return Validity.ALWAYS;
        }
        return blockDates.within(call, new Validity(added, deleted));
    }

    private List<DerivedQuantity> derived(Call block) {
        QuantityBounds.checkDerived(block, diagnostics);
        return block.children("derive").stream()
                .map(d -> new DerivedQuantity(d.text(0), d.text("from"),
                        d.named().containsKey("over") ? d.text("over") : d.text("times"), d.named().containsKey("over"), d.at()))
                .toList();
    }

    private List<DiagnosisList> diagnosisLists(Call block) {
        List<DiagnosisList> lists = new ArrayList<>();
        for (Call list : block.children("diagnosisCodes")) {
            List<IcdRange> codes = new ArrayList<>();
            for (Call icd : list.children("icd10")) {
                String first = icd.text(0);
                String last = icd.named().containsKey("through") ? icd.text("through") : first;
                if (IcdRange.compare(first, last) > 0) {
                    diagnostics.error(DiagnosticCode.C021, icd.named().get("through").at(),
                            "the range " + first + " through " + last + " ends before it starts in ICD-10-CM order",
                            "write the lower code first: `icd10 '" + last + "', through: '" + first + "'`");
                    continue;
                }
                codes.add(new IcdRange(first, last, icd.at(), icd.text("reading")));
            }
            lists.add(new DiagnosisList(list.text(0), codes, list.text("reading"), list.at()));
        }
        return lists;
    }

    private List<ExperimentalStatement> experimental(Call block) {
        List<ExperimentalStatement> statements = new ArrayList<>();
        for (Call e : block.children("experimental")) {
            String id = e.named().containsKey("id") ? e.text("id") : ClauseId.derive(e.text(0));
            if (!ClauseId.isValid(id)) {
                id = "experimental-" + e.at().line();
            }
            String statementId = id;
            parts(e).map(parts -> parts.size() == 1 ? parts.get(0) : new AllOf(parts, e.at()))
                    .ifPresent(c -> statements.add(new ExperimentalStatement(statementId, e.text(0), c, validity(e), e.at())));
        }
        return statements;
    }

    /** The outcome statements of the position statement, in written order: their criteria are built as any others. */
    private List<OutcomeStatement> outcomes(Call block) {
        List<OutcomeStatement> statements = new ArrayList<>();
        for (Call o : block.body()) {
            OutcomeStatement.Kind kind = ClaimCalls.outcomeKind(o.name());
            if (kind == null) {
                continue;
            }
            String id = o.named().containsKey("id") ? o.text("id") : ClauseId.derive(o.text(0));
            if (!ClauseId.isValid(id)) {
                id = kind.clauseSegment() + "-" + o.at().line();
            }
            String statementId = id;
            parts(o).map(parts -> parts.size() == 1 ? parts.get(0) : new AllOf(parts, o.at()))
                    .ifPresent(c -> statements.add(new OutcomeStatement(statementId, kind, o.text(0), o.text("study"), c, validity(o),
                            o.at())));
        }
        return statements;
    }

    private Formulary formulary(Call list) {
        List<Drug> drugs = new ArrayList<>();
        for (Call d : list.children("drug")) {
            String id = d.named().containsKey("id") ? d.text("id") : ClauseId.derive(d.text(0));
            if (!ClauseId.isValid(id)) {
                diagnostics.error(DiagnosticCode.V003, d.at(), "cannot derive an id from this drug's name", "give it one with `id: '...'`");
                continue;
            }
            drugs.add(new Drug(id, d.text(0), "preferred".equals(d.text("status"))
                    ? Drug.Status.PREFERRED : Drug.Status.NON_PREFERRED,
                    d.text("drugClass"), validity(d), d.at(), d.text("note")));
        }
        List<String> columns = list.named().containsKey("columns")
                ? List.of(list.text("columns").split(" \\| ")) : List.of();
        return new Formulary(list.text(0), drugs, list.at(), columns);
    }

    private static Authorization authorization(Call g) {
        Optional<Call> required = g.child("priorAuthorization");
        Optional<Call> length = g.child("authorizationLength");
        if (required.isEmpty() && length.isEmpty()) {
            return Authorization.NOT_STATED;
        }
        Authorization.Required scope = required
                .map(r -> "all".equals(r.text("required")) ? Authorization.Required.ALL
                        : Authorization.Required.NON_PREFERRED)
                .orElse(Authorization.Required.NOT_STATED);
        return new Authorization(scope,
                length.map(l -> ((Value.Span) l.positional().get(0)).span()).orElse(null),
                length.map(l -> l.text("text")).orElse(""),
                length.flatMap(l -> l.span("subsequent")).orElse(null),
                required.or(() -> length).get().at());
    }

    private List<UnknownPeriod> unknownPeriods(Call g) {
        List<UnknownPeriod> periods = new ArrayList<>();
        g.child("positionStatement").ifPresent(b -> unknown(b, Section.POSITION_STATEMENT, periods));
        g.child("billingCoding").flatMap(b -> b.child("documentation"))
                .ifPresent(b -> unknown(b, Section.DOCUMENTATION, periods));
        g.child("programExceptions").ifPresent(b -> unknown(b, Section.PROGRAM_EXCEPTIONS, periods));
        return periods;
    }

    private void unknown(Call block, String section, List<UnknownPeriod> into) {
        block.child("unknownBefore").ifPresent(u -> into.add(new UnknownPeriod(section, u.date(0), u.text("reason"), u.at())));
        for (Call u : block.children("unknown")) {
            LocalDate from = u.named().containsKey("from") ? u.date("from") : null;
            if (from != null && !from.isBefore(u.date("to"))) {
                diagnostics.error(DiagnosticCode.C042, u.named().get("to").at(), "`to` (" + u.date("to")
                        + ") must be after `from` (" + from + ")", "the content is unknown from the first date up to the second");
                continue;
            }
            into.add(new UnknownPeriod(section, u.date("to"), u.text("reason"), u.at(), from));
        }
    }

    private static List<Correction> corrections(Call block) {
        return block.children("correction").stream().map(c -> new Correction(c.date(0), c.text(1), c.at())).toList();
    }

    private List<Paragraph> prose(Optional<Call> block) {
        return block.map(this::paragraphs).orElse(List.of());
    }

    private Optional<Criterion> criteria(Call positionStatement) {
        List<Call> roots = positionStatement.body().stream()
                .filter(c -> c.name().equals("anyOf") || c.name().equals("allOf"))
                .toList();
        if (roots.size() != 1) {
            diagnostics.error(DiagnosticCode.R008, positionStatement.at(),
                    "`positionStatement` needs exactly one `anyOf` or `allOf`, found " + roots.size(),
                    "put the indications in one `anyOf { ... }` when any one of them suffices");
            return Optional.empty();
        }
        return criterion(roots.get(0));
    }

    /**
     * The criterion of a call, or empty when a block lost its criteria to errors the reader has
     * already reported (a model record would refuse an empty {@code anyOf}). Every child is visited
     * so that each indication's own problems are reported.
     */
    private Optional<Criterion> criterion(Call call) {
        return switch (call.name()) {
            case "indication" -> {
                String id = call.named().containsKey("id") ? call.text("id") : ClauseId.derive(call.text(0));
                if (!ClauseId.isValid(id)) {
                    diagnostics.error(DiagnosticCode.V003, call.at(), "cannot derive an id from this indication's text",
                            "give it one with `id: '...'`");
                    id = "indication-" + call.at().line();
                }
                yield Optional.of(new Indication(id, call.text(0), criteriaSection, validity(call), call.at()));
            }
            case "age" -> ageRange(call).map(range -> member(call, range, "age-" + (range.min() == null ? "0" : range.min())
                    + (range.max() == null ? "-or-over" : "-" + range.max())));
            case "sex" -> Optional.of(member(call, new MemberCriterion.Sex(call.text(0)), "sex-" + call.text(0).toLowerCase(java.util.Locale.ROOT)));
            case "fact" -> Optional.of(member(call, new MemberCriterion.Fact(call.text(0)), call.text(0)));
            case "quantity" -> threshold(call).map(t -> member(call, t, call.text(0)));
            case "oncePer" -> {
                TimeSpan per = ((Value.Span) call.positional().get(0)).span();
                yield Optional.of(member(call, new MemberCriterion.Frequency(per), "once-per-" + per.describe().replace(' ', '-')));
            }
            case "since" -> Optional.of(member(call, new MemberCriterion.Since(call.text(0), call.span("within").orElseThrow(),
                    !call.bool("exclusive").orElse(false), call.text("before")), call.text(0) + "-within-"
                    + call.span("within").orElseThrow().describe().replace(' ', '-')
                    + (call.named().containsKey("before") ? "-before-" + call.text("before") : "")));
            case "diagnosis" -> Optional.of(member(call, new MemberCriterion.Diagnosis(call.text(0)), "diagnosis-" + call.text(0)));
            case "tried" -> tried(call);
            case "taking" -> {
                MemberCriterion.TherapyFilter filter = filter(call);
                yield Optional.of(member(call, new MemberCriterion.Taking(filter), "taking-" + filterId(filter)));
            }
            case "cap" -> {
                TimeSpan limit = ((Value.Span) call.positional().get(0)).span();
                yield Optional.of(member(call, new MemberCriterion.Cap(filter(call), limit, call.span("per").orElse(null)),
                        "cap-" + limit.describe().replace(' ', '-')));
            }
            case "prerequisite" -> Optional.of(member(call, new MemberCriterion.Prerequisite(call.text(0), call.text("system"),
                    call.text("code"), call.children("element").stream()
                            .map(e -> new MemberCriterion.Element(e.text(0), e.text("text"), e.at())).toList()), call.text(0)));
            case "order" -> Optional.of(member(call, new MemberCriterion.Ordered(call.bool("written").orElse(false),
                    call.named().containsKey("during") ? call.text("during") : null, call.bool("byPractitioner").orElse(false)),
                    "order"));
            case "occurred", "lasted", "adherence", "count", "measured", "trend" -> time.build(call).map(t -> member(call, t.test(), t.id()));
            case "none" -> parts(call).map(parts -> new Not(new AnyOf(parts, call.at()), "none", call.at()));
            case "unless" -> parts(call).map(parts -> new Not(new AllOf(parts, call.at()), "unless", call.at()));
            case "initial" -> scoped(call, new Scoped.InitialService());
            case "subsequent" -> scoped(call, new Scoped.SubsequentService());
            case "forDrug" -> scoped(call, new Scoped.RequestedDrug(call.text(0), call.text("heading"), call.text("text")));
            case "modifier", "units", "placeOfService", "prescriber", "channel", "authorizationOnFile", "documented", "billed" ->
                    claim.test(call).map(t -> member(call, t, ClaimCalls.defaultId(call, t)));
            case "forCodes" -> claim.codesScope(call).flatMap(scope -> scoped(call, scope));
            case "forStatus" -> scoped(call, new Scoped.RequestedStatus("preferred".equals(call.text(0))));
            case "forDiagnosis" -> scoped(call, new Scoped.StatedDiagnosis(call.text(0)));
            case "forClass" -> scoped(call, new Scoped.RequestedClass(call.text(0)));
            case "anyOf" -> parts(call).map(parts -> new AnyOf(parts, call.at()));
            case "allOf" -> parts(call).map(parts -> new AllOf(parts, call.at()));
            default -> throw new IllegalStateException("the vocabulary admits no criterion `" + call.name() + "`");
        };
    }

    private Optional<List<Criterion>> parts(Call block) {
        List<Optional<Criterion>> parts = block.body().stream().filter(c -> !ProseReader.isProse(c)).map(this::criterion).toList();
        if (parts.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(parts.stream().map(Optional::get).toList());
    }

    private Optional<Criterion> scoped(Call call, Scoped.Scope scope) {
        return parts(call).map(parts -> new Scoped(scope,
                parts.size() == 1 ? parts.get(0) : new AllOf(parts, call.at()), call.at()));
    }

    private static MemberCriterion.TherapyFilter filter(Call call) {
        return new MemberCriterion.TherapyFilter(
                call.named().containsKey("drug") ? call.text("drug") : null,
                call.named().containsKey("drugClass") ? call.text("drugClass") : null,
                call.bool("preferred").orElse(null),
                call.bool("sameClass").orElse(false),
                call.bool("otherClass").orElse(false),
                call.named().containsKey("therapyClass") ? call.text("therapyClass") : null);
    }

    /** An id fragment naming what a filter admits, such as {@code preferred-same-class}. */
    private static String filterId(MemberCriterion.TherapyFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.preferred() != null) {
            parts.add(f.preferred() ? "preferred" : "non-preferred");
        }
        if (f.drug() != null) {
            parts.add(f.drug());
        }
        if (f.drugClass() != null) {
            parts.add(f.drugClass());
        }
        if (f.therapyClass() != null) {
            parts.add(f.therapyClass());
        }
        if (f.sameClass()) {
            parts.add("same-class");
        }
        if (f.otherClass()) {
            parts.add("other-class");
        }
        return parts.isEmpty() ? "any-drug" : String.join("-", parts);
    }

    private Optional<Criterion> tried(Call call) {
        if (call.named().containsKey("atLeast") && call.named().containsKey("moreThan")) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`tried` takes `atLeast:` or `moreThan:`, not both",
                    "write it as `tried preferred: true, atLeast: 90.days`");
            return Optional.empty();
        }
        MemberCriterion.TherapyFilter filter = filter(call);
        Optional<TimeSpan> atLeast = call.span("atLeast");
        TimeSpan duration = atLeast.orElseGet(() -> call.span("moreThan").orElse(null));
        String outcome = call.named().containsKey("outcome") ? call.text("outcome").toUpperCase(java.util.Locale.ROOT) : null;
        String id = "tried-" + filterId(filter) + (outcome == null ? "" : "-" + outcome.toLowerCase(java.util.Locale.ROOT))
                + (duration == null ? "" : "-" + duration.describe().replace(' ', '-'));
        int distinct = call.named().containsKey("distinct") ? (int) ((Value.Whole) call.named().get("distinct")).value() : 0;
        if (call.named().containsKey("distinct") && distinct < 2) {
            diagnostics.error(DiagnosticCode.V005, call.named().get("distinct").at(), "`distinct: " + distinct
                    + "` counts fewer than two different therapies", "leave `distinct:` out when one trial suffices");
            return Optional.empty();
        }
        return Optional.of(member(call, new MemberCriterion.Tried(filter, duration, atLeast.isPresent(),
                call.bool("total").orElse(false), outcome, distinct), distinct > 1 ? id + "-" + distinct + "-different" : id));
    }

    private Optional<MemberCriterion.AgeRange> ageRange(Call call) {
        Integer min = call.named().containsKey("min") ? (int) ((Value.Whole) call.named().get("min")).value() : null;
        Integer max = call.named().containsKey("max") ? (int) ((Value.Whole) call.named().get("max")).value() : null;
        if (min == null && max == null) {
            diagnostics.error(DiagnosticCode.R006, call.at(), "`age` needs `min:`, `max:` or both",
                    "write it as `age min: 50, max: 77`");
            return Optional.empty();
        }
        if (min != null && max != null && min > max) {
            diagnostics.error(DiagnosticCode.C020, call.at(), "no age is at least " + min + " and at most " + max,
                    "swap the bounds");
            return Optional.empty();
        }
        return Optional.of(new MemberCriterion.AgeRange(min, max));
    }

    private Optional<MemberCriterion.Test> threshold(Call call) {
        return QuantityBounds.read(call, diagnostics);
    }

    /**
     * A member criterion; an id derived from its arguments that is longer than an id may be is
     * shortened ({@link ClauseId#shorten}), so a long event or class name never fails the model.
     */
    private MemberCriterion member(Call call, MemberCriterion.Test test, String defaultId) {
        String id = call.named().containsKey("id") ? call.text("id") : ClauseId.shorten(defaultId);
        if (!ClauseId.isValid(id)) {
            diagnostics.error(DiagnosticCode.V003, call.at(), "cannot derive an id for this `" + call.name() + "`",
                    "give it one with `id: '...'`");
            id = "criterion-" + call.at().line();
        }
        return new MemberCriterion(id, test, call.text("text"), call.text("reading"), criteriaSection,
                validity(call), call.at(), call.text("unstated"));
    }

    private Billing billing(Call billing) {
        List<CodeList> lists = new ArrayList<>();
        for (Call codes : billing.children("codes")) {
            String system = codes.text(0);
            lists.add(new CodeList(system,
                    codes.children("code").stream()
                            .map(c -> new ProcedureCode(system, c.text(0), c.text(1), Section.BILLING_CODING, validity(c), c.at(),
                                    c.text("reading")))
                            .toList(),
                    codes.text("group"), codes.text("caption"), codes.at(), codes.text("reading")));
        }
        Documentation documentation = billing.child("documentation").map(this::documentation)
                .orElse(Documentation.NONE);
        return new Billing(paragraphs(billing), lists, documentation, billing.at());
    }

    private Documentation documentation(Call doc) {
        var modifiers = doc.children("timeFrameModifier").stream()
                .map(m -> new TimeFrameModifier(m.text(0), m.span("within").orElseThrow(),
                        m.text("narrative"), validity(m), m.at()))
                .toList();
        var requirements = doc.children("requiresDocument").stream()
                .map(r -> new DocumentRequirement(
                        r.named().containsKey("id") ? r.text("id") : "loinc-" + r.text("loinc"),
                        r.text("loinc"),
                        r.text("name"),
                        r.text("timeFrame"),
                        r.span("within").orElseThrow(),
                        Section.BILLING_CODING,
                        validity(r),
                        r.at()))
                .toList();
        return new Documentation(paragraphs(doc), modifiers, requirements, doc.at());
    }

    private ProgramExceptions programExceptions(Call block) {
        List<ProgramException> exceptions = new ArrayList<>();
        for (Call e : block.children("exception")) {
            LineOfBusiness line = ArgType.lineOfBusiness(e.text(0)).orElseThrow();
            ProgramException.Effect effect = "guideline".equals(e.text("follow"))
                    ? ProgramException.Effect.APPLY_GUIDELINE
                    : ProgramException.Effect.DEFER_TO_PROGRAM;
            String id = e.named().containsKey("id") ? e.text("id") : ClauseId.derive(line.name());
            exceptions.add(new ProgramException(id, line, e.text("heading"), e.text("text"), effect,
                    Section.PROGRAM_EXCEPTIONS, validity(e), e.at()));
        }
        List<ProgramNote> notes = block.children("stepTherapyExemption").stream()
                .map(n -> new ProgramNote("step-therapy-exemption", n.text(0), n.bool("applies").orElse(false),
                        n.text("reason"), Section.PROGRAM_EXCEPTIONS, validity(n), n.at()))
                .toList();
        return new ProgramExceptions(exceptions, notes, block.at());
    }

    private OtherInformation other(Call block) {
        return new OtherInformation(paragraphs(block),
                block.children("otherName").stream().map(n -> n.text(0)).toList(), block.at());
    }

    private static List<Reference> references(Call block) {
        List<Call> refs = block.children("reference");
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            out.add(new Reference(i + 1, refs.get(i).text(0), refs.get(i).at()));
        }
        return out;
    }

    private static List<Revision> revisions(Call block) {
        return block.children("revision").stream().map(r -> new Revision(
                r.named().containsKey("effective") ? r.date("effective") : r.date(0), r.text(1), r.at(), r.date(0),
                r.text("number"))).toList();
    }

}
