package io.coverkit.server.dtr;

import io.coverkit.server.fhir.Fhir;
import static io.coverkit.server.dtr.DtrFixtures.BASE;
import static io.coverkit.server.dtr.DtrFixtures.IGRT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.request.CoverageRequest;
import io.coverkit.server.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** Answers the form cannot take are 400 replies whose OperationOutcome names the linkId. */
class AnswerErrorsTest {

    private static final String CHOICE = "indications/bony-anatomy-fails";

    private static CoverageRequest meets() throws IOException {
        return new RequestReader().read(Files.readString(Path.of("examples", "meets-medical-necessity.json"))).request().orElseThrow();
    }

    private static QuestionnaireResponse igrtResponse() {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setQuestionnaire(QuestionnaireUrls.canonical(BASE, IGRT, java.time.LocalDate.parse("2026-05-15")));
        qr.addItem().setLinkId(CHOICE).addAnswer().setValue(new Coding(null, "implanted-fiducial-markers", null));
        qr.addItem().setLinkId("document/loinc-28626-0").addAnswer().setValue(new DateType("2026-03-01"));
        return qr;
    }

    private static OperationOutcome rejected(QuestionnaireResponse qr) throws IOException {
        Reply reply = DtrFixtures.service().decide(DtrFixtures.decideBody(qr, meets()));
        assertEquals(400, reply.status(), reply.text());
        assertTrue(reply.contentType().startsWith("application/fhir+json"));
        return (OperationOutcome) Fhir.context().newJsonParser().parseResource(reply.text());
    }

    private static void assertNames(OperationOutcome outcome, String linkId, String words) {
        String all = outcome.getIssue().stream().map(i -> i.getDiagnostics() + " @ " + i.getExpression()).toList().toString();
        assertTrue(outcome.getIssue().stream().anyMatch(i -> i.getDiagnostics().contains("`" + linkId + "`")
                && i.getDiagnostics().contains(words) && i.getExpression().toString().contains(linkId)), all);
        assertFalse(all.contains("Exception") || all.contains("at io."), all);
    }

    @Test
    void theBaselineResponseIsDecided() throws IOException {
        Reply reply = DtrFixtures.service().decide(DtrFixtures.decideBody(igrtResponse(), meets()));
        assertEquals(200, reply.status(), reply.text());
        assertTrue(reply.text().contains("\"INSUFFICIENT_DOCUMENTATION\""), reply.text());
    }

