package io.coverkit.server.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.CoverageRequestBuilder;
import io.coverkit.request.Therapy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FHIR-to-request mapping, rule by rule, and its configuration file. */
class FhirMappingTest {

    private static Resource parse(String json) {
        return (Resource) Fhir.parse(json);
    }

    private static Coverage coverage(String value, String name) {
        return (Coverage) parse("{\"resourceType\":\"Coverage\",\"id\":\"c\",\"status\":\"active\",\"class\":[{\"type\":{\"coding\":[{"
                + "\"system\":\"http://terminology.hl7.org/CodeSystem/coverage-class\",\"code\":\"plan\"}]},\"value\":\"" + value + "\""
                + (name == null ? "" : ",\"name\":\"" + name + "\"") + "}]}");
    }

    @Test
    void theCoveragePlanClassNamesTheLineOfBusiness() {
        FhirMapping m = FhirMapping.defaults();
        assertEquals(LineOfBusiness.FEP, MemberLookup.lineOfBusiness(coverage("fep", null), m));
        assertEquals(LineOfBusiness.SAO, MemberLookup.lineOfBusiness(coverage("X1", "State Account Organization"), m));
        assertEquals(LineOfBusiness.MEDICARE_ADVANTAGE, MemberLookup.lineOfBusiness(coverage("MA", null), m));
        assertEquals(LineOfBusiness.MEDICARE_ADVANTAGE, MemberLookup.lineOfBusiness(coverage("H1234", "Medicare Advantage"), m));
        assertEquals(LineOfBusiness.MEDICAID, MemberLookup.lineOfBusiness(coverage("Medicaid", null), m));
        assertEquals(LineOfBusiness.COMMERCIAL, MemberLookup.lineOfBusiness(coverage("GOLD-PPO", "Gold"), m));
        // a class of another type is not read
        Coverage group = (Coverage) parse("{\"resourceType\":\"Coverage\",\"status\":\"active\",\"class\":[{\"type\":{\"coding\":[{"
                + "\"system\":\"http://terminology.hl7.org/CodeSystem/coverage-class\",\"code\":\"group\"}]},\"value\":\"FEP\"}]}");
        assertEquals(LineOfBusiness.COMMERCIAL, MemberLookup.lineOfBusiness(group, m));
    }

