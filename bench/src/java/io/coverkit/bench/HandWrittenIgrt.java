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
import java.util.Arrays;
import java.util.List;

/**
 * The IGRT rule as an engineer would hand-code it for this one guideline: straight-line Java,
 * switch over codes, constants for every citation. It is the practical speed limit the compiled
 * evaluator is measured against, so it produces exactly the same determination.
 */
public final class HandWrittenIgrt {

    private final String sourceDigest;

    /** @param sourceDigest the digest the determinations name (that of the policy file) */
    public HandWrittenIgrt(String sourceDigest) {
        this.sourceDigest = sourceDigest;
    }

    /** The full determination. */
    public Determination decide(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        if (dos.isBefore(ORIGINAL)) {
            Finding before = new Finding(BEFORE_ORIGINAL.kind(), BEFORE_ORIGINAL.ref(), BEFORE_ORIGINAL.clause(),
                    BEFORE_ORIGINAL.text(), BEFORE_ORIGINAL.section(), List.of(new Evidence("dateOfService", dos.toString(), dos)));
            return determination(r, null, Outcome.NOT_APPLICABLE, List.of(before), List.of());
        }
        LocalDate revision = revisionOn(dos);
        List<Finding> findings = new ArrayList<>(8);
        List<Procedure> procedures = r.procedures();
        boolean inScope = false;
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            Finding f = codeFinding(p.system(), p.code(), dos);
            if (f != null) {
                findings.add(new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(),
                        List.of(new Evidence("procedures[" + i + "]", p.system() + " " + p.code(), null))));
                inScope = true;
            }
        }
        if (!inScope) {
            findings.add(NO_CODE);
            return determination(r, revision, Outcome.NOT_APPLICABLE, findings, List.of());
        }
        if (dos.isBefore(EXCEPTIONS_KNOWN)) {
            findings.add(UNKNOWN_EXCEPTIONS);
            return determination(r, revision, Outcome.REVISION_CONTENT_UNKNOWN, findings, List.of());
        }
        switch (r.member().lineOfBusiness()) {
            case FEP -> {
                findings.add(FEP);
                return determination(r, revision, Outcome.DEFER_TO_PROGRAM, findings, List.of());
            }
            case SAO -> {
                findings.add(SAO);
                return determination(r, revision, Outcome.DEFER_TO_PROGRAM, findings, List.of());
            }
            case MEDICARE_ADVANTAGE -> findings.add(MEDICARE_ADVANTAGE);
            default -> {}
        }
        if (dos.isBefore(POSITION_KNOWN)) {
            findings.add(UNKNOWN_POSITION);
            return determination(r, revision, Outcome.REVISION_CONTENT_UNKNOWN, findings, List.of());
        }
        boolean indicated = false;
        List<String> present = r.indications();
        for (int k = 0; k < INDICATION_MET.length; k++) {
            if (present.contains(IgrtRequests.INDICATIONS.get(k))) {
                findings.add(INDICATION_MET[k]);
                indicated = true;
            }
        }
        if (!indicated) {
            findings.add(NO_INDICATION);
        }
        LocalDate earliest = dos.minusMonths(6);
        List<Document> documents = r.documents();
        List<MissingDocument> missing = null;
        for (int k = 0; k < 3; k++) {
            String loinc = IgrtRequests.LOINCS.get(k);
            int best = -1;
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                if (d.loinc().equals(loinc) && !d.date().isBefore(earliest) && !d.date().isAfter(dos)
                        && (best < 0 || d.date().isAfter(documents.get(best).date()))) {
                    best = i;
                }
            }
            if (best >= 0) {
                Document d = documents.get(best);
                findings.add(new Finding(FindingKind.DOCUMENT_PRESENT, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                        DOCUMENT_SECTION, List.of(new Evidence("documents[" + best + "]", d.loinc(), d.date()))));
            } else {
                findings.add(new Finding(FindingKind.DOCUMENT_MISSING, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                        DOCUMENT_SECTION, List.of()));
                if (missing == null) {
                    missing = new ArrayList<>(3);
                }
                missing.add(new MissingDocument(loinc, DOCUMENT_NAMES[k], earliest, dos));
            }
        }
        Outcome outcome = !indicated ? Outcome.NOT_MEDICALLY_NECESSARY
                : missing != null ? Outcome.INSUFFICIENT_DOCUMENTATION : Outcome.MEETS_MEDICAL_NECESSITY;
        return determination(r, revision, outcome, findings, missing == null ? List.of() : missing);
    }

    /** Only the outcome: the same decision without building any finding. */
    public Outcome outcome(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        if (dos.isBefore(ORIGINAL)) {
            return Outcome.NOT_APPLICABLE;
        }
        boolean inScope = false;
        List<Procedure> procedures = r.procedures();
        for (int i = 0; i < procedures.size() && !inScope; i++) {
            Procedure p = procedures.get(i);
            inScope = codeFinding(p.system(), p.code(), dos) != null;
        }
        if (!inScope) {
            return Outcome.NOT_APPLICABLE;
        }
        if (dos.isBefore(EXCEPTIONS_KNOWN)) {
            return Outcome.REVISION_CONTENT_UNKNOWN;
        }
        switch (r.member().lineOfBusiness()) {
            case FEP, SAO -> {
                return Outcome.DEFER_TO_PROGRAM;
            }
            default -> {}
        }
        if (dos.isBefore(POSITION_KNOWN)) {
            return Outcome.REVISION_CONTENT_UNKNOWN;
        }
        List<String> present = r.indications();
        boolean indicated = false;
        for (int k = 0; k < INDICATION_MET.length && !indicated; k++) {
            indicated = present.contains(IgrtRequests.INDICATIONS.get(k));
        }
        if (!indicated) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        LocalDate earliest = dos.minusMonths(6);
        List<Document> documents = r.documents();
        for (int k = 0; k < 3; k++) {
            String loinc = IgrtRequests.LOINCS.get(k);
            boolean found = false;
            for (int i = 0; i < documents.size() && !found; i++) {
                Document d = documents.get(i);
                found = d.loinc().equals(loinc) && !d.date().isBefore(earliest) && !d.date().isAfter(dos);
            }
            if (!found) {
                return Outcome.INSUFFICIENT_DOCUMENTATION;
            }
        }
        return Outcome.MEETS_MEDICAL_NECESSITY;
    }

    static LocalDate revisionOn(LocalDate dos) {
        int i = Arrays.binarySearch(REVISIONS, dos);
        return REVISIONS[i >= 0 ? i : -i - 2];
    }

    /** The code's finding when it is in the code list on {@code dos}, else null. */
    static Finding codeFinding(String system, String code, LocalDate dos) {
        if (system.equals("CPT")) {
            return switch (code) {
                case "77387" -> dos.isBefore(CODES_2015) ? null : CPT_77387;
                case "77014" -> dos.isBefore(CODES_2026) ? CPT_77014 : null;
                default -> null;
            };
        }
        if (system.equals("HCPCS") && !dos.isBefore(CODES_2015) && dos.isBefore(CODES_2026)) {
            return switch (code) {
                case "G6001" -> HCPCS_G6001;
                case "G6002" -> HCPCS_G6002;
                case "G6017" -> HCPCS_G6017;
                default -> null;
            };
        }
        return null;
    }

    private Determination determination(CoverageRequest r, LocalDate revision, Outcome outcome, List<Finding> findings,
            List<MissingDocument> missing) {
        return new Determination(G, revision, r.dateOfService(), RevisionBasis.DATE_OF_SERVICE, r.dateOfService(), outcome,
                findings, missing, sourceDigest);
    }
}
