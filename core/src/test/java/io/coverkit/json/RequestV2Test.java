package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Document;
import io.coverkit.request.Event;
import io.coverkit.request.Member;
import io.coverkit.request.Observation;
import io.coverkit.request.Order;
import io.coverkit.request.PriorAuthorization;
import io.coverkit.request.PriorService;
import io.coverkit.request.Procedure;
import io.coverkit.request.RequestError;
import io.coverkit.request.Therapy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Request contract v2: the new sections are read exactly, checked field by field, and v1 requests read as before. */
class RequestV2Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestReader reader = new RequestReader();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<String> fields(RequestReader.Result result) {
        return result.errors().stream().map(RequestError::field).toList();
    }

    private static CoverageRequest requestOf(RequestReader.Result result) {
        return result.request().orElseThrow(() -> new AssertionError("expected a request, got " + result.errors()));
    }

    // --- a complete v2 request ---------------------------------------------------------------

    @Test
    void aCompleteV2RequestReadsEveryFieldExactly() {
        RequestReader.Result result = reader.read(RequestReaderTest.resource("requests/v2-full.json"));

        assertEquals(List.of(), result.errors());
        CoverageRequest request = requestOf(result);

        // the v1 part
        assertEquals("05-71271-01", request.guideline());
        assertEquals(date("2026-06-01"), request.dateOfService());
        assertEquals(new Member(LineOfBusiness.MEDICARE_ADVANTAGE, date("1960-06-01"), "M"), request.member());
        assertEquals(List.of(new Procedure("CPT", "71271", 1, List.of())), request.procedures());
        assertEquals(List.of(new Diagnosis("ICD-10-CM", "Z87.891")), request.diagnoses());
        assertEquals(List.of("annual-screening"), request.indications());
        assertEquals(Map.of("claimId", "CLM-0002"), request.extensions());

        // documents with and without elements
        assertEquals(List.of(
                        new Document("28626-0", date("2026-05-15"), List.of("shared-decision-making", "smoking-history")),
                        new Document("18741-9", date("2026-05-20"), List.of())),
                request.documents());

        // facts: exactly the two given; a fact left out is unknown, not false
        assertEquals(Map.of("asymptomatic", true, "current-smoker", false), request.facts());
        assertFalse(request.facts().containsKey("former-smoker"));

        // observations: the value exactly as written (1.5 stays 1.5, 20 stays 20), unit and date optional
        assertEquals(List.of(
                        new Observation("packs-per-day", new BigDecimal("1.5"), "{pack}/d", date("2026-05-15")),
                        new Observation("years-smoked", new BigDecimal("20"), "a", null)),
                request.observations());
        assertEquals(1, request.observations().get(0).value().scale(), "no rounding through a double");
        assertEquals(0, request.observations().get(1).value().scale());

        assertEquals(List.of(new Event("quit-smoking", date("2015-03-01"))), request.events());
        assertEquals(List.of(new PriorService("CPT", "71271", date("2025-06-01"))), request.priorServices());

        // therapies: an explicit outcome, ONGOING without an end, COMPLETED with one; class defaults to empty
        assertEquals(List.of(
                        new Therapy("varenicline", "smoking-cessation-agents", date("2014-09-01"), date("2015-03-01"),
                                Therapy.Outcome.INTOLERANCE),
                        new Therapy("nicotine-patch", "", date("2015-03-01"), null, Therapy.Outcome.ONGOING),
                        new Therapy("bupropion", "", date("2014-01-10"), date("2014-06-30"), Therapy.Outcome.COMPLETED)),
                request.therapies());

        // orders: all fields, and the defaults (written, no code, no orderer, no visit)
        assertEquals(List.of(
                        new Order("71271", date("2026-05-15"), true, "PHYSICIAN", "counseling-visit"),
                        new Order("", date("2026-05-16"), true, "", "")),
                request.orders());

        assertEquals(new PriorAuthorization("varenicline", "1234567893", "ePA"), request.priorAuthorization());

        // the member of the LDCT example is 66 on the date of service, her birthday
        assertEquals(OptionalInt.of(66), request.member().ageOn(request.dateOfService()));
    }

    @Test
    void theCompleteV2RequestReadsTheSameFromATree() throws IOException {
        String text = RequestReaderTest.resource("requests/v2-full.json");

        assertEquals(reader.read(text), reader.read(JSON.readTree(text)));
    }

    @Test
    void everyV2SectionMayBeLeftOut() {
        RequestReader.Result result = reader.read("""
                { "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "COMMERCIAL" },
                  "procedures": [ { "system": "CPT", "code": "71271" } ],
                  "documents": [ { "loinc": "28626-0", "date": "2026-05-15" } ] }
                """);

        CoverageRequest request = requestOf(result);
        assertEquals(Map.of(), request.facts());
        assertEquals(List.of(), request.observations());
        assertEquals(List.of(), request.events());
        assertEquals(List.of(), request.priorServices());
        assertEquals(List.of(), request.therapies());
        assertEquals(List.of(), request.orders());
        assertNull(request.priorAuthorization());
        assertEquals(List.of(), request.documents().get(0).elements());
    }

    @Test
    void emptyV2SectionsAreEmptyNotErrors() {
        RequestReader.Result result = readAfter(r -> {
            r.putObject("facts");
            r.putArray("observations");
            r.putArray("events");
            r.putArray("priorServices");
            r.putArray("therapies");
            r.putArray("orders");
            document(r).putArray("elements");
        });

        CoverageRequest request = requestOf(result);
        assertEquals(Map.of(), request.facts());
        assertEquals(List.of(), request.orders());
        assertEquals(List.of(), request.documents().get(0).elements());
    }

    @Test
    void anOrderMayBeMarkedNotWrittenAndByANonPhysicianPractitioner() {
        RequestReader.Result result = readAfter(r -> order(r).put("written", false).put("orderedBy", "NON_PHYSICIAN_PRACTITIONER"));

        Order order = requestOf(result).orders().get(0);
        assertFalse(order.written());
        assertEquals("NON_PHYSICIAN_PRACTITIONER", order.orderedBy());
    }

    @ParameterizedTest
    @CsvSource({"ONGOING", "COMPLETED", "FAILURE", "INTOLERANCE", "ALLERGY", "CONTRAINDICATION"})
    void everyTherapyOutcomeOfTheContractIsRead(String outcome) {
        RequestReader.Result result = readAfter(r -> therapy(r).put("outcome", outcome));

        assertEquals(Therapy.Outcome.valueOf(outcome), requestOf(result).therapies().get(0).outcome());
    }

    @Test
    void aPriorServiceMayListTheElementsItsRecordDocuments() {
        RequestReader.Result result = readAfter(r -> priorService(r).putArray("elements").add("shared-decision-making").add("eligibility-determination"));

        assertEquals(List.of("shared-decision-making", "eligibility-determination"), requestOf(result).priorServices().get(0).elements());
    }

    @Test
    void aPriorServiceElementThatIsNotTextIsNamed() {
        RequestReader.Result result = readAfter(r -> priorService(r).putArray("elements").add(7));

        assertEquals(List.of("priorServices[0].elements[0]"), fields(result));
    }

    @Test
    void aPharmacyRequestMayLeaveOutProceduresButOthersMayNot() {
        RequestReader.Result pharmacy = readAfter(r -> r.remove("procedures"));
        assertEquals(List.of(), requestOf(pharmacy).procedures());

        RequestReader.Result emptyPharmacy = readAfter(r -> r.putArray("procedures"));
        assertEquals(List.of(), requestOf(emptyPharmacy).procedures());

        RequestReader.Result service = readAfter(r -> {
            r.remove("procedures");
            r.remove("priorAuthorization");
        });
        assertEquals(List.of("procedures"), fields(service));
    }

    @Test
    void aTherapyMayBeStatedByItsClassAloneWithItsKind() {
        RequestReader.Result result = readAfter(r -> therapy(r).put("kind", "PROCEDURE").put("class", "phototherapy").remove("drug"));

        Therapy therapy = requestOf(result).therapies().get(0);
        assertEquals(new Therapy("", "phototherapy", date("2014-09-01"), null, Therapy.Outcome.ONGOING, Therapy.Kind.PROCEDURE), therapy);
        assertEquals("phototherapy", therapy.label());

        RequestReader.Result drugClassOnly = readAfter(r -> therapy(r).remove("drug"));
        assertEquals(Therapy.Kind.DRUG, requestOf(drugClassOnly).therapies().get(0).kind(), "DRUG when left out");
        assertEquals("", requestOf(drugClassOnly).therapies().get(0).drug());
    }

    @Test
    void aTherapyMayEndOnTheDayItStarts() {
        RequestReader.Result result = readAfter(r -> therapy(r).put("end", "2014-09-01"));

        Therapy therapy = requestOf(result).therapies().get(0);
        assertEquals(therapy.start(), therapy.end());
    }

    @Test
    void aNegativeOrFractionalObservationIsReadExactly() {
        RequestReader.Result result = readAfter(r -> observation(r).put("value", new BigDecimal("-0.25")));

        assertEquals(new BigDecimal("-0.25"), requestOf(result).observations().get(0).value());
    }

    // --- v1 requests are v2 requests -----------------------------------------------------------

    static Stream<Path> v1Examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            List<Path> examples = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("malformed-request.json"))
                    .sorted()
                    .toList();
            assertFalse(examples.isEmpty(), "examples/ holds v1 requests");
            return examples.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v1Examples")
    void everyV1ExampleStillReadsUnchanged(Path example) throws IOException {
        String text = Files.readString(example);

        CoverageRequest request = requestOf(reader.read(text));

        assertEquals(v1Request(JSON.readTree(text)), request,
                "a v1 request reads as v1 describes it, with every v2 section empty");
        assertEquals(Map.of(), request.facts());
        assertEquals(List.of(), request.observations());
        assertEquals(List.of(), request.events());
        assertEquals(List.of(), request.priorServices());
        assertEquals(List.of(), request.therapies());
        assertEquals(List.of(), request.orders());
        assertNull(request.priorAuthorization());
        request.documents().forEach(d -> assertEquals(List.of(), d.elements()));
    }

    @Test
    void theMalformedV1ExampleStillNamesItsFields() throws IOException {
        RequestReader.Result result = reader.read(Files.readString(Path.of("examples/malformed-request.json")));

        assertTrue(result.request().isEmpty());
        assertEquals(List.of("indication", "dateOfService", "member.lineOfBusiness"), fields(result));
    }

    /** The request a v1 document describes, built independently of the reader with the v1 constructors. */
    private static CoverageRequest v1Request(JsonNode json) {
        JsonNode m = json.get("member");
        Member member = new Member(LineOfBusiness.valueOf(m.get("lineOfBusiness").asText()),
                m.has("birthDate") ? date(m.get("birthDate").asText()) : null,
                m.has("sex") ? m.get("sex").asText() : null);
        List<Procedure> procedures = new ArrayList<>();
        json.get("procedures").forEach(p -> procedures.add(new Procedure(p.get("system").asText(), p.get("code").asText(),
                p.has("units") ? p.get("units").asInt() : 1, texts(p.get("modifiers")))));
        List<Diagnosis> diagnoses = new ArrayList<>();
        if (json.has("diagnoses")) {
            json.get("diagnoses").forEach(d -> diagnoses.add(new Diagnosis(d.get("system").asText(), d.get("code").asText())));
        }
        List<Document> documents = new ArrayList<>();
        if (json.has("documents")) {
            json.get("documents").forEach(d -> documents.add(new Document(d.get("loinc").asText(), date(d.get("date").asText()))));
        }
        Map<String, Object> extensions = json.has("extensions")
                ? JSON.convertValue(json.get("extensions"), new TypeReference<LinkedHashMap<String, Object>>() {})
                : Map.of();
        return new CoverageRequest(json.has("guideline") ? json.get("guideline").asText() : null,
                date(json.get("dateOfService").asText()), member, procedures, diagnoses, texts(json.get("indications")),
                documents, extensions);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    // --- malformed v2 sections ---------------------------------------------------------------

    /** A valid request with one item in every v2 section, for the cases below to break one field at a time. */
    static ObjectNode minimal() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {
                      "dateOfService": "2026-06-01",
                      "member": { "lineOfBusiness": "COMMERCIAL", "birthDate": "1960-06-01" },
                      "procedures": [ { "system": "CPT", "code": "71271" } ],
                      "documents": [ { "loinc": "28626-0", "date": "2026-05-15", "elements": [ "shared-decision-making" ] } ],
                      "facts": { "asymptomatic": true },
                      "observations": [ { "code": "packs-per-day", "value": 1.5, "unit": "{pack}/d", "date": "2026-05-15" } ],
                      "events": [ { "code": "quit-smoking", "date": "2015-03-01" } ],
                      "priorServices": [ { "system": "CPT", "code": "71271", "date": "2025-06-01" } ],
                      "therapies": [ { "drug": "varenicline", "class": "smoking-cessation-agents", "start": "2014-09-01" } ],
                      "orders": [ { "code": "71271", "date": "2026-05-15", "orderedBy": "PHYSICIAN", "visit": "counseling-visit" } ],
                      "priorAuthorization": { "drug": "varenicline", "prescriber": "1234567893", "channel": "ePA" }
                    }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RequestReader.Result readAfter(Consumer<ObjectNode> change) {
        ObjectNode root = minimal();
        change.accept(root);
        return reader.read(root.toString());
    }

    private static ObjectNode first(ObjectNode root, String array) {
        return (ObjectNode) root.get(array).get(0);
    }

    private static ObjectNode facts(ObjectNode root) {
        return (ObjectNode) root.get("facts");
    }

    private static ObjectNode observation(ObjectNode root) {
        return first(root, "observations");
    }

    private static ObjectNode event(ObjectNode root) {
        return first(root, "events");
    }

    private static ObjectNode priorService(ObjectNode root) {
        return first(root, "priorServices");
    }

    private static ObjectNode therapy(ObjectNode root) {
        return first(root, "therapies");
    }

    private static ObjectNode order(ObjectNode root) {
        return first(root, "orders");
    }

    private static ObjectNode document(ObjectNode root) {
        return first(root, "documents");
    }

    private static ObjectNode priorAuthorization(ObjectNode root) {
        return (ObjectNode) root.get("priorAuthorization");
    }

    @Test
    void theBaseOfTheMalformedCasesIsValid() {
        CoverageRequest request = requestOf(reader.read(minimal().toString()));

        assertEquals(1, request.observations().size());
        assertEquals(1, request.events().size());
        assertEquals(1, request.priorServices().size());
        assertEquals(1, request.therapies().size());
        assertEquals(1, request.orders().size());
        assertEquals(1, request.facts().size());
    }

    private static Arguments malformedCase(String description, Consumer<ObjectNode> change, String field, String message) {
        return Arguments.of(description, change, field, message);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                // facts
                malformedCase("a fact that is a string", r -> facts(r).put("asymptomatic", "yes"),
                        "facts.asymptomatic", "must be true or false"),
                malformedCase("a fact that is a number", r -> facts(r).put("asymptomatic", 1),
                        "facts.asymptomatic", "must be true or false"),
                malformedCase("a fact that is null", r -> facts(r).putNull("asymptomatic"),
                        "facts.asymptomatic", "must be true or false"),
                malformedCase("a fact name in capitals", r -> facts(r).put("Asymptomatic", true),
                        "facts.Asymptomatic", "lower-case words joined by hyphens"),
                malformedCase("a fact name with an underscore", r -> facts(r).put("current_smoker", false),
                        "facts.current_smoker", "lower-case words joined by hyphens"),
                malformedCase("a fact name with a space", r -> facts(r).put("current smoker", false),
                        "facts[\"current smoker\"]", "lower-case words joined by hyphens"),
                malformedCase("a fact name with a trailing hyphen", r -> facts(r).put("smoker-", false),
                        "facts.smoker-", "lower-case words joined by hyphens"),
                malformedCase("an empty fact name", r -> facts(r).put("", true),
                        "facts[\"\"]", "lower-case words joined by hyphens"),
                malformedCase("facts is an array", r -> r.putArray("facts").add("asymptomatic"),
                        "facts", "must be an object"),
                // observations
                malformedCase("an observation without a value", r -> observation(r).remove("value"),
                        "observations[0].value", "is required"),
                malformedCase("an observation whose value is a string", r -> observation(r).put("value", "1.5"),
                        "observations[0].value", "must be a number"),
                malformedCase("an observation whose value is null", r -> observation(r).putNull("value"),
                        "observations[0].value", "must be a number"),
                malformedCase("an observation whose value is a boolean", r -> observation(r).put("value", true),
                        "observations[0].value", "must be a number"),
                malformedCase("an observation without a code", r -> observation(r).remove("code"),
                        "observations[0].code", "is required"),
                malformedCase("an observation unit that is a number", r -> observation(r).put("unit", 1),
                        "observations[0].unit", "must be a string"),
                malformedCase("an observation with a malformed date", r -> observation(r).put("date", "2026-02-30"),
                        "observations[0].date", "is not a date"),
                malformedCase("an unknown observation field", r -> observation(r).put("interpretation", "high"),
                        "observations[0].interpretation", "unknown field"),
                malformedCase("an observation that is a number", r -> r.putArray("observations").add(1.5),
                        "observations[0]", "must be an object"),
                malformedCase("observations is an object", r -> r.putObject("observations"),
                        "observations", "must be an array"),
                // events
                malformedCase("an event without a date", r -> event(r).remove("date"),
                        "events[0].date", "is required"),
                malformedCase("an event with a malformed date", r -> event(r).put("date", "03/01/2015"),
                        "events[0].date", "yyyy-MM-dd"),
                malformedCase("an event without a code", r -> event(r).remove("code"),
                        "events[0].code", "is required"),
                malformedCase("an unknown event field", r -> event(r).put("source", "patient"),
                        "events[0].source", "unknown field"),
                // prior services
                malformedCase("a prior service with an unknown system", r -> priorService(r).put("system", "ICD-10-PCS"),
                        "priorServices[0].system", "unknown code system `ICD-10-PCS`"),
                malformedCase("a prior service with a lower-case system", r -> priorService(r).put("system", "cpt"),
                        "priorServices[0].system", "unknown code system"),
                malformedCase("a prior service with a code that is too short", r -> priorService(r).put("code", "7127"),
                        "priorServices[0].code", "`7127` is not a procedure code"),
                malformedCase("a prior service with a lower-case code", r -> priorService(r).put("code", "g0296"),
                        "priorServices[0].code", "is not a procedure code"),
                malformedCase("a prior service without a date", r -> priorService(r).remove("date"),
                        "priorServices[0].date", "is required"),
                malformedCase("an unknown prior service field", r -> priorService(r).put("modifiers", 1),
                        "priorServices[0].modifiers", "unknown field"),
                // therapies
                malformedCase("a therapy whose end is before its start", r -> therapy(r).put("end", "2014-08-31"),
                        "therapies[0].end", "must not be before `start`"),
                malformedCase("an unknown therapy outcome", r -> therapy(r).put("outcome", "SUCCESS"),
                        "therapies[0].outcome", "unknown outcome `SUCCESS`"),
                malformedCase("a therapy outcome in lower case", r -> therapy(r).put("outcome", "failure"),
                        "therapies[0].outcome", "unknown outcome"),
                malformedCase("a therapy outcome that is a number", r -> therapy(r).put("outcome", 2),
                        "therapies[0].outcome", "must be a string"),
                malformedCase("a therapy without a drug or a class", r -> therapy(r).remove(List.of("drug", "class")),
                        "therapies[0].drug", "is required, or `class` for a therapy stated by its class alone"),
                malformedCase("an unknown therapy kind", r -> therapy(r).put("kind", "LASER"),
                        "therapies[0].kind", "unknown kind `LASER`; expected one of [DRUG, PROCEDURE, DEVICE, OTHER]"),
                malformedCase("a therapy kind in lower case", r -> therapy(r).put("kind", "procedure"),
                        "therapies[0].kind", "unknown kind `procedure`"),
                malformedCase("a therapy kind that is a number", r -> therapy(r).put("kind", 1),
                        "therapies[0].kind", "must be a string"),
                malformedCase("a procedure therapy that names a drug", r -> therapy(r).put("kind", "PROCEDURE"),
                        "therapies[0].drug", "a procedure therapy names no drug; state its `class`"),
                malformedCase("a therapy without a start", r -> therapy(r).remove("start"),
                        "therapies[0].start", "is required"),
                malformedCase("a therapy class that is a list", r -> therapy(r).putArray("class").add("statins"),
                        "therapies[0].class", "must be a string"),
                malformedCase("an unknown therapy field", r -> therapy(r).put("dose", "1 mg"),
                        "therapies[0].dose", "unknown field"),
                // orders
                malformedCase("an order with an unknown orderedBy", r -> order(r).put("orderedBy", "NURSE"),
                        "orders[0].orderedBy", "unknown `NURSE`"),
                malformedCase("an order with orderedBy in lower case", r -> order(r).put("orderedBy", "physician"),
                        "orders[0].orderedBy", "expected PHYSICIAN or NON_PHYSICIAN_PRACTITIONER"),
                malformedCase("an order whose written is a string", r -> order(r).put("written", "yes"),
                        "orders[0].written", "must be true or false"),
                malformedCase("an order whose written is a number", r -> order(r).put("written", 1),
                        "orders[0].written", "must be true or false"),
                malformedCase("an order whose written is null", r -> order(r).putNull("written"),
                        "orders[0].written", "must be true or false"),
                malformedCase("an order without a date", r -> order(r).remove("date"),
                        "orders[0].date", "is required"),
                malformedCase("an unknown order field", r -> order(r).put("priority", "stat"),
                        "orders[0].priority", "unknown field"),
                // prior authorization
                malformedCase("a priorAuthorization without a drug", r -> priorAuthorization(r).remove("drug"),
                        "priorAuthorization.drug", "is required"),
                malformedCase("a priorAuthorization whose drug is a number", r -> priorAuthorization(r).put("drug", 7),
                        "priorAuthorization.drug", "must be a string"),
                malformedCase("an unknown priorAuthorization field", r -> priorAuthorization(r).put("urgency", "expedited"),
                        "priorAuthorization.urgency", "unknown field"),
                malformedCase("a priorAuthorization that is a string", r -> r.put("priorAuthorization", "varenicline"),
                        "priorAuthorization", "must be an object"),
                // document elements
                malformedCase("a document element that is a number", r -> ((ArrayNode) document(r).get("elements")).add(3),
                        "documents[0].elements[1]", "must be a string"),
                malformedCase("a document element that is an object",
                        r -> document(r).putArray("elements").addObject().put("id", "shared-decision-making"),
                        "documents[0].elements[0]", "must be a string"),
                malformedCase("document elements that are a string", r -> document(r).put("elements", "shared-decision-making"),
                        "documents[0].elements", "must be an array"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedV2FieldYieldsNoRequestAndOneErrorNamingTheField(
            String description, Consumer<ObjectNode> change, String field, String message) {
        RequestReader.Result result = readAfter(change);

        assertTrue(result.request().isEmpty(), "a malformed request yields no request");
        assertEquals(List.of(field), fields(result), "exactly one error, naming the field at fault");
        String actual = result.errors().get(0).message();
        assertTrue(actual.contains(message), () -> "expected `" + message + "` in: " + actual);
    }

    @Test
    void problemsInSeveralV2SectionsAreAllReported() {
        RequestReader.Result result = readAfter(r -> {
            facts(r).put("asymptomatic", "yes");
            observation(r).put("value", "1.5");
            event(r).remove("date");
            priorService(r).put("system", "LOCAL");
            therapy(r).put("end", "2000-01-01");
            order(r).put("orderedBy", "NURSE");
            priorAuthorization(r).remove("drug");
        });

        assertTrue(result.request().isEmpty());
        assertEquals(List.of("facts.asymptomatic", "observations[0].value", "events[0].date", "priorServices[0].system",
                "therapies[0].end", "orders[0].orderedBy", "priorAuthorization.drug"), fields(result));
    }

    // --- Member.ageOn ------------------------------------------------------------------------

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
        "1976-06-01, 2026-05-31, 49",
        "1976-06-01, 2026-06-01, 50",
        "1976-06-01, 2026-06-02, 50",
        "2000-02-29, 2026-02-28, 25",
        "2000-02-29, 2026-03-01, 26",
        "2000-02-29, 2028-02-28, 27",
        "2000-02-29, 2028-02-29, 28",
        "1960-06-01, 2026-06-01, 66",
        "2026-06-01, 2026-06-01, 0"
    })
    void ageOnCompletesAYearOnTheBirthdayItself(String born, String on, int age) {
        Member member = new Member(LineOfBusiness.COMMERCIAL, date(born), "F");

        assertEquals(OptionalInt.of(age), member.ageOn(date(on)));
    }

    @Test
    void ageOnIsEmptyWithoutABirthDate() {
        Member member = new Member(LineOfBusiness.COMMERCIAL, null, null);

        assertEquals(OptionalInt.empty(), member.ageOn(date("2026-06-01")));
    }

    @Test
    void aMemberReadWithoutABirthDateHasNoAge() {
        RequestReader.Result result = readAfter(r -> ((ObjectNode) r.get("member")).remove("birthDate"));

        assertTrue(requestOf(result).member().ageOn(date("2026-06-01")).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aTreeWithANonFiniteOrHugeObservationIsAnErrorNotACrash() {
        for (Object bad : new Object[] {Double.NaN, Double.POSITIVE_INFINITY, new java.math.BigDecimal("1e999999999")}) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = mapper.createObjectNode();
            root.put("dateOfService", "2026-06-01");
            root.putObject("member").put("lineOfBusiness", "COMMERCIAL");
            root.putArray("procedures").addObject().put("system", "CPT").put("code", "77387");
            var observation = root.putArray("observations").addObject().put("code", "packs-per-day");
            if (bad instanceof Double d) {
                observation.put("value", d);
            } else {
                observation.put("value", (java.math.BigDecimal) bad);
            }
            var result = new RequestReader().read(root);
            org.junit.jupiter.api.Assertions.assertTrue(result.request().isEmpty(), String.valueOf(bad));
            org.junit.jupiter.api.Assertions.assertEquals("observations[0].value", result.errors().get(0).field());
        }
    }

    @org.junit.jupiter.api.Test
    void noAgeBeforeBirth() {
        var member = new io.coverkit.request.Member(io.coverkit.model.LineOfBusiness.COMMERCIAL,
                java.time.LocalDate.of(2000, 1, 1), "F");
        org.junit.jupiter.api.Assertions.assertTrue(member.ageOn(java.time.LocalDate.of(1990, 1, 1)).isEmpty());
    }
}
