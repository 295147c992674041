package io.coverkit.bench;

import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import io.coverkit.determination.Determination;
import io.coverkit.request.CoverageRequest;

/**
 * The naive approach: the IGRT rule as a dynamic Groovy closure, compiled once and called per
 * request. It is what a team gets by running rule scripts directly, the approach coverkit's design
 * rejects for safety; here it is measured for speed.
 */
public final class GroovyClosureIgrt {

    // Dynamic Groovy on purpose: that is the naive approach being measured.
    private static final String RULE = """
            import static io.coverkit.bench.IgrtClauses.*
            import io.coverkit.bench.IgrtRequests
            import io.coverkit.determination.*
            import java.time.LocalDate

            return { CoverageRequestArg r, String digest ->
                def dos = r.dateOfService
                def det = { rev, outcome, findings, missing ->
                    new Determination(IgrtRequests.GUIDELINE, rev, dos, RevisionBasis.DATE_OF_SERVICE, dos, outcome, findings, missing, digest)
                }
                if (dos < ORIGINAL) {
                    def f = BEFORE_ORIGINAL
                    return det(null, Outcome.NOT_APPLICABLE,
                            [new Finding(f.kind, f.ref, f.clause, f.text, f.section, [new Evidence('dateOfService', dos.toString(), dos)])], [])
                }
                def revision = REVISIONS.findAll { it <= dos }.last()
                def findings = []
                r.procedures.eachWithIndex { p, i ->
                    def f = null
                    if (p.system == 'CPT' && p.code == '77387' && dos >= CODES_2015) f = CPT_77387
                    else if (p.system == 'CPT' && p.code == '77014' && dos < CODES_2026) f = CPT_77014
                    else if (p.system == 'HCPCS' && dos >= CODES_2015 && dos < CODES_2026) {
                        f = [G6001: HCPCS_G6001, G6002: HCPCS_G6002, G6017: HCPCS_G6017][p.code]
                    }
                    if (f) {
                        findings << new Finding(f.kind, f.ref, f.clause, f.text, f.section,
                                [new Evidence("procedures[$i]".toString(), "${p.system} ${p.code}".toString(), null)])
                    }
                }
                if (!findings) {
                    findings << NO_CODE
                    return det(revision, Outcome.NOT_APPLICABLE, findings, [])
                }
                if (dos < EXCEPTIONS_KNOWN) {
                    findings << UNKNOWN_EXCEPTIONS
                    return det(revision, Outcome.REVISION_CONTENT_UNKNOWN, findings, [])
                }
                def line = r.member.lineOfBusiness.name()
                if (line == 'FEP' || line == 'SAO') {
                    findings << (line == 'FEP' ? FEP : SAO)
                    return det(revision, Outcome.DEFER_TO_PROGRAM, findings, [])
                }
                if (line == 'MEDICARE_ADVANTAGE') findings << MEDICARE_ADVANTAGE
                if (dos < POSITION_KNOWN) {
                    findings << UNKNOWN_POSITION
                    return det(revision, Outcome.REVISION_CONTENT_UNKNOWN, findings, [])
                }
                def indicated = false
                IgrtRequests.INDICATIONS.eachWithIndex { id, k ->
                    if (id in r.indications) { findings << INDICATION_MET[k]; indicated = true }
                }
                if (!indicated) findings << NO_INDICATION
                def earliest = dos.minusMonths(6)
                def missing = []
                IgrtRequests.LOINCS.eachWithIndex { loinc, k ->
                    def best = -1
                    r.documents.eachWithIndex { d, i ->
                        if (d.loinc == loinc && d.date >= earliest && d.date <= dos && (best < 0 || d.date > r.documents[best].date)) best = i
                    }
                    if (best >= 0) {
                        def d = r.documents[best]
                        findings << new Finding(FindingKind.DOCUMENT_PRESENT, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                                DOCUMENT_SECTION, [new Evidence("documents[$best]".toString(), d.loinc, d.date)])
                    } else {
                        findings << new Finding(FindingKind.DOCUMENT_MISSING, DOCUMENT_REFS[k], DOCUMENT_CLAUSES[k], DOCUMENT_NAMES[k],
                                DOCUMENT_SECTION, [])
                        missing << new MissingDocument(loinc, DOCUMENT_NAMES[k], earliest, dos)
                    }
                }
                def outcome = !indicated ? Outcome.NOT_MEDICALLY_NECESSARY
                        : missing ? Outcome.INSUFFICIENT_DOCUMENTATION : Outcome.MEETS_MEDICAL_NECESSITY
                return det(revision, outcome, findings, missing)
            }
            """.replace("CoverageRequestArg", CoverageRequest.class.getName());

    private final Closure<?> rule;
    private final String sourceDigest;

    /** Compiles the closure once; {@code sourceDigest} is what the determinations name. */
    public GroovyClosureIgrt(String sourceDigest) {
        this.rule = (Closure<?>) new GroovyShell(GroovyClosureIgrt.class.getClassLoader()).evaluate(RULE);
        this.sourceDigest = sourceDigest;
    }

    /** The full determination, from the closure. */
    public Determination decide(CoverageRequest request) {
        return (Determination) rule.call(request, sourceDigest);
    }
}
