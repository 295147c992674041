package io.coverkit.server.fhir;

import io.coverkit.model.LineOfBusiness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Patient;

/**
 * Who the order is for: the Patient and the Coverages in force on the date of service, or why
 * there are none. Missing data is an answer here, not an error: CRD says so with a reason code.
 *
 * @param patient the patient, or null when the prefetch has none ({@link Problem#NO_MEMBER_FOUND})
 * @param coverages the coverages in force on the date of service, each with its line of business
 * @param problem why there is no coverage to decide under, or null when {@code coverages} is not empty
 * @param inactive a coverage found but not in force, when that is the problem (else null)
 */
public record MemberLookup(Patient patient, List<CoverageLine> coverages, Problem problem, Coverage inactive) {

    public MemberLookup {
        coverages = List.copyOf(coverages);
    }

    /** Why no coverage can be decided under; each is a CRD 2.2 coverage assertion reason code. */
    public enum Problem {
        /** No Patient in the prefetch (or none matching the context's patientId). */
        NO_MEMBER_FOUND("no-member-found", "no matching member was found: the request's prefetch holds no Patient for the patient in context"),
        /** No Coverage for the patient in the prefetch (absent, null or empty): it cannot be resolved. */
        COVERAGE_NOT_FOUND("coverage-not-found", "no coverage was found for the patient: the request's prefetch holds no Coverage for them"),
        /** Coverages were found, none active on the date of service. */
        NO_ACTIVE_COVERAGE("no-active-coverage", "the patient's coverage is not active on the date of service");

        private final String code;
        private final String text;

        Problem(String code, String text) {
            this.code = code;
            this.text = text;
        }

        /** The CRD reason code. */
        public String code() {
            return code;
        }

        /** The reason in words. */
        public String text() {
            return text;
        }
    }

    /**
     * A coverage in force and the line of business its class names.
     *
     * @param reference the reference the client knows it by, such as {@code Coverage/cov-1}
     * @param plan the plan-defined line of business its class names, or null
     */
    public record CoverageLine(Coverage coverage, String reference, LineOfBusiness lineOfBusiness, String plan) {}

    /** Looks the member up in a prefetch for a date of service. */
    public static MemberLookup find(Prefetch prefetch, String patientId, LocalDate dateOfService, FhirMapping mapping) {
        Patient patient = patient(prefetch.all(Patient.class), patientId);
        if (patient == null) {
            return new MemberLookup(null, List.of(), Problem.NO_MEMBER_FOUND, null);
        }
        String pid = patient.getIdElement().getIdPart();
        List<Coverage> theirs = new ArrayList<>();
        for (Coverage c : prefetch.all(Coverage.class)) {
            if (beneficiaryIs(c, pid)) {
                theirs.add(c);
            }
        }
        if (theirs.isEmpty()) {
            return new MemberLookup(patient, List.of(), Problem.COVERAGE_NOT_FOUND, null);
        }
        List<CoverageLine> active = new ArrayList<>();
        for (Coverage c : theirs) {
            if (inForce(c, dateOfService)) {
                active.add(line(c, mapping));
            }
        }
        if (active.isEmpty()) {
            return new MemberLookup(patient, List.of(), Problem.NO_ACTIVE_COVERAGE, theirs.get(0));
        }
        return new MemberLookup(patient, active, null, null);
    }

    private static Patient patient(List<Patient> patients, String patientId) {
        for (Patient p : patients) {
            if (patientId == null || patientId.equals(p.getIdElement().getIdPart())) {
                return p;
            }
        }
        // A client that prefetches one Patient under another id still sends the patient in context.
        return patients.size() == 1 && patients.get(0).getIdElement().getIdPart() == null ? patients.get(0) : null;
    }

    private static boolean beneficiaryIs(Coverage c, String patientId) {
        if (!c.hasBeneficiary() || !c.getBeneficiary().hasReference() || patientId == null) {
            // A Coverage prefetched for the patient without a beneficiary reference is theirs by the query.
            return true;
        }
        return patientId.equals(c.getBeneficiary().getReferenceElement().getIdPart());
    }

    private static boolean inForce(Coverage c, LocalDate date) {
        if (c.getStatus() != Coverage.CoverageStatus.ACTIVE) {
            return false;
        }
        if (!c.hasPeriod()) {
            return true;
        }
        LocalDate start = FhirDates.day(c.getPeriod().getStartElement());
        LocalDate end = FhirDates.day(c.getPeriod().getEndElement());
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }

    /** The reference a Coverage is known by: {@code Coverage/ID}, or its identifier when it has no id. */
    public static String reference(Coverage c) {
        String id = c.getIdElement().getIdPart();
        return id == null ? "Coverage" : "Coverage/" + id;
    }

    /** A Coverage read by the mapping: its reference, line of business and plan. */
    public static CoverageLine line(Coverage c, FhirMapping mapping) {
        return new CoverageLine(c, reference(c), lineOfBusiness(c, mapping), plan(c, mapping));
    }

    /** The line of business a Coverage's class names, by the mapping. */
    public static LineOfBusiness lineOfBusiness(Coverage c, FhirMapping mapping) {
        return matchingClass(c, mapping).flatMap(text -> mapping.lineOfBusiness().named(text))
                .orElse(mapping.lineOfBusiness().otherwise());
    }

    private static String plan(Coverage c, FhirMapping mapping) {
        for (Coverage.ClassComponent cls : c.getClass_()) {
            if (isPlanClass(cls, mapping)) {
                String plan = mapping.lineOfBusiness().plans().get(cls.getValue());
                if (plan != null) {
                    return plan;
                }
            }
        }
        return null;
    }

    private static Optional<String> matchingClass(Coverage c, FhirMapping mapping) {
        for (Coverage.ClassComponent cls : c.getClass_()) {
            if (!isPlanClass(cls, mapping)) {
                continue;
            }
            if (mapping.lineOfBusiness().named(cls.getValue()).isPresent()) {
                return Optional.of(cls.getValue());
            }
            if (mapping.lineOfBusiness().named(cls.getName()).isPresent()) {
                return Optional.of(cls.getName());
            }
        }
        return Optional.empty();
    }

    private static boolean isPlanClass(Coverage.ClassComponent cls, FhirMapping mapping) {
        return cls.getType().getCoding().stream().anyMatch(coding -> mapping.lineOfBusiness().classSystem().equals(coding.getSystem())
                && mapping.lineOfBusiness().classCode().equals(coding.getCode()));
    }
}
