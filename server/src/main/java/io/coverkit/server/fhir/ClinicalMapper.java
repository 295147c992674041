package io.coverkit.server.fhir;

import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.Therapy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The clinical part of a coverage request, read from prefetched resources by the mapping:
 * Patient -> birth date and sex; Condition -> ICD-10-CM diagnoses; DocumentReference type and date
 * -> documents; Observation -> observations; Procedure -> prior services; MedicationRequest and
 * MedicationStatement -> therapies. What cannot be read (a resource in error, a code of another
 * system, a date that names no day) is left out, so it stays unknown rather than read as false.
 */
public final class ClinicalMapper {

    private final FhirMapping mapping;

    /** A mapper applying {@code mapping}. */
    public ClinicalMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * The request an order states for one guideline under one coverage, before the patient's
     * history: the date of service, the coverage's line of business and plan, the patient's birth
     * date and sex, every order's billing codes (one unit, no modifier), and the drug of a
     * medication order when the guideline's drug list has it. CRD and DTR both start here.
     *
     * @param patient the patient, or null when none is sent
     * @param guideline the guideline to decide under, or null for what the order states whatever the
     *     guideline (then no guideline id and no drug)
     */
    public CoverageRequestBuilder request(LocalDate dateOfService, MemberLookup.CoverageLine line, Patient patient,
            List<OrderReader.Order> orders, Guideline guideline) {
        CoverageRequestBuilder b = CoverageRequest.builder(dateOfService, line.lineOfBusiness());
        if (guideline != null) {
            b.guideline(guideline.id());
        }
        b.plan(line.plan());
        if (patient != null) {
            patient(patient, b);
        }
        boolean drugSet = false;
        for (OrderReader.Order order : orders) {
            for (OrderReader.BillingCode c : order.codes()) {
                b.procedure(c.system(), c.code(), 1, List.of());
            }
            if (!drugSet && guideline != null && order.drug() != null && guideline.formulary().drug(order.drug()).isPresent()) {
                b.priorAuthorization(order.drug(), "", "");
                drugSet = true;
            }
        }
        return b;
    }

    /** Adds the patient's birth date and sex. */
    public void patient(Patient p, CoverageRequestBuilder b) {
        if (p.hasBirthDateElement()) {
            b.birthDate(FhirDates.day(p.getBirthDateElement()));
        }
        if (p.hasGender()) {
            b.sex(p.getGender() == Enumerations.AdministrativeGender.FEMALE ? "F"
                    : p.getGender() == Enumerations.AdministrativeGender.MALE ? "M" : "U");
        }
    }

    /** Adds everything the prefetch says about the patient's history. */
    public void history(Prefetch prefetch, CoverageRequestBuilder b) {
        prefetch.all(Condition.class).forEach(c -> condition(c, b));
        prefetch.all(DocumentReference.class).forEach(d -> document(d, b));
        prefetch.all(Observation.class).forEach(o -> observation(o, b));
        prefetch.all(Procedure.class).forEach(p -> procedure(p, b));
        prefetch.all(MedicationRequest.class).forEach(m -> medication(m, b));
        prefetch.all(MedicationStatement.class).forEach(m -> medication(m, b));
    }

    private void condition(Condition c, CoverageRequestBuilder b) {
        if (hasCode(c.getVerificationStatus(), "refuted", "entered-in-error")
                || hasCode(c.getClinicalStatus(), "inactive", "resolved", "remission")) {
            return;
        }
        for (Coding coding : c.getCode().getCoding()) {
            if (mapping.diagnosisSystems().contains(coding.getSystem()) && coding.hasCode()) {
                b.diagnosis(coding.getCode());
            }
        }
    }

    private void document(DocumentReference d, CoverageRequestBuilder b) {
        if (d.getStatus() == Enumerations.DocumentReferenceStatus.ENTEREDINERROR) {
            return;
        }
        LocalDate date = d.hasContext() && d.getContext().hasPeriod() ? FhirDates.start(d.getContext().getPeriod()) : null;
        if (date == null && d.hasDateElement()) {
            date = FhirDates.day(d.getDateElement());
        }
        if (date == null) {
            return;
        }
        for (Coding coding : d.getType().getCoding()) {
            if (mapping.documentSystems().contains(coding.getSystem()) && coding.hasCode()) {
                b.document(coding.getCode(), date);
            }
        }
    }

