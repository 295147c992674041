package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.server.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clinician's DTR answers at order signing: a completed QuestionnaireResponse to the IGRT form
 * in the prefetch (under any key) or among the draft orders is applied before deciding, so its
 * answers count as stated; answers the form cannot take leave the order undecided by them, with a
 * card naming the item.
 */
class CrdQuestionnaireAnswersTest {

    static final String FORM = Crd.BASE + "/fhir/Questionnaire/04-77260-19|2026-05-15";

    /** A completed response to the IGRT form picking {@code codes} from the indications question. */
    static ObjectNode response(String id, String... codes) {
        ObjectNode qr = Crd.JSON.createObjectNode();
        qr.put("resourceType", "QuestionnaireResponse");
        qr.put("id", id);
        qr.put("questionnaire", FORM);
        qr.put("status", "completed");
        qr.putObject("subject").put("reference", "Patient/pat-1");
        qr.put("authored", "2026-05-20T14:00:00Z");
        ObjectNode item = qr.putArray("item").addObject();
        item.put("linkId", "indications/bony-anatomy-fails");
        ArrayNode answers = item.putArray("answer");
        for (String code : codes) {
            answers.addObject().putObject("valueCoding").put("code", code);
        }
        return qr;
    }

    /** The stored commercial request with all three documents, and {@code qr} in its prefetch under {@code key}. */
    static ObjectNode withResponse(String key, ObjectNode qr) {
        ObjectNode request = Requests.igrt();
        ObjectNode bundle = Requests.prefetch(request).putObject(key);
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "searchset");
        bundle.putArray("entry").addObject().set("resource", qr);
        return request;
    }

    private static JsonNode sign(ObjectNode request) {
        Reply reply = Crd.service().call("coverkit-order-sign", Crd.bytes(request));
        assertEquals(200, reply.status(), reply.text());
        return Crd.json(reply);
    }

    private static Map<String, List<JsonNode>> extension(JsonNode response) {
        List<Map<String, List<JsonNode>>> all = CrdInvariants.check(response, true);
        assertEquals(1, all.size(), response.toString());
        return all.get(0);
    }

    @Test
    void allDocumentsAndAnIndicationStatedInTheResponseAreCovered() {
        JsonNode response = sign(withResponse("questionnaireResponses", response("qr-1", "implanted-fiducial-markers")));
        var e = extension(response);
        assertEquals("covered", CrdInvariants.code(e, "covered"));
        // IGRT states no prior authorization: the table's MEETS_MEDICAL_NECESSITY row says no-auth
        assertEquals("no-auth", CrdInvariants.code(e, "pa-needed"));
        assertNull(e.get("doc-needed"));
        assertNull(e.get("questionnaire"));
        assertTrue(e.get("reason").get(0).get("text").asText().contains("meets the criteria"), e.get("reason").toString());
        JsonNode instructions = card(response, "Image-Guided Radiation Therapy: covered");
        assertTrue(instructions.get("detail").asText().contains("QuestionnaireResponse/qr-1"), instructions.toString());
    }

    @Test
    void theResponseIsFoundByItsTypeWhateverItsKeyOrAmongTheDraftOrders() {
        var byOddKey = extension(sign(withResponse("dtrAnswers", response("qr-1", "internal-motion"))));
        assertEquals("covered", CrdInvariants.code(byOddKey, "covered"));
        ObjectNode single = Requests.igrt();
        Requests.prefetch(single).set("latestForm", response("qr-1", "internal-motion"));
        assertEquals("covered", CrdInvariants.code(extension(sign(single)), "covered"));
        ObjectNode inContext = Requests.igrt();
        Requests.entries(inContext).addObject().set("resource", response("qr-1", "internal-motion"));
        JsonNode answered = sign(inContext);
        assertEquals(1, answered.get("systemActions").size(), "a response is no order: " + answered);
        assertEquals("covered", CrdInvariants.code(extension(answered), "covered"));
    }

    @Test
    void noneOfTheseIsStatedSoTheOrderIsNotCovered() {
        var e = extension(sign(withResponse("questionnaireResponses", response("qr-2", "none-of-these"))));
        assertEquals("not-covered", CrdInvariants.code(e, "covered"));
        assertNull(e.get("pa-needed"));
        assertNull(e.get("doc-needed"));
        assertTrue(e.get("reason").get(0).get("text").asText().contains("does not meet the criteria"), e.get("reason").toString());
    }

    @Test
    void documentsTheRecordDoesNotStateStayUnknownWhateverTheAnswers() {
        // An indication stated, the documents not prefetched: their absence is unknown, so documentation is asked for.
        ObjectNode request = withResponse("questionnaireResponses", response("qr-2", "implanted-fiducial-markers"));
        Requests.prefetch(request).remove("documents");
        var e = extension(sign(request));
        assertEquals("conditional", CrdInvariants.code(e, "covered"));
        assertEquals("clinical", CrdInvariants.code(e, "doc-needed"));
        assertTrue(e.get("reason").get(0).get("text").asText().contains("28626-0"), e.get("reason").toString());
        // "None of these" decides the order whatever the documents say, so their being unknown changes nothing.
        ObjectNode none = withResponse("questionnaireResponses", response("qr-2", "none-of-these"));
        Requests.prefetch(none).remove("documents");
        assertEquals("not-covered", CrdInvariants.code(extension(sign(none)), "covered"));
    }

    @Test
    void aBadAnswerIsDecidedAsUnansweredWithACardNamingTheItem() {
        ObjectNode qr = response("qr-3", "implanted-fiducial-markers");
        ObjectNode bad = ((ArrayNode) qr.get("item")).addObject();
        bad.put("linkId", "document/loinc-28626-0");
        bad.putArray("answer").addObject().put("valueString", "last March");
        JsonNode response = sign(withResponse("questionnaireResponses", qr));
        var e = extension(response);
        assertEquals("conditional", CrdInvariants.code(e, "covered"));
        assertEquals("clinical", CrdInvariants.code(e, "doc-needed"));
        assertEquals(FORM, CrdInvariants.code(e, "questionnaire"));
        JsonNode card = card(response, "Questionnaire answers not used for Image-Guided Radiation Therapy");
        assertEquals("warning", card.get("indicator").asText());
        String detail = card.get("detail").asText();
        assertTrue(detail.contains("QuestionnaireResponse/qr-3") && detail.contains("document/loinc-28626-0")
                && detail.contains("valueDate"), detail);
    }

    @Test
    void anUnknownLinkIdAndAnUnfinishedResponseAreNotUsed() {
        ObjectNode qr = response("qr-4", "implanted-fiducial-markers");
        ((ArrayNode) qr.get("item")).addObject().put("linkId", "indication/made-up").putArray("answer").addObject().put("valueBoolean", true);
        JsonNode response = sign(withResponse("questionnaireResponses", qr));
        assertEquals("conditional", CrdInvariants.code(extension(response), "covered"));
        assertTrue(card(response, "Questionnaire answers not used").get("detail").asText().contains("indication/made-up"));

        ObjectNode draft = response("qr-5", "implanted-fiducial-markers");
        draft.put("status", "in-progress");
        JsonNode unfinished = sign(withResponse("questionnaireResponses", draft));
        assertEquals("conditional", CrdInvariants.code(extension(unfinished), "covered"));
        assertTrue(card(unfinished, "Questionnaire answers not used").get("detail").asText().contains("in-progress"));
    }

    @Test
    void theMostRecentResponseWinsAndOtherPatientsResponsesAreNotUsed() {
        ObjectNode request = withResponse("questionnaireResponses", response("qr-old", "none-of-these"));
        ObjectNode newer = response("qr-new", "implanted-fiducial-markers");
        newer.put("authored", "2026-05-20T14:30:00Z");
        ((ArrayNode) Requests.prefetch(request).get("questionnaireResponses").get("entry")).addObject().set("resource", newer);
        assertEquals("covered", CrdInvariants.code(extension(sign(request)), "covered"));

        ObjectNode other = response("qr-other", "none-of-these");
        other.putObject("subject").put("reference", "Patient/someone-else");
        JsonNode response = sign(withResponse("questionnaireResponses", other));
        assertEquals("conditional", CrdInvariants.code(extension(response), "covered"));
        assertTrue(card(response, "Questionnaire answers not used").get("detail").asText().contains("Patient/someone-else"));
    }

    /** The one card whose summary starts with {@code summary}. */
    static JsonNode card(JsonNode response, String summary) {
        JsonNode found = null;
        for (JsonNode c : response.get("cards")) {
            if (c.get("summary").asText().startsWith(summary)) {
                assertNull(found, "one card `" + summary + "` in " + response.get("cards"));
                found = c;
            }
        }
        assertTrue(found != null, "a card `" + summary + "` in " + response.get("cards"));
        return found;
    }
}
