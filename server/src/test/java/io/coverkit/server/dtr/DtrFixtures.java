package io.coverkit.server.dtr;

import io.coverkit.server.fhir.Fhir;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Procedure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;

/** The policies of the checkout, loaded once, and the FHIR resources a DTR client sends. */
final class DtrFixtures {
    static final String BASE = "http://127.0.0.1:8080";
    static final String IGRT = "04-77260-19";
    static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static GuidelineLibrary library;

    private DtrFixtures() {}

    /** Every guideline of policies/ (tests run from the checkout root). */
    static synchronized GuidelineLibrary library() {
        if (library == null) {
            library = GuidelineLibrary.load(Path.of("policies"));
        }
        return library;
    }

    static DtrService service() {
        return new DtrService(DtrFixtures::library, BASE, CLOCK);
    }

    /** A Coverage whose plan class names the line of business (none for commercial). */
    static Coverage coverage(LineOfBusiness line) {
        Coverage c = new Coverage();
        c.setId("coverage-1");
        c.setStatus(Coverage.CoverageStatus.ACTIVE);
        c.setBeneficiary(new Reference("Patient/patient-1"));
        c.addPayor(new Reference("Organization/payer"));
        String value = switch (line) {
            case COMMERCIAL -> "Premium Family Plus";
            case MEDICARE_ADVANTAGE -> "Medicare Advantage";
            default -> line.name();
        };
        c.addClass_().setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")))
                .setValue(value).setName(value + " plan");
        return c;
    }

    /** A ServiceRequest for the request's procedures on its date of service. */
    static ServiceRequest order(CoverageRequest request) {
        ServiceRequest s = new ServiceRequest();
        s.setId("order-1");
        s.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        s.setIntent(ServiceRequest.ServiceRequestIntent.ORIGINALORDER);
        s.setSubject(new Reference("Patient/patient-1"));
        CodeableConcept code = new CodeableConcept();
        for (Procedure p : request.procedures()) {
            code.addCoding(new Coding("CPT".equals(p.system()) ? "http://www.ama-assn.org/go/cpt"
                    : "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", p.code(), null));
        }
        s.setCode(code);
        s.setOccurrence(new DateTimeType(request.dateOfService().toString()));
        return s;
    }

    static Patient patient(CoverageRequest request) {
        Patient p = new Patient();
        p.setId("patient-1");
        if (request.member().birthDate() != null) {
            p.setBirthDateElement(new DateType(request.member().birthDate().toString()));
        }
        if (request.member().sex() != null) {
            p.setGender("F".equals(request.member().sex()) ? Enumerations.AdministrativeGender.FEMALE
                    : "M".equals(request.member().sex()) ? Enumerations.AdministrativeGender.MALE
                    : Enumerations.AdministrativeGender.UNKNOWN);
        }
        return p;
    }

    static Condition condition(Diagnosis d) {
        Condition c = new Condition();
        c.setSubject(new Reference("Patient/patient-1"));
        c.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10-cm", d.code(), null)));
        return c;
    }

    /** The $coverkit-decide body: the response with the resources the JSON request's other fields come from. */
    static byte[] decideBody(QuestionnaireResponse response, CoverageRequest request) {
        Parameters p = new Parameters();
        p.addParameter().setName("response").setResource(response);
        p.addParameter().setName("coverage").setResource(coverage(request.member().lineOfBusiness()));
        p.addParameter().setName("order").setResource(order(request));
        p.addParameter().setName("patient").setResource(patient(request));
        for (Diagnosis d : request.diagnoses()) {
            p.addParameter().setName("condition").setResource(condition(d));
        }
        return Fhir.encode(p).getBytes(StandardCharsets.UTF_8);
    }
}
