package io.coverkit.server.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.Decision;
import io.coverkit.determination.Determination;
import io.coverkit.determination.Outcome;
import io.coverkit.json.RequestReader;
import io.coverkit.model.Guideline;
import io.coverkit.model.Revision;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Procedure;
import io.coverkit.server.dtr.IgrtRoundTripTest;
import io.coverkit.server.dtr.QuestionnaireGenerator;
import io.coverkit.server.fhir.Fhir;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The done-when of issue 18 for CRD: the generated IGRT questionnaire, answered as the equivalent
 * JSON request states (the indications picked, the three documents' dates) and sent in the next
 * order-sign hook's prefetch, gives the coverage information docs/crd.md's table gives for that JSON
 * request's outcome, for every IGRT outcome the form can reach (the same cases as
 * {@link IgrtRoundTripTest}, which checks the {@code $coverkit-decide} path).
 *
 * <p>The record the hook carries holds the rest of the JSON request: the Patient (birth date, sex),
 * the Coverage (its plan class names the line of business), the order (codes, date of service) and
 * the Conditions; its DocumentReference search came back empty, so the documents are what the
 * clinician answered.
 */
class CrdRoundTripTest {

    private static final Set<Outcome> REACHED = EnumSet.noneOf(Outcome.class);

    /** docs/crd.md's table, written out here: outcome -> covered, pa-needed, doc-needed (primary hook, IGRT: no authorization stated). */
    private static final Map<Outcome, List<String>> TABLE = Map.of(
            Outcome.MEETS_MEDICAL_NECESSITY, List.of("covered", "no-auth", ""),
            Outcome.NOT_MEDICALLY_NECESSARY, List.of("not-covered", "", ""),
            Outcome.INSUFFICIENT_DOCUMENTATION, List.of("conditional", "conditional", "clinical"),
            Outcome.DEFER_TO_PROGRAM, List.of("conditional", "conditional", ""),
            Outcome.NOT_APPLICABLE, List.of("conditional", "conditional", ""),
            Outcome.REVISION_CONTENT_UNKNOWN, List.of("conditional", "conditional", ""));

