package io.coverkit.bench;

import static io.coverkit.bench.IgrtClauses.*;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.request.Procedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The IGRT rule in Drools DRL, decided by a stateless session: the incumbent rule engine peer.
 * The rules do the matching (before the original date, codes in scope on the date, program
 * exceptions, indications present, documents in their window); an {@link Answer} fact records
 * what fired and assembles the same determination as the hand-written path, in the guideline's
 * decision order, so the paths can be compared finding for finding.
 */
public final class DroolsIgrt {

    private final KieBase base;
    private final String sourceDigest;

    /** Compiles the DRL once; {@code sourceDigest} is what the determinations name. */
    public DroolsIgrt(String sourceDigest) {
        this.base = new KieHelper().addContent(drl(), ResourceType.DRL).build();
        this.sourceDigest = sourceDigest;
    }

    /** The full determination, from one stateless execution. */
    public Determination decide(CoverageRequest request) {
        StatelessKieSession session = base.newStatelessKieSession();
        Answer answer = new Answer(request, sourceDigest);
        session.execute(List.of(answer, request));
        return answer.determination();
    }

    /** The rules, one per clause: written out here from the same clause table the other paths use. */
    static String drl() {
        StringBuilder drl = new StringBuilder("""
                package io.coverkit.bench.drools;
                import io.coverkit.request.CoverageRequest;
                import io.coverkit.request.Procedure;
                import io.coverkit.request.Document;
                import io.coverkit.model.LineOfBusiness;
                import io.coverkit.bench.DroolsIgrt.Answer;
                import io.coverkit.bench.IgrtClauses;

                rule "before the original effective date"
                when
                    $a : Answer()
                    CoverageRequest( dateOfService().isBefore(IgrtClauses.ORIGINAL) )
                then
                    $a.beforeOriginal();
                end

                rule "CPT 77387 is in scope from 2015-01-01"
                when
                    $a : Answer()
                    $r : CoverageRequest( !dateOfService().isBefore(IgrtClauses.CODES_2015) )
                    $p : Procedure( system() == "CPT", code() == "77387" ) from $r.procedures()
                then
                    $a.codeInScope($r.procedures().indexOf($p), IgrtClauses.CPT_77387);
                end

                rule "CPT 77014 is in scope until 2026-01-01"
                when
                    $a : Answer()
                    $r : CoverageRequest( dateOfService().isBefore(IgrtClauses.CODES_2026) )
                    $p : Procedure( system() == "CPT", code() == "77014" ) from $r.procedures()
                then
                    $a.codeInScope($r.procedures().indexOf($p), IgrtClauses.CPT_77014);
                end

                rule "Medicare Advantage follows this guideline, with a note"
                when
                    $a : Answer()
                    CoverageRequest( member().lineOfBusiness() == LineOfBusiness.MEDICARE_ADVANTAGE,
                            !dateOfService().isBefore(IgrtClauses.MEDICARE_NOTE_ADDED) )
                then
                    $a.exception(IgrtClauses.MEDICARE_ADVANTAGE, false);
                end

                rule "a required document is on file within six months"
                when
                    $a : Answer()
                    $r : CoverageRequest( !dateOfService().isBefore(IgrtClauses.DOCUMENTS_ADDED) )
                    $d : Document( loinc() in ("28626-0", "18741-9", "18776-5"),
                            !date().isBefore($r.dateOfService().minusMonths(6)), !date().isAfter($r.dateOfService()) )
                            from $r.documents()
                then
                    $a.documentInWindow($r.documents().indexOf($d), $d);
                end
                """);
        for (String program : List.of("FEP", "SAO")) {
            drl.append("""

                    rule "%1$s defers to its program"
                    when
                        $a : Answer()
                        CoverageRequest( member().lineOfBusiness() == LineOfBusiness.%1$s )
                    then
                        $a.exception(IgrtClauses.%1$s, true);
                    end
                    """.formatted(program));
        }
        for (String code : List.of("G6001", "G6002", "G6017")) {
            drl.append("""

                    rule "HCPCS %1$s is in scope from 2015-01-01 until 2026-01-01"
                    when
                        $a : Answer()
                        $r : CoverageRequest( !dateOfService().isBefore(IgrtClauses.CODES_2015), dateOfService().isBefore(IgrtClauses.CODES_2026) )
                        $p : Procedure( system() == "HCPCS", code() == "%1$s" ) from $r.procedures()
                    then
                        $a.codeInScope($r.procedures().indexOf($p), IgrtClauses.HCPCS_%1$s);
                    end
                    """.formatted(code));
        }
        for (int k = 0; k < IgrtRequests.INDICATIONS.size(); k++) {
            drl.append("""

                    rule "indication %1$s"
                    when
                        $a : Answer()
                        $r : CoverageRequest()
                        String( this == "%1$s" ) from $r.indications()
                    then
                        $a.indication(%2$d);
                    end
                    """.formatted(IgrtRequests.INDICATIONS.get(k), k));
        }
        return drl.toString();
    }

