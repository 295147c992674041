package io.coverkit.server.dtr;

import static io.coverkit.server.dtr.DtrFixtures.BASE;
import static io.coverkit.server.dtr.DtrFixtures.IGRT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.Decision;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Document;
import io.coverkit.server.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import io.coverkit.determination.Outcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The done-when of issue 18 for DTR: the generated IGRT questionnaire lets a clinician state which
 * indications apply and the dates of the three documents; answering it and deciding through
 * {@code $coverkit-decide} gives the same determination as the equivalent JSON request, for every
 * outcome that can be reached that way.
 */
public class IgrtRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Outcome> REACHED = EnumSet.noneOf(Outcome.class);

    public static Stream<Arguments> requests() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String example : List.of("meets-medical-necessity", "not-medically-necessary", "insufficient-documentation",
                "defer-to-program-fep", "medicare-advantage-meets", "not-applicable-code")) {
            cases.add(Arguments.of(example, Files.readString(Path.of("examples", example + ".json"))));
        }
        ObjectNode meets = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples", "meets-medical-necessity.json")));
        ObjectNode missing = meets.deepCopy();
        ((ArrayNode) missing.get("documents")).remove(2);
        cases.add(Arguments.of("a plan of treatment missing", missing.toString()));
        ObjectNode boundary = meets.deepCopy();
        ((ObjectNode) boundary.get("documents").get(0)).put("date", "2025-12-01");
        cases.add(Arguments.of("a document exactly 6 months before", boundary.toString()));
        ObjectNode later = meets.deepCopy();
        ((ObjectNode) later.get("documents").get(1)).put("date", "2026-06-02");
        cases.add(Arguments.of("a document dated after the date of service", later.toString()));
        ObjectNode sao = meets.deepCopy();
        ((ObjectNode) sao.get("member")).put("lineOfBusiness", "SAO");
        cases.add(Arguments.of("an SAO member", sao.toString()));
        ObjectNode early = meets.deepCopy();
        early.put("dateOfService", "2009-06-01");
        cases.add(Arguments.of("a date before the original effective date", early.toString()));
        ObjectNode unknown = meets.deepCopy();
        unknown.put("dateOfService", "2020-06-01");
        ((ObjectNode) unknown.get("documents").get(0)).put("date", "2020-03-01");
        ((ObjectNode) unknown.get("documents").get(1)).put("date", "2020-05-20");
        ((ObjectNode) unknown.get("documents").get(2)).put("date", "2020-04-15");
        cases.add(Arguments.of("a revision whose position statement is not published", unknown.toString()));
        ObjectNode all = meets.deepCopy();
        ArrayNode every = all.putArray("indications");
        every.add("bony-anatomy-fails").add("internal-motion").add("narrow-margins");
        cases.add(Arguments.of("three indications", all.toString()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answeringTheFormDecidesAsTheJsonRequest(String name, String json) throws IOException {
        CoverageRequest request = new RequestReader().read(json).request().orElseThrow();
        Guideline igrt = DtrFixtures.library().evaluator(IGRT).orElseThrow().guideline();
        Revision revision = igrt.revisionOn(request.dateOfService()).orElse(igrt.revisions().get(igrt.revisions().size() - 1));
        Questionnaire form = new QuestionnaireGenerator(BASE).generate(igrt, revision.effective(), null);

        QuestionnaireResponse response = answer(form, request);
        Reply reply = DtrFixtures.service().decide(DtrFixtures.decideBody(response, request));

        assertEquals(200, reply.status(), reply.text());
        Decision expected = DtrFixtures.library().decideJson(json);
        JsonNode want = JSON.readTree(new DeterminationWriter().write(((Decision.Decided) expected).determination()));
        JsonNode got = JSON.readTree(reply.text());
        assertEquals(want.get("outcome"), got.get("outcome"), name);
        assertEquals(want.get("findings"), got.get("findings"), name);
        assertEquals(want, got, name);
        REACHED.add(Outcome.valueOf(got.get("outcome").asText()));
    }

    @AfterAll
    static void everyOutcomeTheFormCanReachIsReached() {
        // Indications are stated or absent (never unknown) in IGRT, so NEEDS_MORE_INFORMATION is not reachable.
        assertTrue(REACHED.containsAll(EnumSet.of(Outcome.MEETS_MEDICAL_NECESSITY, Outcome.NOT_MEDICALLY_NECESSARY,
                Outcome.INSUFFICIENT_DOCUMENTATION, Outcome.DEFER_TO_PROGRAM, Outcome.NOT_APPLICABLE,
                Outcome.REVISION_CONTENT_UNKNOWN)), "outcomes reached: " + REACHED);
    }

    @Test
    void theFormAsksWhichIndicationsApplyAndTheDatesOfTheThreeDocuments() {
        Guideline igrt = DtrFixtures.library().evaluator(IGRT).orElseThrow().guideline();
        Questionnaire form = new QuestionnaireGenerator(BASE).generate(igrt, LocalDate.parse("2026-06-01"), null);

        assertEquals(BASE + "/fhir/Questionnaire/" + IGRT, form.getUrl());
        assertEquals("2026-05-15", form.getVersion());
        assertEquals(4, form.getItem().size());
        QuestionnaireItemComponent choice = form.getItem().get(0);
        assertEquals(Questionnaire.QuestionnaireItemType.CHOICE, choice.getType());
        assertTrue(choice.getRepeats() && choice.getRequired());
        List<String> codes = choice.getAnswerOption().stream().map(o -> o.getValueCoding().getCode()).toList();
        assertEquals(igrt.positionStatementOn(LocalDate.parse("2026-06-01")).indications().size() + 1, codes.size());
        assertTrue(codes.contains("implanted-fiducial-markers") && codes.contains(FormItem.NONE_OF_THESE), codes.toString());
        assertEquals("Implanted fiducial markers", choice.getAnswerOption().stream()
                .filter(o -> o.getValueCoding().getCode().equals("implanted-fiducial-markers")).findFirst().orElseThrow()
                .getValueCoding().getDisplay());
        List<String> loinc = new ArrayList<>();
        for (QuestionnaireItemComponent item : form.getItem().subList(1, 4)) {
            assertEquals(Questionnaire.QuestionnaireItemType.DATE, item.getType());
            assertEquals("http://loinc.org", item.getCodeFirstRep().getSystem());
            loinc.add(item.getCodeFirstRep().getCode());
            assertEquals(BASE + "/guidelines/" + IGRT + ".html?asOf=2026-05-15#" + item.getLinkId(),
                    item.getExtensionByUrl(QuestionnaireGenerator.SUPPORT_LINK).getValue().primitiveValue());
        }
        assertEquals(List.of("28626-0", "18741-9", "18776-5"), loinc);
    }

    /**
     * The response a clinician gives who states what the request states: the indications picked
     * from the choice (or "None of these") and each document's date under its LOINC-coded item.
     * The items are found by what the form shows, not by knowing coverkit's linkIds.
     */
    public static QuestionnaireResponse answer(Questionnaire form, CoverageRequest request) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setQuestionnaire(form.getUrl() + "|" + form.getVersion());
        for (QuestionnaireItemComponent item : form.getItem()) {
            if (item.getType() == Questionnaire.QuestionnaireItemType.CHOICE) {
                QuestionnaireResponse.QuestionnaireResponseItemComponent answered = qr.addItem().setLinkId(item.getLinkId());
                for (Questionnaire.QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
                    Coding c = option.getValueCoding();
                    boolean none = request.indications().isEmpty() && c.getCode().equals(FormItem.NONE_OF_THESE);
                    if (none || request.indications().contains(c.getCode())) {
                        answered.addAnswer().setValue(c.copy());
                    }
                }
            } else if (item.getType() == Questionnaire.QuestionnaireItemType.DATE && item.hasCode()) {
                String loinc = item.getCodeFirstRep().getCode();
                for (Document d : request.documents()) {
                    if (d.loinc().equals(loinc)) {
                        qr.addItem().setLinkId(item.getLinkId()).addAnswer().setValue(new DateType(d.date().toString()));
                    }
                }
            }
        }
        return qr;
    }
}
