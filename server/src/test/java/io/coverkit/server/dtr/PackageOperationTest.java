package io.coverkit.server.dtr;

import io.coverkit.server.fhir.Fhir;
import static io.coverkit.server.dtr.DtrFixtures.BASE;
import static io.coverkit.server.dtr.DtrFixtures.IGRT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.server.Reply;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** {@code $questionnaire-package}: which questionnaires come back for which inputs, and how bad input is named. */
class PackageOperationTest {

    private static Resource run(Parameters in) {
        Reply reply = DtrFixtures.service().questionnairePackage(Fhir.encode(in).getBytes(StandardCharsets.UTF_8));
        assertTrue(reply.status() == 200 || reply.status() == 400, reply.text());
        Resource r = (Resource) Fhir.context().newJsonParser().parseResource(reply.text());
        assertTrue(reply.status() == 200 || r instanceof OperationOutcome, reply.text());
        return r;
    }

    private static Parameters withCoverage() {
        Parameters in = new Parameters();
        in.addParameter().setName("coverage").setResource(DtrFixtures.coverage(LineOfBusiness.COMMERCIAL));
        return in;
    }

    private static CoverageRequest order(String system, String code, String date) {
        return CoverageRequest.builder(LocalDate.parse(date), LineOfBusiness.COMMERCIAL).procedure(system, code, 1, List.of()).build();
    }

    private static List<String> canonicals(Parameters out) {
        return out.getParameter().stream().filter(p -> p.getName().equals("PackageBundle"))
                .map(p -> (Questionnaire) ((Bundle) p.getResource()).getEntryFirstRep().getResource())
                .map(q -> q.getUrl() + "|" + q.getVersion()).toList();
    }

    @Test
    void anOrderGetsTheFormOfTheRevisionInForceOnItsDate() {
        Parameters in = withCoverage();
        in.addParameter().setName("order").setResource(DtrFixtures.order(order("CPT", "77387", "2024-06-01")));
        Parameters out = (Parameters) run(in);
        assertEquals(List.of(QuestionnaireUrls.canonical(BASE, IGRT, LocalDate.parse("2024-05-15"))), canonicals(out));
    }

    @Test
    void aDeletedCodeStillNamesItsGuideline() {
        Parameters in = withCoverage();
        in.addParameter().setName("order").setResource(DtrFixtures.order(order("CPT", "77014", "2026-06-01")));
        assertEquals(List.of(QuestionnaireUrls.canonical(BASE, IGRT, LocalDate.parse("2026-05-15"))), canonicals((Parameters) run(in)));
    }

    @Test
    void canonicalsAreServedWithOrWithoutVersionAndUnknownOnesAreWarnings() {
        Parameters in = withCoverage();
        in.addParameter().setName("questionnaire").setValue(new CanonicalType(QuestionnaireUrls.canonical(BASE, IGRT,
                LocalDate.parse("2016-05-01"))));
        in.addParameter().setName("questionnaire").setValue(new CanonicalType(QuestionnaireUrls.url(BASE, "ncd-210.14")));
        in.addParameter().setName("questionnaire").setValue(new CanonicalType(BASE + "/fhir/Questionnaire/no-such-guideline|2020-01-01"));
        Parameters out = (Parameters) run(in);
        assertEquals(List.of(QuestionnaireUrls.canonical(BASE, IGRT, LocalDate.parse("2016-05-01")),
                QuestionnaireUrls.canonical(BASE, "ncd-210.14", LocalDate.parse("2022-02-10"))), canonicals(out));
        OperationOutcome warnings = (OperationOutcome) out.getParameter().stream().filter(p -> p.getName().equals("operationOutcome"))
                .findFirst().orElseThrow().getResource();
        assertEquals(1, warnings.getIssue().size());
        assertTrue(warnings.getIssueFirstRep().getDiagnostics().contains("no-such-guideline"), warnings.getIssueFirstRep().getDiagnostics());
        assertEquals(OperationOutcome.IssueSeverity.WARNING, warnings.getIssueFirstRep().getSeverity());
    }

    @Test
    void anOrderNoGuidelineBillsGetsNoQuestionnaire() {
        Parameters in = withCoverage();
        in.addParameter().setName("order").setResource(DtrFixtures.order(order("CPT", "99213", "2026-06-01")));
        OperationOutcome outcome = (OperationOutcome) run(in);
        assertTrue(outcome.getIssueFirstRep().getDiagnostics().contains("no guideline lists the codes"), outcome.getIssueFirstRep().getDiagnostics());
    }

    @Test
    void missingAndUnknownParametersAreNamed() {
        Parameters noCoverage = new Parameters();
        noCoverage.addParameter().setName("questionnaire").setValue(new CanonicalType(QuestionnaireUrls.url(BASE, IGRT)));
        OperationOutcome a = (OperationOutcome) run(noCoverage);
        assertEquals("Parameters.parameter.where(name='coverage')", a.getIssueFirstRep().getExpression().get(0).getValue());

        Parameters nothingAsked = withCoverage();
        OperationOutcome b = (OperationOutcome) run(nothingAsked);
        assertTrue(b.getIssueFirstRep().getDiagnostics().contains("dtr-1"), b.getIssueFirstRep().getDiagnostics());

        Parameters unknown = withCoverage();
        unknown.addParameter().setName("orders").setResource(DtrFixtures.order(order("CPT", "77387", "2026-06-01")));
        OperationOutcome c = (OperationOutcome) run(unknown);
        assertTrue(c.getIssue().stream().anyMatch(i -> i.getDiagnostics().contains("`orders` is no parameter")), c.getIssue().toString());

        Reply notParameters = DtrFixtures.service().questionnairePackage("{\"resourceType\":\"Patient\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notParameters.status());
    }

    @Test
    void whatTheReferencedPatientStatesIsNotAskedAgain() {
        Parameters in = withCoverage();
        CoverageRequest screening = CoverageRequest.builder(LocalDate.parse("2026-06-01"), LineOfBusiness.MEDICARE)
                .procedure("HCPCS", "G0297", 1, List.of()).birthDate(LocalDate.parse("1960-01-01")).sex("F").build();
        in.addParameter().setName("order").setResource(DtrFixtures.order(screening));
        Parameters bare = in.copy();
        in.addParameter().setName("referenced").setResource(DtrFixtures.patient(screening));
        String withPatient = Fhir.encode(run(in));
        String without = Fhir.encode(run(bare));
        assertTrue(without.contains("\"linkId\":\"member/birth-date\""), without);
        assertTrue(!withPatient.contains("\"linkId\":\"member/birth-date\""), withPatient);
    }
}