    @Test
    void aMappingFileOverridesTheDefaultsKeyByKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mapping.json");
        Files.writeString(file, "{\"lineOfBusiness\":{\"values\":{\"MEDICAID\":[\"OH-MCD\"]},\"plans\":{\"OH-MCD\":\"ohio-medicaid-managed-care\"}}}");
        FhirMapping m = FhirMapping.read(file);
        assertEquals(LineOfBusiness.MEDICAID, MemberLookup.lineOfBusiness(coverage("oh-mcd", null), m));
        assertEquals(LineOfBusiness.FEP, MemberLookup.lineOfBusiness(coverage("FEP", null), m), "other lines keep their defaults");
        assertEquals("CPT", m.procedureSystem("http://www.ama-assn.org/go/cpt").orElseThrow());
    }

    @Test
    void aBadMappingFileNamesTheField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mapping.json");
        Files.writeString(file, "{\"lineOfBusines\":{}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FhirMapping.read(file));
        assertTrue(e.getMessage().contains("`lineOfBusines`"), e.getMessage());
        Files.writeString(file, "{\"lineOfBusiness\":{\"otherwise\":\"PLATINUM\"}}");
        e = assertThrows(IllegalArgumentException.class, () -> FhirMapping.read(file));
        assertTrue(e.getMessage().contains("lineOfBusiness.otherwise") && e.getMessage().contains("PLATINUM"), e.getMessage());
        Files.writeString(file, "{\"procedureSystems\":{\"LOINC\":[\"http://loinc.org\"]}}");
        e = assertThrows(IllegalArgumentException.class, () -> FhirMapping.read(file));
        assertTrue(e.getMessage().contains("procedureSystems.LOINC"), e.getMessage());
        Files.writeString(file, "[1]");
        assertThrows(IllegalArgumentException.class, () -> FhirMapping.read(file));
    }

    @Test
    void clinicalResourcesBecomeRequestFacts() {
        Prefetch p = new Prefetch();
        p.add("x", parse("""
                {"resourceType":"Bundle","type":"collection","entry":[
                 {"resource":{"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"C61"},
                    {"system":"http://snomed.info/sct","code":"399068003"}]}}},
                 {"resource":{"resourceType":"Condition","verificationStatus":{"coding":[{"code":"refuted"}]},
                    "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"J44.9"}]}}},
                 {"resource":{"resourceType":"DocumentReference","status":"current","type":{"coding":[{"system":"http://loinc.org","code":"28626-0"}]},
                    "date":"2026-03-01T23:30:00-05:00","content":[{"attachment":{"url":"Binary/1"}}]}},
                 {"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},
                    "valueQuantity":{"value":120.5,"unit":"mmHg","code":"mm[Hg]"},"effectiveDateTime":"2026-04-02"}},
                 {"resource":{"resourceType":"Procedure","status":"completed","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"77387"}]},
                    "performedDateTime":"2025-01-10","subject":{"reference":"Patient/p"}}},
                 {"resource":{"resourceType":"MedicationStatement","status":"completed","medicationCodeableConcept":{"text":"Forteo"},
                    "effectivePeriod":{"start":"2025-01-01","end":"2025-12-31"},"subject":{"reference":"Patient/p"}}},
                 {"resource":{"resourceType":"MedicationStatement","status":"stopped","medicationCodeableConcept":{"text":"Prolia"},
                    "effectivePeriod":{"start":"2025-01-01"},"subject":{"reference":"Patient/p"}}}
                ]}"""));
        Patient patient = (Patient) parse("{\"resourceType\":\"Patient\",\"birthDate\":\"1958-04-02\",\"gender\":\"female\"}");
        CoverageRequestBuilder b = CoverageRequest.builder(LocalDate.parse("2026-06-01"), LineOfBusiness.COMMERCIAL);
        ClinicalMapper mapper = new ClinicalMapper(FhirMapping.defaults());
        mapper.patient(patient, b);
        mapper.history(p, b);
        CoverageRequest r = b.build();
        assertEquals(LocalDate.parse("1958-04-02"), r.member().birthDate());
        assertEquals("F", r.member().sex());
        assertEquals(List.of("C61"), r.diagnoses().stream().map(d -> d.code()).toList());
        assertEquals(LocalDate.parse("2026-03-01"), r.documents().get(0).date(), "the day written, not shifted by time zone");
        assertEquals(new BigDecimal("120.5"), r.observations().get(0).value());
        assertEquals("mm[Hg]", r.observations().get(0).unit());
        assertEquals("77387", r.priorServices().get(0).code());
        assertEquals(1, r.therapies().size(), "a stopped statement does not say how it ended: left out");
        assertEquals("forteo", r.therapies().get(0).drug());
        assertEquals(Therapy.Outcome.COMPLETED, r.therapies().get(0).outcome());
        assertEquals(LocalDate.parse("2025-12-31"), r.therapies().get(0).end());
    }

    @Test
    void prefetchStatesArePerType() {
        Prefetch p = new Prefetch();
        p.addNone("conditions");
        p.add("obs", parse("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"link\":[{\"relation\":\"self\","
                + "\"url\":\"http://ehr/fhir/Observation?patient=p\"}]}"));
        p.add("pt", parse("{\"resourceType\":\"Patient\",\"id\":\"p\"}"));
        assertEquals(Prefetch.State.QUERIED_NONE, p.state(org.hl7.fhir.r4.model.Condition.class));
        assertEquals(Prefetch.State.QUERIED_NONE, p.state(org.hl7.fhir.r4.model.Observation.class));
        assertEquals(Prefetch.State.FOUND, p.state(Patient.class));
        assertEquals(Prefetch.State.NOT_QUERIED, p.state(org.hl7.fhir.r4.model.DocumentReference.class));
        assertEquals(Prefetch.State.NOT_QUERIED, p.state(Bundle.class), "a bundle is read for its entries");
        assertTrue(p.find("Patient/p").isPresent());
    }
}
