package io.coverkit.eval;

import io.coverkit.determination.AuthorizationPeriod;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingList;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.model.Drug;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.MemberCriterion;
import io.coverkit.model.ProgramException;
import io.coverkit.model.TimeSpan;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Procedure;
import io.coverkit.request.NearestName;
import io.coverkit.request.RequestError;
import io.coverkit.request.RequestText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluator the compiler builds: one precomputed {@link Plan} per revision, lookups and
 * citations prebuilt, so a decision is a binary search for the revision, then array and map
 * lookups, allocating little beyond its answer.
 *
 * <p>Decision order (DESIGN.md): not applicable, program deferral, indications, documentation;
 * where the revision's content is unknown, the decision stops there and says so.
 */
public final class CompiledGuideline implements Evaluator {

    /** A required document, compiled: its LOINC code, window and citation. */
    public record RequiredDocument(String loinc, String name, TimeSpan window, String ref, String clause, String section) {}

    /** An experimental or investigational statement, compiled: when it applies and the finding it reports. */
    public record Experimental(CriterionCheck check, Finding finding) {}

    /**
     * A revision's pharmacy rules, compiled.
     *
     * @param drugFindings by drug id: the finding a requested drug on the list reports
     * @param noPriorAuthorization the finding for a preferred drug when only non-preferred drugs
     *     need prior authorization, or null when every request is decided
     * @param length how long an approval lasts, or null when the guideline does not say
     * @param lengthFinding cited when an approval carries a period, or null
     * @param caps cap criteria that shorten an approval to the days they leave
     * @param subsequentLength how long an approval that renews earlier care lasts, or null when {@code length}
     */
    public record Pharmacy(
            Map<String, Finding> drugFindings,
            Finding noPriorAuthorization,
            TimeSpan length,
            Finding lengthFinding,
            List<MemberCriterion> caps,
            RevisionContext context,
            TimeSpan subsequentLength) {
        public Pharmacy {
            drugFindings = Map.copyOf(drugFindings);
            caps = List.copyOf(caps);
        }

        /** Rules with one length for every approval. */
        public Pharmacy(Map<String, Finding> drugFindings, Finding noPriorAuthorization, TimeSpan length, Finding lengthFinding,
                List<MemberCriterion> caps, RevisionContext context) {
            this(drugFindings, noPriorAuthorization, length, lengthFinding, caps, context, null);
        }

        /** The length of an approval of {@code request}: the subsequent one when the request renews earlier care. */
        TimeSpan lengthFor(CoverageRequest request) {
            return subsequentLength != null && Continuation.isSubsequent(request, context) ? subsequentLength : length;
        }
    }

    /** A program exception, compiled: whether it defers and the finding it reports. */
    public record ExceptionRule(boolean defers, Finding finding) {}

    /**
     * Everything the compiler precomputed for one revision.
     *
     * @param effective the revision's effective date
     * @param codeFindings by code system, then code: the finding a requested code in scope reports
     * @param noIndication reported when no indication is met, or null when the statement has no indications
     * @param unknownExceptions, unknownPositionStatement, unknownDocumentation the finding reported
     *     when that section's content is unknown in this revision, or null when it is known
     */
    public record Plan(
            LocalDate effective,
            Map<String, Map<String, Finding>> codeFindings,
            Map<LineOfBusiness, ExceptionRule> exceptions,
            CriterionCheck criteria,
            Finding noIndication,
            Finding noCodeInScope,
            List<RequiredDocument> documents,
            Finding unknownExceptions,
            Finding unknownPositionStatement,
            Finding unknownDocumentation,
            Pharmacy pharmacy,
            List<Experimental> experimental,
            OutcomeRules outcomes) {
        public Plan {
            experimental = List.copyOf(experimental);
            outcomes = outcomes == null ? OutcomeRules.NONE : outcomes;
            codeFindings = Map.copyOf(codeFindings);
            exceptions = Map.copyOf(exceptions);
            documents = List.copyOf(documents);
        }
    }