    static Stream<Arguments> requests() throws IOException {
        return IgrtRoundTripTest.requests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theAnsweredFormInThePrefetchGivesTheTablesAnswerForTheJsonRequestsOutcome(String name, String json) {
        CoverageRequest request = new RequestReader().read(json).request().orElseThrow();
        Guideline igrt = Crd.library().evaluator("04-77260-19").orElseThrow().guideline();
        Revision revision = igrt.revisionOn(request.dateOfService()).orElse(igrt.revisions().get(igrt.revisions().size() - 1));
        Questionnaire form = new QuestionnaireGenerator(Crd.BASE).generate(igrt, revision.effective(), null);
        QuestionnaireResponse answered = IgrtRoundTripTest.answer(form, request);

        JsonNode response = Requests.call("coverkit-order-sign", hook(request, answered));

        Determination expected = ((Decision.Decided) Crd.library().decideJson(json)).determination();
        List<String> row = TABLE.get(expected.outcome());
        assertTrue(row != null, name + ": an outcome outside the table: " + expected.outcome());
        List<Map<String, List<JsonNode>>> extensions = CrdInvariants.check(response, true);
        assertEquals(1, extensions.size(), name + ": " + response);
        var e = extensions.get(0);
        assertEquals(row.get(0), CrdInvariants.code(e, "covered"), name);
        assertEquals(row.get(1), orEmpty(CrdInvariants.code(e, "pa-needed")), name);
        assertEquals(row.get(2), orEmpty(CrdInvariants.code(e, "doc-needed")), name);
        if (row.get(2).isEmpty()) {
            assertNull(e.get("questionnaire"), name);
        } else {
            assertEquals(form.getUrl() + "|" + expected.revision(), CrdInvariants.code(e, "questionnaire"), name);
        }
        String reason = e.get("reason").get(0).get("text").asText();
        assertTrue(expected.revision() == null || reason.contains("revision " + expected.revision()), name + ": " + reason);
        // The answers were used, never refused: no card says otherwise.
        for (JsonNode card : response.get("cards")) {
            assertTrue(!card.get("summary").asText().startsWith("Questionnaire answers not used"), name + ": " + card);
        }
        REACHED.add(expected.outcome());
    }

    @AfterAll
    static void everyOutcomeTheFormCanReachIsReached() {
        // Indications are stated or absent in IGRT (never unknown), so NEEDS_MORE_INFORMATION is not reachable.
        assertEquals(TABLE.keySet(), REACHED, "outcomes reached: " + REACHED);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The order-sign hook request whose record states what the JSON request states, with the answered form. */
    static ObjectNode hook(CoverageRequest request, QuestionnaireResponse answered) {
        ObjectNode hook = Crd.JSON.createObjectNode();
        hook.put("hook", "order-sign");
        hook.put("hookInstance", "round-trip-" + Integer.toHexString(request.hashCode()));
        ObjectNode context = hook.putObject("context");
        context.put("userId", "Practitioner/prac-1");
        context.put("patientId", "pat-1");
        ObjectNode order = bundle(context, "draftOrders").addObject().putObject("resource");
        order.put("resourceType", "ServiceRequest").put("id", "sr-1").put("status", "draft").put("intent", "order");
        ArrayNode codings = order.putObject("code").putArray("coding");
        for (Procedure p : request.procedures()) {
            codings.addObject().put("system", "CPT".equals(p.system()) ? "http://www.ama-assn.org/go/cpt"
                    : "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets").put("code", p.code());
        }
        order.putObject("subject").put("reference", "Patient/pat-1");
        order.put("occurrenceDateTime", request.dateOfService().toString());

        ObjectNode prefetch = hook.putObject("prefetch");
        ObjectNode patient = prefetch.putObject("patient");
        patient.put("resourceType", "Patient").put("id", "pat-1");
        if (request.member().birthDate() != null) {
            patient.put("birthDate", request.member().birthDate().toString());
        }
        if (request.member().sex() != null) {
            patient.put("gender", "F".equals(request.member().sex()) ? "female" : "M".equals(request.member().sex()) ? "male" : "unknown");
        }
        ObjectNode coverage = bundle(prefetch, "coverage").addObject().putObject("resource");
        coverage.put("resourceType", "Coverage").put("id", "cov-1").put("status", "active");
        coverage.putObject("beneficiary").put("reference", "Patient/pat-1");
        coverage.putArray("payor").addObject().put("display", "Example Health Plan");
        ObjectNode cls = coverage.putArray("class").addObject();
        cls.putObject("type").putArray("coding").addObject().put("system", "http://terminology.hl7.org/CodeSystem/coverage-class")
                .put("code", "plan");
        String plan = switch (request.member().lineOfBusiness()) {
            case COMMERCIAL -> "GOLD-PPO";
            case MEDICARE_ADVANTAGE -> "MA";
            default -> request.member().lineOfBusiness().name();
        };
        cls.put("value", plan).put("name", plan + " plan");
        if (request.diagnoses().isEmpty()) {
            prefetch.putNull("conditions");
        } else {
            ArrayNode conditions = bundle(prefetch, "conditions");
            for (Diagnosis d : request.diagnoses()) {
                ObjectNode c = conditions.addObject().putObject("resource");
                c.put("resourceType", "Condition");
                c.putObject("code").putArray("coding").addObject().put("system", "http://hl7.org/fhir/sid/icd-10-cm").put("code", d.code());
                c.putObject("subject").put("reference", "Patient/pat-1");
            }
        }
        // The EHR's document search found nothing: the documents are the ones the clinician dated in the form.
        for (String none : List.of("documents", "observations", "procedures", "medicationRequests", "medicationStatements")) {
            prefetch.putNull(none);
        }
        answered.setSubject(new Reference("Patient/pat-1"));
        try {
            bundle(prefetch, "questionnaireResponses").addObject().set("resource", Crd.JSON.readTree(Fhir.encode(answered)));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return hook;
    }

    private static ArrayNode bundle(ObjectNode parent, String key) {
        ObjectNode b = parent.putObject(key);
        b.put("resourceType", "Bundle").put("type", "searchset");
        return b.putArray("entry");
    }
}
