package io.coverkit.eval;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.model.Guideline;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.model.ProgramException;
import io.coverkit.model.TimeSpan;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.request.Procedure;
import io.coverkit.request.RequestError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluator the compiler builds: lookups precomputed, findings for clauses prebuilt, so a
 * decision walks arrays and maps and allocates little beyond its answer.
 *
 * <p>Decision order (DESIGN.md): not applicable, program deferral, indications, documentation.
 */
public final class CompiledGuideline implements Evaluator {

    /** A required document, compiled: its LOINC code, window and citation. */
    public record RequiredDocument(String loinc, String name, TimeSpan window, String ref, String clause, String section) {}

    /** A program exception, compiled: whether it defers and the finding it reports. */
    public record ExceptionRule(boolean defers, Finding finding) {}

    /**
     * Everything the compiler precomputed for one guideline.
     *
     * @param codeFindings by code system, then code: the finding a requested code in scope reports
     * @param indicationBits the bit each indication id sets
     * @param clauses every clause id a determination of this guideline can cite, in guideline order
     */
    public record Plan(
            Map<String, Map<String, Finding>> codeFindings,
            Map<LineOfBusiness, ExceptionRule> exceptions,
            Map<String, Integer> indicationBits,
            CriterionCheck criteria,
            Finding noIndication,
            Finding noCodeInScope,
            Finding beforeOriginalEffectiveDate,
            List<RequiredDocument> documents,
            List<String> clauses) {
        public Plan {
            codeFindings = Map.copyOf(codeFindings);
            exceptions = Map.copyOf(exceptions);
            indicationBits = Map.copyOf(indicationBits);
            documents = List.copyOf(documents);
            clauses = List.copyOf(clauses);
        }
    }

    private final Guideline guideline;
    private final Plan plan;
    private final ExceptionRule[] exceptionByLine;

    /** The evaluator of {@code guideline}, as the compiler planned it. */
    public CompiledGuideline(Guideline guideline, Plan plan) {
        this.guideline = guideline;
        this.plan = plan;
        this.exceptionByLine = new ExceptionRule[LineOfBusiness.values().length];
        plan.exceptions().forEach((line, rule) -> exceptionByLine[line.ordinal()] = rule);
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
        return plan.clauses();
    }

    @Override
    public List<RequestError> check(CoverageRequest request) {
        List<RequestError> errors = new ArrayList<>();
        List<String> indications = request.indications();
        for (int i = 0; i < indications.size(); i++) {
            String id = indications.get(i);
            if (!plan.indicationBits().containsKey(id)) {
                errors.add(new RequestError("indications[" + i + "]",
                        "unknown indication `" + id + "` for guideline " + guideline.id() + "; known: "
                                + String.join(", ", plan.indicationBits().keySet().stream().sorted().toList())));
            }
        }
        return errors;
    }

    @Override
    public Determination decide(CoverageRequest request) {
        LocalDate dos = request.dateOfService();
        List<Finding> findings = new ArrayList<>(8);
        if (dos.isBefore(guideline.originalEffectiveDate())) {
            findings.add(withEvidence(plan.beforeOriginalEffectiveDate(), new Evidence("dateOfService", dos.toString(), dos)));
            return answer(request, null, Outcome.NOT_APPLICABLE, findings, List.of());
        }
        LocalDate revision = guideline.revisionOn(dos).map(r -> r.effective()).orElse(guideline.originalEffectiveDate());
        if (!codesInScope(request.procedures(), findings)) {
            findings.add(plan.noCodeInScope());
            return answer(request, revision, Outcome.NOT_APPLICABLE, findings, List.of());
        }
        ExceptionRule exception = exceptionByLine[request.member().lineOfBusiness().ordinal()];
        if (exception != null) {
            findings.add(exception.finding());
            if (exception.defers()) {
                // The program's own guidelines decide: nothing of this position statement applies,
                // so no indication or document is reported as met or missing.
                return answer(request, revision, Outcome.DEFER_TO_PROGRAM, findings, List.of());
            }
        }
        boolean indicated = plan.criteria().test(presentIndications(request.indications()), findings);
        if (!indicated) {
            findings.add(plan.noIndication());
        }
        List<MissingDocument> missing = checkDocuments(request, findings);
        Outcome outcome;
        if (!indicated) {
            outcome = Outcome.NOT_MEDICALLY_NECESSARY;
        } else if (!missing.isEmpty()) {
            outcome = Outcome.INSUFFICIENT_DOCUMENTATION;
        } else {
            outcome = Outcome.MEETS_MEDICAL_NECESSITY;
        }
        return answer(request, revision, outcome, findings, missing);
    }

    private boolean codesInScope(List<Procedure> procedures, List<Finding> findings) {
        boolean any = false;
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            Map<String, Finding> system = plan.codeFindings().get(p.system());
            Finding inScope = system == null ? null : system.get(p.code());
            if (inScope != null) {
                findings.add(withEvidence(inScope, new Evidence("procedures[" + i + "]", p.system() + " " + p.code(), null)));
                any = true;
            }
        }
        return any;
    }

    private long presentIndications(List<String> ids) {
        long bits = 0;
        for (String id : ids) {
            Integer bit = plan.indicationBits().get(id);
            if (bit == null) {
                throw new IllegalArgumentException("unchecked request names unknown indication " + id);
            }
            bits |= 1L << bit;
        }
        return bits;
    }

    private List<MissingDocument> checkDocuments(CoverageRequest request, List<Finding> findings) {
        List<RequiredDocument> documents = plan.documents();
        if (documents.isEmpty()) {
            return List.of();
        }
        LocalDate dos = request.dateOfService();
        List<Document> onFile = request.documents();
        List<MissingDocument> missing = null;
        for (RequiredDocument required : documents) {
            LocalDate earliest = required.window().before(dos);
            int best = -1;
            for (int i = 0; i < onFile.size(); i++) {
                Document d = onFile.get(i);
                // INVARIANT: the window is inclusive at both ends: [dos - window, dos].
                if (d.loinc().equals(required.loinc())
                        && !d.date().isBefore(earliest)
                        && !d.date().isAfter(dos)
                        && (best < 0 || d.date().isAfter(onFile.get(best).date()))) {
                    best = i;
                }
            }
            if (best >= 0) {
                Document d = onFile.get(best);
                findings.add(new Finding(FindingKind.DOCUMENT_PRESENT, required.ref(), required.clause(), required.name(),
                        required.section(), List.of(new Evidence("documents[" + best + "]", d.loinc(), d.date()))));
            } else {
                findings.add(new Finding(FindingKind.DOCUMENT_MISSING, required.ref(), required.clause(), required.name(),
                        required.section(), List.of()));
                if (missing == null) {
                    missing = new ArrayList<>(documents.size());
                }
                missing.add(new MissingDocument(required.loinc(), required.name(), earliest, dos));
            }
        }
        return missing == null ? List.of() : missing;
    }

    private static Finding withEvidence(Finding f, Evidence evidence) {
        return new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(), List.of(evidence));
    }

    private Determination answer(
            CoverageRequest request, LocalDate revision, Outcome outcome, List<Finding> findings, List<MissingDocument> missing) {
        return new Determination(guideline.id(), revision, request.dateOfService(), outcome, findings, missing,
                guideline.sourceDigest());
    }
}
