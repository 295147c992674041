package io.coverkit.server.dtr;

import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Procedure;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Type;

/**
 * What the DTR operations read from the FHIR resources sent with them: the procedure codes and date
 * of service of an order, the line of business of a Coverage, the member's birth date and sex, and
 * diagnoses. The rules are those the README's CRD mapping states (a Coverage {@code class} of type
 * {@code plan} named FEP, SAO or MA / Medicare Advantage, otherwise commercial), kept small here
 * for DTR; docs/dtr.md lists them.
 */
final class OrderFacts {

    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final Set<String> HCPCS = Set.of("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
            "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "urn:oid:2.16.840.1.113883.6.285");
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

    private OrderFacts() {}

    /** The CPT and HCPCS codes an order bills (its {@code code}), each with one unit and no modifier. */
    static List<Procedure> procedures(Resource order) {
        List<Procedure> procedures = new ArrayList<>();
        for (Coding c : codes(order)) {
            String system = system(c);
            if (system != null && c.hasCode()) {
                procedures.add(new Procedure(system, c.getCode().strip(), 1, List.of()));
            }
        }
        return procedures;
    }

    /** {@code CPT} or {@code HCPCS} for a coding of those systems, else null. */
    static String system(Coding c) {
        if (CPT.equals(c.getSystem())) {
            return "CPT";
        }
        return HCPCS.contains(c.getSystem()) ? "HCPCS" : null;
    }

    /** The codings of an order's code, for the order types DTR receives; empty for other resources. */
    static List<Coding> codes(Resource order) {
        CodeableConcept code = null;
        if (order instanceof ServiceRequest s) {
            code = s.getCode();
        } else if (order instanceof DeviceRequest d && d.hasCodeCodeableConcept()) {
            code = d.getCodeCodeableConcept();
        } else if (order instanceof MedicationRequest m && m.hasMedicationCodeableConcept()) {
            code = m.getMedicationCodeableConcept();
        }
        return code == null ? List.of() : code.getCoding();
    }

    /** When the order is to be performed: its occurrence (a date, or a period's start), else empty. */
    static Optional<LocalDate> date(Resource order) {
        Type occurrence = null;
        if (order instanceof ServiceRequest s) {
            occurrence = s.getOccurrence();
        } else if (order instanceof DeviceRequest d) {
            occurrence = d.getOccurrence();
        } else if (order instanceof MedicationRequest m && m.getDispenseRequest().hasValidityPeriod()) {
            occurrence = m.getDispenseRequest().getValidityPeriod();
        }
        if (occurrence instanceof DateTimeType dt && dt.getValue() != null) {
            return Optional.of(day(dt));
        }
        if (occurrence instanceof Period p && p.hasStartElement()) {
            return Optional.of(day(p.getStartElement()));
        }
        return Optional.empty();
    }

    private static LocalDate day(DateTimeType dt) {
        // The date as written: a dateTime's own day, not shifted into the server's time zone.
        String text = dt.getValueAsString();
        return text.length() >= 10 ? LocalDate.parse(text.substring(0, 10))
                : dt.getValue().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The line of business of a Coverage: a {@code class} of type {@code plan} whose value or name is
     * FEP, SAO, MA or Medicare Advantage (or names a coverkit line of business such as MEDICAID);
     * otherwise commercial.
     */
    static LineOfBusiness lineOfBusiness(Coverage coverage) {
        for (Coverage.ClassComponent c : coverage.getClass_()) {
            boolean plan = c.getType().getCoding().stream().anyMatch(t -> "plan".equals(t.getCode()));
            if (!plan) {
                continue;
            }
            for (String said : new String[] {c.getValue(), c.getName()}) {
                Optional<LineOfBusiness> line = named(said);
                if (line.isPresent()) {
                    return line.get();
                }
            }
        }
        return LineOfBusiness.COMMERCIAL;
    }

    private static Optional<LineOfBusiness> named(String said) {
        if (said == null) {
            return Optional.empty();
        }
        String s = said.strip().toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        if (s.equals("MA") || s.equals("MEDICARE ADVANTAGE")) {
            return Optional.of(LineOfBusiness.MEDICARE_ADVANTAGE);
        }
        for (LineOfBusiness line : LineOfBusiness.values()) {
            if (line.name().replace('_', ' ').equals(s)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** What a MedicationRequest calls its medication: the text, and each coding's code and display. */
    static List<String> medicationNames(MedicationRequest m) {
        List<String> names = new ArrayList<>();
        CodeableConcept medication = m.getMedicationCodeableConcept();
        names.add(medication.getText());
        for (Coding c : medication.getCoding()) {
            names.add(c.getCode());
            names.add(c.getDisplay());
        }
        return names;
    }

    /** The member's sex as coverkit writes it ({@code F}, {@code M}, {@code U}), or null when the Patient does not say. */
    static String sex(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case FEMALE -> "F";
            case MALE -> "M";
            default -> "U";
        };
    }

    /** The member's birth date, or null. */
    static LocalDate birthDate(Patient patient) {
        // A birth date given only to the year or month says too little for an age criterion.
        String text = patient.hasBirthDateElement() ? patient.getBirthDateElement().getValueAsString() : null;
        return text != null && text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)) : null;
    }

    /** The ICD-10-CM codes of a Condition. */
    static List<Diagnosis> diagnoses(Condition condition) {
        List<Diagnosis> found = new ArrayList<>();
        for (Coding c : condition.getCode().getCoding()) {
            if (ICD10CM.equals(c.getSystem()) && c.hasCode()) {
                found.add(new Diagnosis("ICD-10-CM", c.getCode().strip()));
            }
        }
        return found;
    }
}