    @Test
    void anUnknownLinkIdIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.addItem().setLinkId("indication/made-up").addAnswer().setValue(new BooleanType(true));
        assertNames(rejected(qr), "indication/made-up", "is no item of the questionnaire");
    }

    @Test
    void aWrongAnswerTypeIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.addItem().setLinkId("document/loinc-18741-9").addAnswer().setValue(new StringType("last May"));
        assertNames(rejected(qr), "document/loinc-18741-9", "takes a valueDate");
    }

    @Test
    void aPartialDateIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.addItem().setLinkId("document/loinc-18741-9").addAnswer().setValue(new DateType("2026-05"));
        assertNames(rejected(qr), "document/loinc-18741-9", "full date");
    }

    @Test
    void anOptionOutsideTheListIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.getItem().get(0).addAnswer().setValue(new Coding(null, "cosmetic-reasons", null));
        assertNames(rejected(qr), CHOICE, "not one of its answer options");
    }

    @Test
    void noneOfTheseWithAnIndicationIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.getItem().get(0).addAnswer().setValue(new Coding(null, FormItem.NONE_OF_THESE, null));
        assertNames(rejected(qr), CHOICE, "cannot be chosen together");
    }

    @Test
    void anUnansweredRequiredItemIsNamedRatherThanReadAsNo() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.getItem().remove(0);
        assertNames(rejected(qr), CHOICE, "is required and not answered");
    }

    @Test
    void twoAnswersToASingleAnswerItemAreNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.getItem().get(1).addAnswer().setValue(new DateType("2026-04-01"));
        assertNames(rejected(qr), "document/loinc-28626-0", "takes one answer");
    }

    @Test
    void anAnswerToADisabledItemIsNamed() throws IOException {
        // ncd-210.14: after "asymptomatic", the criteria of the "all of" are asked only when it is answered yes.
        Guideline ldct = DtrFixtures.library().evaluator("ncd-210.14").orElseThrow().guideline();
        FormPlan plan = FormPlanner.plan(ldct, java.time.LocalDate.parse("2023-01-01"), null);
        FormItem asymptomatic = plan.byLinkId().values().stream().filter(i -> i.key().equals("asymptomatic")).findFirst().orElseThrow();
        FormItem gated = plan.byLinkId().values().stream()
                .filter(i -> i.gates().contains(FormItem.Gate.isTrue(asymptomatic.linkId()))).findFirst().orElseThrow();
        assertEquals(FormItem.Kind.OBSERVATION, gated.kind(), gated.toString());

        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setQuestionnaire(QuestionnaireUrls.canonical(BASE, "ncd-210.14", java.time.LocalDate.parse("2022-02-10")));
        qr.addItem().setLinkId(asymptomatic.linkId()).addAnswer().setValue(new BooleanType(false));
        qr.addItem().setLinkId(gated.linkId()).addAnswer().setValue(new DecimalType("1.5"));
        QuestionnaireAnswers.AnswerException e = assertThrows(QuestionnaireAnswers.AnswerException.class,
                () -> QuestionnaireAnswers.apply(qr, meets(), ldct));
        assertEquals(List.of(gated.linkId()), e.errors().stream().map(QuestionnaireAnswers.AnswerError::linkId).toList());
        assertTrue(e.getMessage().contains("not enabled"), e.getMessage());

        qr.getItem().get(0).getAnswerFirstRep().setValue(new BooleanType(true));
        CoverageRequest applied = QuestionnaireAnswers.apply(qr, meets(), ldct);
        assertEquals(Boolean.TRUE, applied.facts().get("asymptomatic"));
        assertEquals(0, new java.math.BigDecimal("1.5").compareTo(applied.observations().get(0).value()));
    }

    @Test
    void aResponseToAnotherGuidelinesFormIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.setQuestionnaire("http://elsewhere.example/Questionnaire/home-o2");
        Reply reply = DtrFixtures.service().decide(DtrFixtures.decideBody(qr, meets()));
        assertEquals(400, reply.status());
        assertTrue(reply.text().contains("QuestionnaireResponse.questionnaire"), reply.text());
    }

    @Test
    void anUnknownRevisionIsNamed() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.setQuestionnaire(QuestionnaireUrls.canonical(BASE, IGRT, java.time.LocalDate.parse("2026-05-16")));
        Reply reply = DtrFixtures.service().decide(DtrFixtures.decideBody(qr, meets()));
        assertEquals(400, reply.status());
        assertTrue(reply.text().contains("is no revision of 04-77260-19"), reply.text());
    }

    @Test
    void anUnfinishedResponseIsNotDecided() throws IOException {
        QuestionnaireResponse qr = igrtResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        Reply reply = DtrFixtures.service().decide(DtrFixtures.decideBody(qr, meets()));
        assertEquals(400, reply.status());
        assertTrue(reply.text().contains("QuestionnaireResponse.status"), reply.text());
    }

    @Test
    void malformedBodiesAndMissingParametersAreNamed() {
        Reply garbage = DtrFixtures.service().decide("{not json".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, garbage.status());
        assertFalse(garbage.text().contains("HAPI-"), garbage.text());
        Reply unknownField = DtrFixtures.service().decide(
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"response\",\"bogus\":1}]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknownField.status());
        assertTrue(unknownField.text().contains("bogus"), unknownField.text());
        Reply empty = DtrFixtures.service().decide("{\"resourceType\":\"Parameters\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, empty.status());
        assertTrue(empty.text().contains("name='response'") && empty.text().contains("name='coverage'"), empty.text());
    }
}
