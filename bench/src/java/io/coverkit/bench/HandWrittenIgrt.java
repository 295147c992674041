package io.coverkit.bench;

import static io.coverkit.bench.IgrtClauses.*;

import io.coverkit.determination.Determination;
import io.coverkit.determination.Evidence;
import io.coverkit.determination.Finding;
import io.coverkit.determination.FindingKind;
import io.coverkit.determination.FindingList;
import io.coverkit.determination.MissingDocument;
import io.coverkit.determination.Outcome;
import io.coverkit.determination.RevisionBasis;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.request.Procedure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The IGRT rule as an engineer would hand-code it for this one guideline and then tune it:
 * straight-line Java, switch over codes and indications, constants for every citation, findings
 * prebuilt wherever they do not depend on the request's dates, document codes compared by hash
 * first, and findings handed to the determination without a copy. It is the practical speed limit
 * the compiled evaluator is measured against, so it produces exactly the same determination.
 */
public final class HandWrittenIgrt implements HandWritten {

    private final String sourceDigest;

    /** @param sourceDigest the digest the determinations name (that of the policy file) */
    public HandWrittenIgrt(String sourceDigest) {
        this.sourceDigest = sourceDigest;
    }

    /** The full determination. */
    @Override
    public Determination decide(CoverageRequest r) {
        LocalDate dos = r.dateOfService();
        if (dos.isBefore(ORIGINAL)) {
            Finding before = new Finding(BEFORE_ORIGINAL.kind(), BEFORE_ORIGINAL.ref(), BEFORE_ORIGINAL.clause(),
                    BEFORE_ORIGINAL.text(), BEFORE_ORIGINAL.section(), List.of(new Evidence("dateOfService", dos.toString(), dos)));
            return determination(r, null, Outcome.NOT_APPLICABLE, List.of(before), List.of());
        }
        LocalDate revision = revisionOn(dos);
        FindingList findings = new FindingList(8);
        List<Procedure> procedures = r.procedures();
        boolean inScope = false;
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            Finding f = codeFinding(p.system(), p.code(), dos);
            if (f != null) {
                findings.add(i < POSITIONS ? CODE_AT.get(f)[i] : new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(),
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
        int present = presentIndications(r.indications());
        boolean indicated = present != 0;
        for (int k = 0; k < INDICATION_MET.length; k++) {
            if ((present & (1 << k)) != 0) {
                findings.add(INDICATION_MET[k]);
            }
        }
        if (!indicated) {
            findings.add(NO_INDICATION);
        }
        LocalDate earliest = dos.minusMonths(6);
        List<Document> documents = r.documents();
        List<MissingDocument> missing = null;
        for (int k = 0; k < 3; k++) {
            int best = bestDocument(documents, k, earliest, dos);
            if (best >= 0) {
                Document d = documents.get(best);
                findings.add(new Finding(FindingKind.DOCUMENT_PRESENT, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                        DOCUMENT_SECTION, List.of(new Evidence(best < POSITIONS ? DOCUMENT_FIELDS[best] : "documents[" + best + "]",
                                d.loinc(), d.date()))));
            } else {
                findings.add(DOCUMENT_MISSING[k]);
                if (missing == null) {
                    missing = new ArrayList<>(3);
                }
                missing.add(new MissingDocument(LOINC[k], DOCUMENT_NAMES[k], earliest, dos));
            }
        }
        Outcome outcome = !indicated ? Outcome.NOT_MEDICALLY_NECESSARY
                : missing != null ? Outcome.INSUFFICIENT_DOCUMENTATION : Outcome.MEETS_MEDICAL_NECESSITY;
        return determination(r, revision, outcome, findings, missing == null ? List.of() : missing);
    }

    /** Only the outcome: the same decision without building any finding. */
    @Override
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
        if (presentIndications(r.indications()) == 0) {
            return Outcome.NOT_MEDICALLY_NECESSARY;
        }
        LocalDate earliest = dos.minusMonths(6);
        List<Document> documents = r.documents();
        for (int k = 0; k < 3; k++) {
            if (bestDocument(documents, k, earliest, dos) < 0) {
                return Outcome.INSUFFICIENT_DOCUMENTATION;
            }
        }
        return Outcome.MEETS_MEDICAL_NECESSITY;
    }

    private static final int POSITIONS = 8;
    private static final String[] LOINC = IgrtRequests.LOINCS.toArray(new String[0]);
    private static final int[] LOINC_HASH = Arrays.stream(LOINC).mapToInt(String::hashCode).toArray();
    private static final String[] DOCUMENT_FIELDS = IntStream.range(0, POSITIONS).mapToObj(i -> "documents[" + i + "]")
            .toArray(String[]::new);
    private static final Finding[] DOCUMENT_MISSING = IntStream.range(0, 3)
            .mapToObj(k -> new Finding(FindingKind.DOCUMENT_MISSING, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                    DOCUMENT_SECTION, List.of()))
            .toArray(Finding[]::new);
    // By code finding: the finding with its evidence at each of the first procedure positions.
    private static final Map<Finding, Finding[]> CODE_AT = new IdentityHashMap<>();

    static {
        for (Finding f : List.of(CPT_77387, CPT_77014, HCPCS_G6001, HCPCS_G6002, HCPCS_G6017)) {
            String system = f.clause().contains("/cpt-") ? "CPT" : "HCPCS";
            CODE_AT.put(f, IntStream.range(0, POSITIONS)
                    .mapToObj(i -> new Finding(f.kind(), f.ref(), f.clause(), f.text(), f.section(),
                            List.of(new Evidence("procedures[" + i + "]", system + " " + f.ref(), null))))
                    .toArray(Finding[]::new));
        }
    }

    private static final Map<String, Integer> INDICATION_BIT = IntStream.range(0, INDICATION_MET.length).boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(IgrtRequests.INDICATIONS::get, k -> k));

    /** Bit k set when the request names the k-th indication of the position statement. */
    private static int presentIndications(List<String> ids) {
        int bits = 0;
        for (int i = 0; i < ids.size(); i++) {
            Integer k = INDICATION_BIT.get(ids.get(i));
            if (k != null) {
                bits |= 1 << k;
            }
        }
        return bits;
    }

    /** The position of the latest document on file of the k-th required code within the window, or -1. */
    private static int bestDocument(List<Document> documents, int k, LocalDate earliest, LocalDate dos) {
        int best = -1;
        LocalDate bestDate = null;
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            String code = d.loinc();
            LocalDate date = d.date();
            if (code.hashCode() == LOINC_HASH[k] && code.equals(LOINC[k]) && !date.isBefore(earliest) && !date.isAfter(dos)
                    && (bestDate == null || date.isAfter(bestDate))) {
                best = i;
                bestDate = date;
            }
        }
        return best;
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
                findings instanceof FindingList list ? list.freeze() : findings, missing, sourceDigest);
    }
}