    // The lines of business the guideline applies to; null when it declares none (every line).
    private final LineScope lines;
    private final Guideline guideline;
    private final LocalDate[] starts;
    private final Plan[] plans;
    private final ExceptionRule[][] exceptionByLine;
    private final Map<String, Integer> indicationBits;
    // The facts the criteria of any revision read, in alphabetical order, as errors list them.
    private final Set<String> factNames;
    private final StringIndex indicationIndex;
    private final AnyIndication[] anyIndication;
    // A requested code is numbered once (its system, then the code among that system's codes of any
    // revision); by revision and number, the code's in-scope finding with its evidence, one for each
    // of the first FieldNames.PREBUILT procedure positions, or null where it is not in scope.
    private final StringIndex systems;
    private final StringIndex[] codesOfSystem;
    private final Finding[][][] codeHits;
    private final DocumentRules[] documentRules;
    // Every drug id any revision lists, numbered; by revision and number, the drug's finding, or
    // null where that revision does not list it. One probe of flat arrays, where two lookups in an
    // immutable map were a sixth of screening an osteoporosis request (GuidelineBenchmark).
    private final StringIndex drugNumbers;
    private final Finding[][] drugFindings;
    // The revision in force on each calendar slot (a day numbered year * 372 + month * 31 + day,
    // so it takes no division to compute) from the first revision to the last, making the choice of
    // revision one array read; null when the span is too long to be worth the memory.
    private final long firstSlot;
    private final byte[] planBySlot;
    // By revision, what the outcome-only path must look at, as SCREEN_ bits and defers by line of
    // business, so screening reads one int where deciding reads the plan's fields.
    private final int[] screen;
    private final long[] anyIndicationMask;
    private final Finding beforeOriginalEffectiveDate;
    private final List<String> clauses;
    // Room for the findings a decision can report, so the list never grows while deciding: with
    // room for 8, osteoporosis decisions (11 to 13 findings) copied their list once each.
    private final int findingCapacity;

    /**
     * The evaluator of {@code guideline}.
     *
     * @param plans one per revision, oldest first
     * @param indicationBits the bit each indication id (of any revision) sets
     * @param clauses every clause id any revision can cite, in guideline order
     */
    public CompiledGuideline(
            Guideline guideline,
            List<Plan> plans,
            Map<String, Integer> indicationBits,
            Finding beforeOriginalEffectiveDate,
            List<String> clauses) {
        this(guideline, plans, indicationBits, beforeOriginalEffectiveDate, clauses, null);
    }

    /**
     * The evaluator of {@code guideline}, which applies only to the lines of business of {@code lines}
     * (null: to every line).
     */
    public CompiledGuideline(
            Guideline guideline,
            List<Plan> plans,
            Map<String, Integer> indicationBits,
            Finding beforeOriginalEffectiveDate,
            List<String> clauses,
            LineScope lines) {
        this.lines = lines;
        this.guideline = guideline;
        this.plans = plans.toArray(new Plan[0]);
        // Loops, not streams, here and in codeHits and AnyIndication: a command compiles its
        // guideline in a fresh JVM, where binding a lambda costs more than the loop it replaces.
        this.starts = new LocalDate[this.plans.length];
        for (int i = 0; i < this.plans.length; i++) {
            starts[i] = this.plans[i].effective();
        }
        this.exceptionByLine = new ExceptionRule[this.plans.length][LineOfBusiness.values().length];
        for (int i = 0; i < this.plans.length; i++) {
            ExceptionRule[] row = exceptionByLine[i];
            for (Map.Entry<LineOfBusiness, ExceptionRule> e : this.plans[i].exceptions().entrySet()) {
                row[e.getKey().ordinal()] = e.getValue();
            }
        }
        this.indicationBits = Map.copyOf(indicationBits);
        this.factNames = FactNames.of(guideline);
        this.indicationIndex = StringIndex.of(indicationBits);
        this.firstSlot = starts.length == 0 ? Long.MAX_VALUE : slot(starts[0]);
        this.planBySlot = planBySlot(starts, guideline.originalEffectiveDate());
        Map<String, Map<String, Integer>> numbers = codeNumbers(this.plans);
        this.systems = StringIndex.numbering(new ArrayList<>(numbers.keySet()));
        this.codesOfSystem = new StringIndex[numbers.size()];
        int n = 0;
        for (Map<String, Integer> codes : numbers.values()) {
            codesOfSystem[n++] = StringIndex.of(codes);
        }
        Map<Finding, Finding[]> hitsOfFinding = new java.util.IdentityHashMap<>();
        this.codeHits = new Finding[this.plans.length][][];
        this.documentRules = new DocumentRules[this.plans.length];
        for (int i = 0; i < this.plans.length; i++) {
            codeHits[i] = codeHits(this.plans[i], numbers, hitsOfFinding);
            documentRules[i] = new DocumentRules(this.plans[i].documents());
        }
        List<String> drugIds = new ArrayList<>();
        for (Plan plan : this.plans) {
            if (plan.pharmacy() != null) {
                for (String id : plan.pharmacy().drugFindings().keySet()) {
                    if (!drugIds.contains(id)) {
                        drugIds.add(id);
                    }
                }
            }
        }
        this.drugNumbers = StringIndex.numberingUnshared(drugIds);
        this.drugFindings = new Finding[this.plans.length][drugIds.size()];
        for (int i = 0; i < this.plans.length; i++) {
            for (int d = 0; d < drugIds.size(); d++) {
                drugFindings[i][d] = this.plans[i].pharmacy() == null ? null : this.plans[i].pharmacy().drugFindings().get(drugIds.get(d));
            }
        }
        this.anyIndication = new AnyIndication[this.plans.length];
        this.screen = new int[this.plans.length];
        this.anyIndicationMask = new long[this.plans.length];
        for (int i = 0; i < this.plans.length; i++) {
            anyIndication[i] = AnyIndication.of(this.plans[i].criteria());
            screen[i] = screen(this.plans[i], anyIndication[i], exceptionByLine[i]);
            anyIndicationMask[i] = anyIndication[i] == null ? 0 : anyIndication[i].mask();
        }
        this.beforeOriginalEffectiveDate = beforeOriginalEffectiveDate;
        this.clauses = List.copyOf(clauses);
        int most = 0;
        for (Plan plan : this.plans) {
            most = Math.max(most, reported(plan.criteria()) + plan.documents().size());
        }
        // The codes, drug, exception, unknown section and approval findings around the criteria's.
        this.findingCapacity = Math.min(32, Math.max(8, most + 4));
    }