    private void observation(Observation o, CoverageRequestBuilder b) {
        if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR || o.getStatus() == Observation.ObservationStatus.CANCELLED
                || !(o.getValue() instanceof Quantity q) || !q.hasValue()) {
            return;
        }
        LocalDate date = FhirDates.start(o.getEffective());
        String method = o.hasMethod() ? firstCode(o.getMethod()) : "";
        for (Coding coding : o.getCode().getCoding()) {
            if (coding.hasCode()) {
                BigDecimal value = q.getValue();
                b.observation(coding.getCode(), value, q.hasCode() ? q.getCode() : q.getUnit(), date, method);
                return;
            }
        }
    }

    private void procedure(Procedure p, CoverageRequestBuilder b) {
        if (p.getStatus() != Procedure.ProcedureStatus.COMPLETED) {
            return;
        }
        LocalDate date = FhirDates.start(p.getPerformed());
        if (date == null) {
            return;
        }
        for (Coding coding : p.getCode().getCoding()) {
            mapping.procedureSystem(coding.getSystem()).ifPresent(system -> b.priorService(system, coding.getCode(), date, List.of()));
        }
    }

    private void medication(MedicationRequest m, CoverageRequestBuilder b) {
        if (!(m.getMedication() instanceof CodeableConcept concept)) {
            return;
        }
        String drug = drug(concept);
        LocalDate start = m.hasDispenseRequest() && m.getDispenseRequest().hasValidityPeriod()
                ? FhirDates.start(m.getDispenseRequest().getValidityPeriod()) : FhirDates.day(m.getAuthoredOnElement());
        Therapy.Outcome outcome = switch (m.getStatus() == null ? MedicationRequest.MedicationRequestStatus.NULL : m.getStatus()) {
            case ACTIVE, ONHOLD -> Therapy.Outcome.ONGOING;
            case COMPLETED -> Therapy.Outcome.COMPLETED;
            default -> null;
        };
        if (drug != null && start != null && outcome != null) {
            LocalDate end = m.hasDispenseRequest() && m.getDispenseRequest().hasValidityPeriod()
                    && outcome == Therapy.Outcome.COMPLETED ? FhirDates.end(m.getDispenseRequest().getValidityPeriod()) : null;
            b.therapy(drug, "", start, end, outcome);
        }
    }

    private void medication(MedicationStatement m, CoverageRequestBuilder b) {
        if (!(m.getMedication() instanceof CodeableConcept concept)) {
            return;
        }
        String drug = drug(concept);
        LocalDate start = FhirDates.start(m.getEffective());
        // A stopped statement does not say how the therapy went (failure, intolerance...), so it is
        // left unknown rather than guessed.
        Therapy.Outcome outcome = switch (m.getStatus() == null ? MedicationStatement.MedicationStatementStatus.NULL : m.getStatus()) {
            case ACTIVE, ONHOLD, INTENDED -> Therapy.Outcome.ONGOING;
            case COMPLETED -> Therapy.Outcome.COMPLETED;
            default -> null;
        };
        if (drug != null && start != null && outcome != null) {
            b.therapy(drug, "", start, outcome == Therapy.Outcome.COMPLETED ? FhirDates.end(m.getEffective()) : null, outcome);
        }
    }

    /**
     * The drug id a medication code names: a code configured in {@code drugs} ({@code SYSTEM|CODE}),
     * else a code or text that is itself a drug id (lower case, hyphens), else null.
     */
    public String drug(CodeableConcept concept) {
        Map<String, String> drugs = mapping.drugs();
        for (Coding coding : concept.getCoding()) {
            String mapped = drugs.get(coding.getSystem() + "|" + coding.getCode());
            if (mapped != null) {
                return mapped;
            }
        }
        for (Coding coding : concept.getCoding()) {
            if (coding.hasCode() && coding.getCode().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                return coding.getCode();
            }
        }
        // Else the drug's name, as text or as a coding's display (a drug list's ids are its names in this form).
        List<String> names = new ArrayList<>();
        names.add(concept.getText());
        concept.getCoding().forEach(coding -> names.add(coding.getDisplay()));
        for (String name : names) {
            String id = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (!id.isEmpty()) {
                return id;
            }
        }
        return null;
    }

    private static boolean hasCode(CodeableConcept concept, String... codes) {
        for (Coding coding : concept.getCoding()) {
            for (String code : codes) {
                if (code.equals(coding.getCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstCode(CodeableConcept concept) {
        for (Coding coding : concept.getCoding()) {
            if (coding.hasCode()) {
                return coding.getCode();
            }
        }
        return concept.hasText() ? concept.getText() : "";
    }
}