    /** What the rules found for one request; assembles the determination afterwards. */
    public static final class Answer {
        private final CoverageRequest request;
        private final String sourceDigest;
        private boolean beforeOriginal;
        private final Finding[] codes;
        private Finding exception;
        private boolean defers;
        private int indications;
        private final int[] bestDocument = {-1, -1, -1};

        Answer(CoverageRequest request, String sourceDigest) {
            this.request = request;
            this.sourceDigest = sourceDigest;
            this.codes = new Finding[request.procedures().size()];
        }

        /** Fired: the date of service is before the original effective date. */
        public void beforeOriginal() {
            beforeOriginal = true;
        }

        /** Fired: procedure {@code index} is in scope. */
        public void codeInScope(int index, Finding finding) {
            codes[index] = finding;
        }

        /** Fired: the member's line of business has a program exception. */
        public void exception(Finding finding, boolean defers) {
            this.exception = finding;
            this.defers = defers;
        }

        /** Fired: indication {@code k} of the position statement is present. */
        public void indication(int k) {
            indications |= 1 << k;
        }

        /** Fired: document {@code index} is inside its window; the latest (first among equals) counts. */
        public void documentInWindow(int index, Document d) {
            int k = IgrtRequests.LOINCS.indexOf(d.loinc());
            int best = bestDocument[k];
            List<Document> documents = request.documents();
            if (best < 0 || d.date().isAfter(documents.get(best).date())
                    || (d.date().equals(documents.get(best).date()) && index < best)) {
                bestDocument[k] = index;
            }
        }

        Determination determination() {
            LocalDate dos = request.dateOfService();
            if (beforeOriginal) {
                return of(null, Outcome.NOT_APPLICABLE, List.of(new Finding(BEFORE_ORIGINAL.kind(), BEFORE_ORIGINAL.ref(),
                        BEFORE_ORIGINAL.clause(), BEFORE_ORIGINAL.text(), BEFORE_ORIGINAL.section(),
                        List.of(new Evidence("dateOfService", dos.toString(), dos)))), List.of());
            }
            LocalDate revision = HandWrittenIgrt.revisionOn(dos);
            List<Finding> findings = new ArrayList<>(8);
            List<Procedure> procedures = request.procedures();
            for (int i = 0; i < codes.length; i++) {
                Finding f = codes[i];
                if (f != null) {
                    Procedure p = procedures.get(i);
                    findings.add(new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(),
                            List.of(new Evidence("procedures[" + i + "]", p.system() + " " + p.code(), null))));
                }
            }
            if (findings.isEmpty()) {
                findings.add(NO_CODE);
                return of(revision, Outcome.NOT_APPLICABLE, findings, List.of());
            }
            if (dos.isBefore(EXCEPTIONS_KNOWN)) {
                findings.add(UNKNOWN_EXCEPTIONS);
                return of(revision, Outcome.REVISION_CONTENT_UNKNOWN, findings, List.of());
            }
            if (exception != null) {
                findings.add(exception);
                if (defers) {
                    return of(revision, Outcome.DEFER_TO_PROGRAM, findings, List.of());
                }
            }
            if (dos.isBefore(POSITION_KNOWN)) {
                findings.add(UNKNOWN_POSITION);
                return of(revision, Outcome.REVISION_CONTENT_UNKNOWN, findings, List.of());
            }
            for (int k = 0; k < INDICATION_MET.length; k++) {
                if ((indications & (1 << k)) != 0) {
                    findings.add(INDICATION_MET[k]);
                }
            }
            if (indications == 0) {
                findings.add(NO_INDICATION);
            }
            List<MissingDocument> missing = new ArrayList<>(3);
            for (int k = 0; k < 3; k++) {
                int best = bestDocument[k];
                if (best >= 0) {
                    Document d = request.documents().get(best);
                    findings.add(new Finding(FindingKind.DOCUMENT_PRESENT, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                            DOCUMENT_SECTION, List.of(new Evidence("documents[" + best + "]", d.loinc(), d.date()))));
                } else {
                    findings.add(new Finding(FindingKind.DOCUMENT_MISSING, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                            DOCUMENT_SECTION, List.of()));
                    missing.add(new MissingDocument(IgrtRequests.LOINCS.get(k), DOCUMENT_NAMES[k], dos.minusMonths(6), dos));
                }
            }
            Outcome outcome = indications == 0 ? Outcome.NOT_MEDICALLY_NECESSARY
                    : !missing.isEmpty() ? Outcome.INSUFFICIENT_DOCUMENTATION : Outcome.MEETS_MEDICAL_NECESSITY;
            return of(revision, outcome, findings, missing);
        }

        private Determination of(LocalDate revision, Outcome outcome, List<Finding> findings, List<MissingDocument> missing) {
            LocalDate dos = request.dateOfService();
            return new Determination(G, revision, dos, RevisionBasis.DATE_OF_SERVICE, dos, outcome, findings, missing, sourceDigest);
        }
    }
}