    /** How many findings the criteria can report at most: one per leaf. */
    private static int reported(CriterionCheck check) {
        if (check instanceof CriterionCheck.AnyCheck any) {
            int n = 0;
            for (CriterionCheck c : any.children()) {
                n += reported(c);
            }
            return n;
        }
        if (check instanceof CriterionCheck.AllCheck all) {
            int n = 0;
            for (CriterionCheck c : all.children()) {
                n += reported(c);
            }
            return n;
        }
        if (check instanceof CriterionCheck.NotCheck not) {
            return reported(not.child());
        }
        if (check instanceof CriterionCheck.ScopedCheck scoped) {
            return Math.max(1, reported(scoped.child()));
        }
        return check == null ? 0 : 1;
    }

    private static final int SLOTS_PER_YEAR = 12 * 31;
    private static final int MAX_SLOT_TABLE = 100 * SLOTS_PER_YEAR;

    /**
     * The date's calendar slot: increasing with the date, with gaps for the days months lack. In a
     * long: dates are read within 1900 to 2199, but the table must stay right for any LocalDate
     * (year 5,800,000 times 372 overflowed an int and chose a far-future revision for 2021).
     */
    private static long slot(LocalDate date) {
        return date.getYear() * (long) SLOTS_PER_YEAR + (date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
    }

    /** The table of revisions by slot, with -1 for days before the original effective date. */
    private static byte[] planBySlot(LocalDate[] starts, LocalDate originalEffective) {
        if (starts.length == 0 || starts.length > Byte.MAX_VALUE || originalEffective.isAfter(starts[starts.length - 1])) {
            return null;
        }
        long first = slot(starts[0]);
        long longSpan = slot(starts[starts.length - 1]) - first;
        if (longSpan > MAX_SLOT_TABLE) {
            return null;
        }
        int span = (int) longSpan;
        byte[] table = new byte[span];
        for (int plan = 0; plan + 1 < starts.length; plan++) {
            Arrays.fill(table, (int) (slot(starts[plan]) - first), (int) (slot(starts[plan + 1]) - first), (byte) plan);
        }
        Arrays.fill(table, 0, (int) Math.max(0, Math.min(span, slot(originalEffective) - first)), (byte) -1);
        return table;
    }

    /** The index of the revision in force on {@code date}, or -1 before the first or the original effective date. */
    private int revisionIndex(LocalDate date) {
        if (planBySlot == null) {
            if (date.isBefore(guideline.originalEffectiveDate())) {
                return -1;
            }
            int index = Arrays.binarySearch(starts, date);
            return index >= 0 ? index : -index - 2;
        }
        long offset = slot(date) - firstSlot;
        if (offset < 0) {
            return -1;
        }
        return offset < planBySlot.length ? planBySlot[(int) offset] : plans.length - 1;
    }

    /** An exception rule for a program exception. */
    public static ExceptionRule exceptionRule(ProgramException exception, Finding finding) {
        return new ExceptionRule(exception.effect() == ProgramException.Effect.DEFER_TO_PROGRAM, finding);
    }

    @Override
    public Guideline guideline() {
        return guideline;
    }

    @Override
    public List<String> clauses() {
        return clauses;
    }

    /**
     * {@inheritDoc} An indication or a fact the guideline's criteria never name (in any revision)
     * is an error naming its field, with the nearest known id when one is near: a request states
     * them for the guideline it names, and a misspelt one would otherwise read as not stated.
     */
    @Override
    public List<RequestError> check(CoverageRequest request) {
        List<RequestError> errors = new ArrayList<>();
        List<String> indications = request.indications();
        int unknown = 0;
        for (int i = 0; i < indications.size(); i++) {
            String id = indications.get(i);
            if (!indicationBits.containsKey(id) && unknown++ < RequestText.MAX_ERRORS) {
                List<String> known = indicationBits.keySet().stream().sorted().toList();
                errors.add(new RequestError("indications[" + i + "]",
                        "unknown indication `" + RequestText.shown(id) + "` for guideline " + guideline.id()
                                + hinted(id, known) + "known: " + String.join(", ", known)));
            }
        }
        if (unknown > RequestText.MAX_ERRORS) {
            errors.add(new RequestError("indications", (unknown - RequestText.MAX_ERRORS) + " more unknown indications are not listed"));
        }
        int unlistedFacts = 0;
        for (String fact : request.facts().keySet()) {
            if (factNames.contains(fact)) {
                continue;
            }
            if (errors.size() >= RequestText.MAX_ERRORS) {
                unlistedFacts++;
            } else {
                errors.add(new RequestError("facts." + fact, "unknown fact `" + RequestText.shown(fact) + "` for guideline " + guideline.id()
                        + (factNames.isEmpty() ? "; its criteria read no facts" : hinted(fact, factNames) + "known: "
                        + String.join(", ", factNames))));
            }
        }
        if (unlistedFacts > 0) {
            errors.add(new RequestError("facts", unlistedFacts + " more unknown facts are not listed"));
        }
        ClosedWorld.check(request, errors);
        LineScope.check(guideline.programExceptions().lines(), request, guideline.id(), errors);
        return errors;
    }

    // "; did you mean `x`? " when a known id is near, else "; ": what comes before the list of known ids.
    private static String hinted(String given, java.util.Collection<String> known) {
        String hint = NearestName.hint(given, known);
        return hint.isEmpty() ? "; " : hint + " ";
    }

    @Override
    public Determination decide(CoverageRequest request) {
        return decide(request, request.dateOfService(), RevisionBasis.DATE_OF_SERVICE);
    }

    @Override
    public Determination decideAsOf(CoverageRequest request, LocalDate asOf) {
        return decide(request, asOf, RevisionBasis.AS_OF);
    }

    private Determination decide(CoverageRequest request, LocalDate selectingDate, RevisionBasis basis) {
        Answer answer = new Answer(request, selectingDate, basis);
        int index = revisionIndex(selectingDate);
        if (index < 0) {
            answer.findings.add(withEvidence(beforeOriginalEffectiveDate,
                    new Evidence(basis == RevisionBasis.AS_OF ? "asOf" : "dateOfService", selectingDate.toString(), selectingDate)));
            return answer.of(null, Outcome.NOT_APPLICABLE, List.of());
        }
        Plan plan = plans[index];
        boolean codes = codesInScope(index, request.procedures(), answer.findings);
        Finding drug = drugInScope(index, request);
        if (drug != null) {
            answer.findings.add(drug);
        } else if (!codes) {
            answer.findings.add(plan.noCodeInScope());
            return answer.of(plan, Outcome.NOT_APPLICABLE, List.of());
        }
        if (lines != null && !lines.admits(request)) {
            answer.findings.add(lines.outsideFor(request));
            return answer.of(plan, Outcome.NOT_APPLICABLE, List.of());
        }
        if (plan.unknownExceptions() != null) {
            answer.findings.add(plan.unknownExceptions());
            return answer.of(plan, Outcome.REVISION_CONTENT_UNKNOWN, List.of());
        }
        ExceptionRule exception = exceptionByLine[index][request.member().lineOfBusiness().ordinal()];
        if (exception != null) {
            answer.findings.add(exception.finding());
            if (exception.defers()) {
                // The program's own guidelines decide: nothing of this position statement applies,
                // so no indication or document is reported as met or missing.
                return answer.of(plan, Outcome.DEFER_TO_PROGRAM, List.of());
            }
        }
        if (plan.unknownPositionStatement() != null) {
            answer.findings.add(plan.unknownPositionStatement());
            return answer.of(plan, Outcome.REVISION_CONTENT_UNKNOWN, List.of());
        }
        if (drug != null && noPriorAuthorizationNeeded(plan, request)) {
            answer.findings.add(plan.pharmacy().noPriorAuthorization());
            return answer.of(plan, Outcome.NO_PRIOR_AUTHORIZATION_REQUIRED, List.of());
        }
        long present = presentIndications(request.indications());
        OutcomeRules outcomes = plan.outcomes();
        Outcome stated = outcomes.isEmpty() ? null : outcomes.test(OutcomeRules.Stage.SUBMISSION, present, request, answer.findings);
        stated = stated != null || outcomes.isEmpty() ? stated : outcomes.test(OutcomeRules.Stage.AUTHORIZATION, present, request, answer.findings);
        if (stated != null) {
            return answer.of(plan, stated, List.of());
        }
        List<Experimental> experimental = plan.experimental();
        for (int i = 0; i < experimental.size(); i++) {
            Experimental x = experimental.get(i);
            List<Finding> why = new ArrayList<>(4);
            if (x.check().test(present, request, why) == Truth.MET) {
                answer.findings.add(x.finding());
                answer.findings.addAll(why);
                return answer.of(plan, Outcome.EXPERIMENTAL_INVESTIGATIONAL, List.of());
            }
        }
        stated = outcomes.isEmpty() ? null : outcomes.test(OutcomeRules.Stage.REVIEW, present, request, answer.findings);
        if (stated != null) {
            return answer.of(plan, stated, List.of());
        }
        AnyIndication any = anyIndication[index];
        Truth criteria = any != null ? any.test(present, answer.findings) : plan.criteria().test(present, request, answer.findings);
        if (criteria == Truth.UNKNOWN) {
            return answer.of(plan, Outcome.NEEDS_MORE_INFORMATION, List.of());
        }
        boolean indicated = criteria == Truth.MET;
        // Coverage only under a study is for requests the criteria do not cover; covered, it is then documented as any other.
        Outcome study = indicated || outcomes.isEmpty() ? null : outcomes.study(present, request, answer.findings);
        if (study == Outcome.NEEDS_MORE_INFORMATION) {
            return answer.of(plan, study, List.of());
        }
        boolean underStudy = study == Outcome.COVERED_UNDER_STUDY;
        if (!indicated && !underStudy && plan.noIndication() != null) {
            answer.findings.add(plan.noIndication());
        }
        indicated |= underStudy;
        if (plan.unknownDocumentation() != null) {
            answer.findings.add(plan.unknownDocumentation());
            return answer.of(plan, indicated ? Outcome.REVISION_CONTENT_UNKNOWN : Outcome.NOT_MEDICALLY_NECESSARY, List.of());
        }
        List<MissingDocument> missing = documentRules[index].check(request.documents(), request.dateOfService(), answer.findings);
        Outcome outcome;
        if (!indicated) {
            outcome = Outcome.NOT_MEDICALLY_NECESSARY;
        } else if (!missing.isEmpty()) {
            outcome = Outcome.INSUFFICIENT_DOCUMENTATION;
        } else if (underStudy) {
            outcome = Outcome.COVERED_UNDER_STUDY;
        } else {
            outcome = Outcome.MEETS_MEDICAL_NECESSITY;
            if (plan.pharmacy().length() != null) {
                return answer.approved(plan, authorizationPeriod(plan.pharmacy(), request, answer.findings));
            }
        }
        return answer.of(plan, outcome, missing);
    }

    /** The requested drug's finding when the drug is on this revision's list, else null. */
    private Finding drugInScope(int index, CoverageRequest request) {
        Finding f = listedDrug(index, request);
        return f == null ? null : withEvidence(f, new Evidence("priorAuthorization.drug", request.priorAuthorization().drug(), null));
    }

    /** The finding of the drug the request asks for in revision {@code index}, or null when it is not on that list. */
    private Finding listedDrug(int index, CoverageRequest request) {
        if (request.priorAuthorization() == null) {
            return null;
        }
        int drug = drugNumbers.get(request.priorAuthorization().drug());
        return drug == StringIndex.ABSENT ? null : drugFindings[index][drug];
    }

    /**
     * The approval's period: the length of authorization from the date of service, shortened to the
     * days a cap on the requested drug's therapy leaves.
     */
    private static AuthorizationPeriod authorizationPeriod(
            Pharmacy pharmacy, CoverageRequest request, List<Finding> findings) {
        LocalDate dos = request.dateOfService();
        LocalDate through = pharmacy.lengthFor(request).after(dos).minusDays(1);
        if (pharmacy.subsequentLength() != null) {
            // Initial and subsequent lengths differ: say which one this approval took, and why.
            findings.add(Continuation.lengthFinding(pharmacy, request));
        }
        Drug requested = pharmacy.context().requestedDrug(request);
        for (MemberCriterion m : pharmacy.caps()) {
            MemberCriterion.Cap cap = (MemberCriterion.Cap) m.test();
            // Only a cap that counts the requested drug's own therapy is used up by approving it.
            if (!TherapyDays.admitsRequested(cap.filter(), requested, pharmacy.context())) {
                continue;
            }
            long left = MemberJudges.limitDays(cap, dos) - MemberJudges.usedDays(cap, request, pharmacy.context());
            LocalDate capEnd = dos.plusDays(left - 1);
            if (left > 0 && capEnd.isBefore(through)) {
                through = capEnd;
                Finding f = pharmacy.lengthFinding();
                findings.add(new Finding(f.kind(), f.ref(), f.clause(), f.text() + ", shortened to " + left + " days: " + m.id()
                        + " leaves " + left + " days", f.section(), List.of(new Evidence("therapies", left + " days left", capEnd))));
            }
        }
        return new AuthorizationPeriod(dos, through);
    }

    /** True when only non-preferred drugs need prior authorization and the requested one is preferred. */
    private static boolean noPriorAuthorizationNeeded(Plan plan, CoverageRequest request) {
        return plan.pharmacy().noPriorAuthorization() != null
                && plan.pharmacy().context().requestedDrug(request).status() == Drug.Status.PREFERRED;
    }

    private static final int SCREEN_UNKNOWN_EXCEPTIONS = 1;
    private static final int SCREEN_UNKNOWN_POSITION = 1 << 1;
    private static final int SCREEN_UNKNOWN_DOCUMENTATION = 1 << 2;
    private static final int SCREEN_PHARMACY = 1 << 3;
    // Experimental statements, or criteria other than "any of these indications": walk the tree.
    private static final int SCREEN_WALK_CRITERIA = 1 << 4;
    // Shifted left by a line of business's ordinal: the line's program exception defers.
    private static final int SCREEN_DEFERS = 1 << 8;

    private static int screen(Plan plan, AnyIndication any, ExceptionRule[] exceptions) {
        int steps = 0;
        steps |= plan.unknownExceptions() != null ? SCREEN_UNKNOWN_EXCEPTIONS : 0;
        steps |= plan.unknownPositionStatement() != null ? SCREEN_UNKNOWN_POSITION : 0;
        steps |= plan.unknownDocumentation() != null ? SCREEN_UNKNOWN_DOCUMENTATION : 0;
        steps |= plan.pharmacy() != null && !plan.pharmacy().drugFindings().isEmpty() ? SCREEN_PHARMACY : 0;
        steps |= any == null || !plan.experimental().isEmpty() ? SCREEN_WALK_CRITERIA : 0;
        for (int line = 0; line < exceptions.length; line++) {
            if (exceptions[line] != null && exceptions[line].defers()) {
                steps |= SCREEN_DEFERS << line;
            }
        }
        return steps;
    }

    @Override
    public Outcome outcome(CoverageRequest request) {
        LocalDate dos = request.dateOfService();
        int index = revisionIndex(dos);
        if (index < 0) {
            return Outcome.NOT_APPLICABLE;
        }
        int steps = screen[index];
        boolean drug = (steps & SCREEN_PHARMACY) != 0 && listedDrug(index, request) != null;
        if (!drug && !anyCodeInScope(index, request.procedures()) || lines != null && !lines.admits(request)) {
            return Outcome.NOT_APPLICABLE;
        }
        if ((steps & SCREEN_UNKNOWN_EXCEPTIONS) != 0) {
            return Outcome.REVISION_CONTENT_UNKNOWN;
        }
        if ((steps & (SCREEN_DEFERS << request.member().lineOfBusiness().ordinal())) != 0) {
            return Outcome.DEFER_TO_PROGRAM;
        }
        if ((steps & SCREEN_UNKNOWN_POSITION) != 0) {
            return Outcome.REVISION_CONTENT_UNKNOWN;
        }
        if (drug && noPriorAuthorizationNeeded(plans[index], request)) {
            return Outcome.NO_PRIOR_AUTHORIZATION_REQUIRED;
        }
        long present = presentIndications(request.indications());
        OutcomeRules outcomes = plans[index].outcomes();
        Outcome covered = Outcome.MEETS_MEDICAL_NECESSITY;
        if (!outcomes.isEmpty()) {
            Outcome stated = outcomes.screen(OutcomeRules.Stage.SUBMISSION, present, request);
            stated = stated != null ? stated : outcomes.screen(OutcomeRules.Stage.AUTHORIZATION, present, request);
            if (stated != null) {
                return stated;
            }
        }
        if ((steps & SCREEN_WALK_CRITERIA) != 0 || !outcomes.isEmpty()) {
            Outcome screened = walkCriteria(plans[index], present, request);
            if (screened == Outcome.NOT_MEDICALLY_NECESSARY && !outcomes.isEmpty()) {
                Outcome study = outcomes.screenStudy(present, request);
                screened = study == Outcome.COVERED_UNDER_STUDY ? null : study == null ? screened : study;
                covered = study == Outcome.COVERED_UNDER_STUDY ? study : covered;
            }
            if (screened != null) {
                return screened;
            }
        } else if ((present & anyIndicationMask[index]) == 0) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        if ((steps & SCREEN_UNKNOWN_DOCUMENTATION) != 0) {
            return Outcome.REVISION_CONTENT_UNKNOWN;
        }
        return documentRules[index].allOnFile(request.documents(), dos) ? covered : Outcome.INSUFFICIENT_DOCUMENTATION;
    }

    /** The outcome the experimental statements and the criteria tree screen a request to, or null when the criteria are met. */
    private static Outcome walkCriteria(Plan plan, long present, CoverageRequest request) {
        List<Experimental> experimental = plan.experimental();
        for (int i = 0; i < experimental.size(); i++) {
            if (experimental.get(i).check().screen(present, request) == Truth.MET) {
                return Outcome.EXPERIMENTAL_INVESTIGATIONAL;
            }
        }
        Outcome review = plan.outcomes().screen(OutcomeRules.Stage.REVIEW, present, request);
        if (review != null) {
            return review;
        }
        Truth criteria = plan.criteria().screen(present, request);
        if (criteria == Truth.UNKNOWN) {
            return Outcome.NEEDS_MORE_INFORMATION;
        }
        return criteria == Truth.MET ? null : Outcome.NOT_MEDICALLY_NECESSARY;
    }

    private boolean anyCodeInScope(int index, List<Procedure> procedures) {
        for (int i = 0; i < procedures.size(); i++) {
            if (codeHit(index, procedures.get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The procedure's code's prebuilt findings in revision {@code index}, or null when it is not in scope there. */
    private Finding[] codeHit(int index, Procedure p) {
        int system = systems.get(p.system());
        if (system == StringIndex.ABSENT) {
            return null;
        }
        int code = codesOfSystem[system].get(p.code());
        return code == StringIndex.ABSENT ? null : codeHits[index][code];
    }


    /**
     * A position statement that is "any of these indications" (IGRT's shape), flattened: deciding
     * it is a mask test, and the met findings come from an array in clause order, the order the
     * criterion tree would report them in. Built only for that shape; others walk the tree.
     */
    private record AnyIndication(long mask, int[] bits, Finding[] met) {
        static AnyIndication of(CriterionCheck criteria) {
            if (!(criteria instanceof CriterionCheck.AnyCheck any)) {
                return null;
            }
            for (CriterionCheck child : any.children()) {
                if (!(child instanceof CriterionCheck.IndicationCheck)) {
                    return null;
                }
            }
            int n = any.children().size();
            int[] bits = new int[n];
            Finding[] met = new Finding[n];
            long mask = 0;
            for (int k = 0; k < n; k++) {
                CriterionCheck.IndicationCheck check = (CriterionCheck.IndicationCheck) any.children().get(k);
                bits[k] = check.bit();
                met[k] = check.met();
                mask |= 1L << check.bit();
            }
            return new AnyIndication(mask, bits, met);
        }

        Truth test(long present, List<Finding> findings) {
            if ((present & mask) == 0) {
                return Truth.NOT_MET;
            }
            for (int k = 0; k < bits.length; k++) {
                if ((present & (1L << bits[k])) != 0) {
                    findings.add(met[k]);
                }
            }
            return Truth.MET;
        }
    }

    private boolean codesInScope(int index, List<Procedure> procedures, List<Finding> findings) {
        boolean any = false;
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            Finding[] hit = codeHit(index, p);
            if (hit != null) {
                // The finding with its evidence is prebuilt for the first procedures of a request.
                findings.add(i < hit.length ? hit[i]
                        : withEvidence(hit[0], new Evidence(FieldNames.PROCEDURES.field(i), p.system() + " " + p.code(), null)));
                any = true;
            }
        }
        return any;
    }

    /** By system, then code: a number for every code any revision lists, unique across systems. */
    private static Map<String, Map<String, Integer>> codeNumbers(Plan[] plans) {
        Map<String, Map<String, Integer>> numbers = new java.util.LinkedHashMap<>();
        int next = 0;
        for (Plan plan : plans) {
            for (Map.Entry<String, Map<String, Finding>> codes : plan.codeFindings().entrySet()) {
                Map<String, Integer> ofSystem = numbers.get(codes.getKey());
                if (ofSystem == null) {
                    ofSystem = new java.util.LinkedHashMap<>();
                    numbers.put(codes.getKey(), ofSystem);
                }
                for (String code : codes.getValue().keySet()) {
                    if (!ofSystem.containsKey(code)) {
                        ofSystem.put(code, next++);
                    }
                }
            }
        }
        return numbers;
    }

    /**
     * One revision's code hits, by code number: the code's in-scope finding with its evidence, one
     * for each of the first {@link FieldNames#PREBUILT} procedure positions, since a finding is a
     * value and the same code at the same position always reports the same one. A code whose
     * finding several revisions share ({@code built}, by finding) shares its prebuilt ones too.
     */
    private static Finding[][] codeHits(Plan plan, Map<String, Map<String, Integer>> numbers, Map<Finding, Finding[]> built) {
        int count = 0;
        for (Map<String, Integer> codes : numbers.values()) {
            count += codes.size();
        }
        Finding[][] hits = new Finding[count][];
        for (Map.Entry<String, Map<String, Finding>> codes : plan.codeFindings().entrySet()) {
            String system = codes.getKey();
            for (Map.Entry<String, Finding> code : codes.getValue().entrySet()) {
                Finding finding = code.getValue();
                Finding[] hit = built.get(finding);
                if (hit == null) {
                    hit = new Finding[FieldNames.PREBUILT];
                    String value = system + " " + code.getKey();
                    for (int i = 0; i < hit.length; i++) {
                        hit[i] = withEvidence(finding, new Evidence(FieldNames.PROCEDURES.field(i), value, null));
                    }
                    built.put(finding, hit);
                }
                hits[numbers.get(system).get(code.getKey())] = hit;
            }
        }
        return hits;
    }

    private long presentIndications(List<String> ids) {
        long bits = 0;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            int bit = indicationIndex.get(id);
            if (bit == StringIndex.ABSENT) {
                throw new IllegalArgumentException("unchecked request names unknown indication " + id);
            }
            bits |= 1L << bit;
        }
        return bits;
    }


    private static Finding withEvidence(Finding f, Evidence evidence) {
        return new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(), List.of(evidence));
    }

    /** A determination under construction: the request, the date that chose the revision, the findings. */
    private final class Answer {
        final CoverageRequest request;
        final LocalDate selectingDate;
        final RevisionBasis basis;
        final FindingList findings = new FindingList(findingCapacity);

        Answer(CoverageRequest request, LocalDate selectingDate, RevisionBasis basis) {
            this.request = request;
            this.selectingDate = selectingDate;
            this.basis = basis;
        }

        Determination of(Plan plan, Outcome outcome, List<MissingDocument> missing) {
            return new Determination(guideline.id(), plan == null ? null : plan.effective(), request.dateOfService(),
                    basis, selectingDate, outcome, findings.freeze(), missing, guideline.sourceDigest());
        }

        Determination approved(Plan plan, AuthorizationPeriod period) {
            return new Determination(guideline.id(), plan.effective(), request.dateOfService(), basis, selectingDate,
                    Outcome.MEETS_MEDICAL_NECESSITY, findings.freeze(), List.of(), guideline.sourceDigest(), period);
        }
    }
}
