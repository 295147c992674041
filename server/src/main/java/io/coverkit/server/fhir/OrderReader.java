package io.coverkit.server.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.NutritionOrder;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * What an order bills and when: its CPT/HCPCS codes (from its code and from CRD's billing-options
 * extension wherever it is placed on the order), the drug it asks for, and its date of service (the
 * occurrence's first day, else the day it was authored).
 */
public final class OrderReader {

    /**
     * A procedure code an order bills.
     *
     * @param system {@code CPT} or {@code HCPCS}
     * @param uri the FHIR code system URI the order used
     */
    public record BillingCode(String system, String uri, String code) {}

    /**
     * What an order says.
     *
     * @param codeElement the element that names what is ordered ({@code code}, {@code codeCodeableConcept},
     *     {@code medicationCodeableConcept}...), for error messages
     * @param drug the drug id a medication order names, or null
     * @param dateOfService the day the order names, or null when it names none
     */
    public record Order(Resource resource, String codeElement, List<BillingCode> codes, String drug, LocalDate dateOfService) {
        public Order {
            codes = List.copyOf(codes);
        }
    }

    private final FhirMapping mapping;
    private final ClinicalMapper clinical;

    /** A reader applying {@code mapping}. */
    public OrderReader(FhirMapping mapping) {
        this.mapping = mapping;
        this.clinical = new ClinicalMapper(mapping);
    }

    /** The order types coverkit reads. */
    public static boolean isOrder(Resource r) {
        return r instanceof ServiceRequest || r instanceof DeviceRequest || r instanceof MedicationRequest || r instanceof NutritionOrder;
    }

    /**
     * Reads an order, or says which element it lacks: the name of the element that should name what
     * is ordered, when nothing does.
     */
    public Result read(Resource r) {
        if (r instanceof ServiceRequest s) {
            return s.hasCode() && (s.getCode().hasCoding() || s.getCode().hasText())
                    ? ok(r, "code", codes(s.getCode(), s), null, first(FhirDates.start(s.getOccurrence()), FhirDates.day(s.getAuthoredOnElement())))
                    : Result.missing("code");
        }
        if (r instanceof DeviceRequest d) {
            if (!(d.getCode() instanceof CodeableConcept concept) || !(concept.hasCoding() || concept.hasText())) {
                return d.getCode() == null ? Result.missing("codeCodeableConcept")
                        : ok(r, "codeReference", codes(null, d), null, first(FhirDates.start(d.getOccurrence()), FhirDates.day(d.getAuthoredOnElement())));
            }
            return ok(r, "codeCodeableConcept", codes(concept, d), null,
                    first(FhirDates.start(d.getOccurrence()), FhirDates.day(d.getAuthoredOnElement())));
        }
        if (r instanceof MedicationRequest m) {
            if (m.getMedication() == null || m.getMedication().isEmpty()) {
                return Result.missing("medicationCodeableConcept");
            }
            CodeableConcept concept = m.getMedication() instanceof CodeableConcept c ? c : null;
            String element = concept != null ? "medicationCodeableConcept" : "medicationReference";
            LocalDate date = m.hasDispenseRequest() && m.getDispenseRequest().hasValidityPeriod()
                    ? FhirDates.start(m.getDispenseRequest().getValidityPeriod()) : null;
            return ok(r, element, codes(concept, m), concept == null ? null : clinical.drug(concept),
                    first(date, FhirDates.day(m.getAuthoredOnElement())));
        }
        if (r instanceof NutritionOrder n) {
            return ok(r, "oralDiet", codes(null, n), null, FhirDates.day(n.getDateTimeElement()));
        }
        return Result.notAnOrder();
    }

    /** The day an Appointment starts, or null. */
    public static LocalDate start(Appointment a) {
        return a.hasStartElement() ? FhirDates.day(a.getStartElement()) : null;
    }

    /** An Appointment read as an order for its service types, when it is based on no order coverkit holds. */
    public Order appointment(Appointment a) {
        Set<BillingCode> out = new LinkedHashSet<>();
        a.getServiceType().forEach(t -> t.getCoding().forEach(c -> billing(c, out)));
        collect(a, out, 0);
        return new Order(a, "serviceType", new ArrayList<>(out), null, start(a));
    }

    private static Result ok(Resource r, String element, List<BillingCode> codes, String drug, LocalDate date) {
        return new Result(Optional.of(new Order(r, element, codes, drug, date)), null);
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    private List<BillingCode> codes(CodeableConcept code, Resource order) {
        Set<BillingCode> out = new LinkedHashSet<>();
        if (code != null) {
            code.getCoding().forEach(c -> billing(c, out));
        }
        // The billing-options extension sits on the code element or the resource (its context
        // differs by order type), so every one under the order is read.
        collect(order, out, 0);
        return new ArrayList<>(out);
    }

    private void billing(Coding c, Set<BillingCode> out) {
        if (c.hasCode() && c.hasSystem()) {
            mapping.procedureSystem(c.getSystem()).ifPresent(system -> out.add(new BillingCode(system, c.getSystem(), c.getCode())));
        }
    }

    private void collect(Base node, Set<BillingCode> out, int depth) {
        if (depth > 8 || node == null) {
            return;
        }
        if (node instanceof Element e) {
            for (Extension ext : e.getExtension()) {
                if (mapping.billingOptionsExtension().equals(ext.getUrl())) {
                    codesUnder(ext, out);
                }
            }
        }
        if (node instanceof org.hl7.fhir.r4.model.DomainResource dr) {
            for (Extension ext : dr.getExtension()) {
                if (mapping.billingOptionsExtension().equals(ext.getUrl())) {
                    codesUnder(ext, out);
                }
            }
        }
        for (Property p : node.children()) {
            if (p.getName().equals("extension") || p.getName().equals("modifierExtension") || p.getName().equals("contained")) {
                continue;
            }
            for (Base child : p.getValues()) {
                if (!(child instanceof Resource)) {
                    collect(child, out, depth + 1);
                }
            }
        }
    }

    private void codesUnder(Extension ext, Set<BillingCode> out) {
        if (ext.getValue() instanceof Coding c) {
            billing(c, out);
        } else if (ext.getValue() instanceof CodeableConcept cc) {
            cc.getCoding().forEach(c -> billing(c, out));
        }
        ext.getExtension().forEach(sub -> codesUnder(sub, out));
    }

    /**
     * An order read, or why not.
     *
     * @param order the order, when read
     * @param missing the element that should name what is ordered, when absent; null otherwise
     */
    public record Result(Optional<Order> order, String missing) {
        static Result missing(String element) {
            return new Result(Optional.empty(), element);
        }

        static Result notAnOrder() {
            return new Result(Optional.empty(), null);
        }
    }
}
