package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.model.LineOfBusiness;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.Diagnosis;
import io.coverkit.request.Document;
import io.coverkit.request.Procedure;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestReader reader = new RequestReader();

    /** A resource under src/test/resources, as text. */
    static String resource(String name) {
        try (InputStream in = RequestReaderTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest valid request, as a tree the cases below break one field at a time. */
    private static ObjectNode minimal() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {
                      "guideline": "04-77260-19",
                      "dateOfService": "2026-06-01",
                      "member": { "lineOfBusiness": "COMMERCIAL" },
                      "procedures": [ { "system": "CPT", "code": "77387", "units": 1, "modifiers": [] } ],
                      "diagnoses": [ { "system": "ICD-10-CM", "code": "C61" } ],
                      "indications": [ "implanted-fiducial-markers" ],
                      "documents": [ { "loinc": "28626-0", "date": "2026-03-01" } ]
                    }
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode member(ObjectNode root) {
        return (ObjectNode) root.get("member");
    }

    private static ObjectNode procedure(ObjectNode root) {
        return (ObjectNode) root.get("procedures").get(0);
    }

    private static ObjectNode document(ObjectNode root) {
        return (ObjectNode) root.get("documents").get(0);
    }

    private RequestReader.Result readAfter(Consumer<ObjectNode> change) {
        ObjectNode root = minimal();
        change.accept(root);
        return reader.read(root.toString());
    }

    private static List<String> fields(RequestReader.Result result) {
        return result.errors().stream().map(RequestError::field).toList();
    }

    @Test
    void aValidRequestReadsEveryField() {
        RequestReader.Result result = reader.read(resource("requests/valid-full.json"));

        assertEquals(List.of(), result.errors());
        CoverageRequest request = result.request().orElseThrow();
        assertEquals("04-77260-19", request.guideline());
        assertEquals(LocalDate.of(2026, 6, 1), request.dateOfService());
        assertEquals(LineOfBusiness.MEDICARE_ADVANTAGE, request.member().lineOfBusiness());
        assertEquals(LocalDate.of(1958, 4, 2), request.member().birthDate());
        assertEquals("F", request.member().sex());
        assertEquals(List.of(new Procedure("CPT", "77387", 2, List.of("26", "TC")),
                        new Procedure("HCPCS", "G6002", 1, List.of())),
                request.procedures(), "units default to 1 and modifiers to none when absent");
        assertEquals(List.of(new Diagnosis("ICD-10-CM", "C61"), new Diagnosis("ICD-10-CM", "C50.912")), request.diagnoses());
        assertEquals(List.of("implanted-fiducial-markers", "internal-motion"), request.indications());
        assertEquals(List.of(new Document("28626-0", LocalDate.of(2026, 3, 1)), new Document("18741-9", LocalDate.of(2026, 5, 20))),
                request.documents());
        assertEquals("CLM-0001", request.extensions().get("claimId"));
        assertEquals(Map.of("system", "portal", "attempt", 3), request.extensions().get("source"));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        RequestReader.Result result = reader.read("""
                { "dateOfService": "2026-06-01", "member": { "lineOfBusiness": "FEP" },
                  "procedures": [ { "system": "CPT", "code": "77387" } ] }
                """);

        CoverageRequest request = result.request().orElseThrow(() -> new AssertionError(result.errors()));
        assertNull(request.guideline(), "guideline may be omitted when the caller names it another way");
        assertNull(request.member().birthDate());
        assertNull(request.member().sex());
        assertEquals(List.of(), request.diagnoses());
        assertEquals(List.of(), request.indications());
        assertEquals(List.of(), request.documents());
        assertEquals(Map.of(), request.extensions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMERCIAL", "FEP", "SAO", "MEDICARE_ADVANTAGE", "MEDICAID"})
    void everyLineOfBusinessOfTheContractIsRead(String line) {
        RequestReader.Result result = readAfter(r -> member(r).put("lineOfBusiness", line));

        assertEquals(LineOfBusiness.valueOf(line), result.request().orElseThrow().member().lineOfBusiness());
    }

    @Test
    void fieldsUnderExtensionsAreAcceptedAndCarried() {
        RequestReader.Result result = readAfter(r -> r.putObject("extensions")
                .put("claimId", "CLM-42")
                .put("priority", true)
                .putObject("anything").put("foo", "bar"));

        CoverageRequest request = result.request().orElseThrow(() -> new AssertionError(result.errors()));
        assertEquals("CLM-42", request.extensions().get("claimId"));
        assertEquals(true, request.extensions().get("priority"));
        assertEquals(Map.of("foo", "bar"), request.extensions().get("anything"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("procedures is an object", (Consumer<ObjectNode>) r -> r.putObject("procedures"),
                        "procedures", "must be an array"),
                Arguments.of("units is a string", (Consumer<ObjectNode>) r -> procedure(r).put("units", "1"),
                        "procedures[0].units", "whole number"),
                Arguments.of("units is a fraction", (Consumer<ObjectNode>) r -> procedure(r).put("units", 1.5),
                        "procedures[0].units", "whole number"),
                Arguments.of("units is zero", (Consumer<ObjectNode>) r -> procedure(r).put("units", 0),
                        "procedures[0].units", "at least 1"),
                Arguments.of("units is too large for a whole number of units",
                        (Consumer<ObjectNode>) r -> procedure(r).put("units", 4_294_967_297L),
                        "procedures[0].units", "whole number"),
                Arguments.of("guideline is a number", (Consumer<ObjectNode>) r -> r.put("guideline", 4),
                        "guideline", "must be a string"),
                Arguments.of("member is a string", (Consumer<ObjectNode>) r -> r.put("member", "COMMERCIAL"),
                        "member", "must be an object"),
                Arguments.of("an indication is a number", (Consumer<ObjectNode>) r -> r.putArray("indications").add(7),
                        "indications[0]", "must be a string"),
                Arguments.of("a modifier is a number",
                        (Consumer<ObjectNode>) r -> procedure(r).putArray("modifiers").add(26),
                        "procedures[0].modifiers[0]", "must be a string"),
                Arguments.of("a procedure is a string", (Consumer<ObjectNode>) r -> r.putArray("procedures").add("77387"),
                        "procedures[0]", "must be an object"),
                Arguments.of("dateOfService has month 13", (Consumer<ObjectNode>) r -> r.put("dateOfService", "2026-13-01"),
                        "dateOfService", "`2026-13-01` is not a date: there is no month 13"),
                Arguments.of("dateOfService is not ISO", (Consumer<ObjectNode>) r -> r.put("dateOfService", "06/01/2026"),
                        "dateOfService", "yyyy-MM-dd"),
                Arguments.of("a document is dated yesterday", (Consumer<ObjectNode>) r -> document(r).put("date", "yesterday"),
                        "documents[0].date", "`yesterday` is not a date"),
                Arguments.of("birthDate is not a date", (Consumer<ObjectNode>) r -> member(r).put("birthDate", "1958-02-30"),
                        "member.birthDate", "`1958-02-30` is not a date: February has 28 days in 1958"),
                Arguments.of("an unknown top-level field", (Consumer<ObjectNode>) r -> r.put("priority", "high"),
                        "priority", "unknown field"),
                Arguments.of("an unknown member field", (Consumer<ObjectNode>) r -> member(r).put("foo", 1),
                        "member.foo", "unknown field"),
                Arguments.of("an unknown procedure field", (Consumer<ObjectNode>) r -> procedure(r).put("bar", 1),
                        "procedures[0].bar", "unknown field"),
                Arguments.of("an unknown document field", (Consumer<ObjectNode>) r -> document(r).put("pages", 3),
                        "documents[0].pages", "unknown field"),
                Arguments.of("an unknown line of business", (Consumer<ObjectNode>) r -> member(r).put("lineOfBusiness", "PLATINUM"),
                        "member.lineOfBusiness", "unknown line of business `PLATINUM`"),
                Arguments.of("a line of business in lower case",
                        (Consumer<ObjectNode>) r -> member(r).put("lineOfBusiness", "commercial"),
                        "member.lineOfBusiness", "unknown line of business"),
                Arguments.of("a member without a line of business", (Consumer<ObjectNode>) r -> member(r).remove("lineOfBusiness"),
                        "member.lineOfBusiness", "is required"),
                Arguments.of("an unknown sex", (Consumer<ObjectNode>) r -> member(r).put("sex", "X"),
                        "member.sex", "unknown sex"),
                Arguments.of("dateOfService is missing", (Consumer<ObjectNode>) r -> r.remove("dateOfService"),
                        "dateOfService", "is required"),
                Arguments.of("procedures is missing", (Consumer<ObjectNode>) r -> r.remove("procedures"),
                        "procedures", "is required"),
                Arguments.of("procedures is empty", (Consumer<ObjectNode>) r -> r.putArray("procedures"),
                        "procedures", "at least one procedure"),
                Arguments.of("member is missing", (Consumer<ObjectNode>) r -> r.remove("member"),
                        "member", "is required"),
                Arguments.of("an unknown procedure system", (Consumer<ObjectNode>) r -> procedure(r).put("system", "ICD-10-PCS"),
                        "procedures[0].system", "unknown code system `ICD-10-PCS`"),
                Arguments.of("a procedure without a code", (Consumer<ObjectNode>) r -> procedure(r).remove("code"),
                        "procedures[0].code", "is required"),
                Arguments.of("a procedure code that is too short", (Consumer<ObjectNode>) r -> procedure(r).put("code", "7738"),
                        "procedures[0].code", "`7738` is not a procedure code"),
                Arguments.of("a procedure code with a space", (Consumer<ObjectNode>) r -> procedure(r).put("code", "773 87"),
                        "procedures[0].code", "is not a procedure code"),
                Arguments.of("a malformed LOINC code", (Consumer<ObjectNode>) r -> document(r).put("loinc", "28626"),
                        "documents[0].loinc", "`28626` is not a LOINC code"),
                Arguments.of("a LOINC code with letters", (Consumer<ObjectNode>) r -> document(r).put("loinc", "ABC-0"),
                        "documents[0].loinc", "is not a LOINC code"),
                Arguments.of("an unknown diagnosis system",
                        (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("diagnoses").get(0)).put("system", "ICD-9"),
                        "diagnoses[0].system", "unknown diagnosis code system"),
                Arguments.of("extensions is a string", (Consumer<ObjectNode>) r -> r.put("extensions", "x"),
                        "extensions", "must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedRequestYieldsNoRequestAndOneErrorNamingTheField(
            String description, Consumer<ObjectNode> change, String field, String message) {
        RequestReader.Result result = readAfter(change);

        assertTrue(result.request().isEmpty(), "a malformed request yields no request");
        assertEquals(List.of(field), fields(result), "exactly one error, naming the field at fault");
        String actual = result.errors().get(0).message();
        assertTrue(actual.contains(message), () -> "expected `" + message + "` in: " + actual);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{ \"guideline\": \"04-77260-19\",\n  \"dateOfService\": }",
        "{ \"guideline\": \"04-77260-19\"\n  \"dateOfService\": \"2026-06-01\" }",
        "{ 'guideline': '04-77260-19' }",
        "{ \"guideline\": \"04-77260-19\",\n",
        "{ \"guideline\": \"04-77260-19\", }"
    })
    void invalidJsonSyntaxIsReportedAtTheRootWithLineAndColumn(String json) {
        RequestReader.Result result = reader.read(json);

        assertTrue(result.request().isEmpty());
        assertEquals(List.of("$"), fields(result));
        String message = result.errors().get(0).message();
        assertTrue(message.matches("not valid JSON at line \\d+, column \\d+: .+"), message);
        assertFalse(message.contains("Source:") || message.contains("jackson") || message.contains("Feature"),
                () -> "the message names no implementation detail: " + message);
    }

    @Test
    void theLineAndColumnOfASyntaxErrorAreWhereItIs() {
        RequestReader.Result result = reader.read("{\n  \"guideline\": \"04-77260-19\"\n  \"dateOfService\": \"2026-06-01\"\n}");

        String message = result.errors().get(0).message();
        assertTrue(message.startsWith("not valid JSON at line 3, column "), message);
    }

    @Test
    void contentAfterTheRequestObjectIsASyntaxErrorInPlainWords() {
        String json = minimal().toString() + " {}";

        RequestReader.Result result = reader.read(json);

        assertTrue(result.request().isEmpty());
        assertEquals(List.of("$"), fields(result));
        String message = result.errors().get(0).message();
        assertTrue(message.contains("unexpected content after the request object"), message);
        assertFalse(message.contains("com.fasterxml") || message.contains("FAIL_ON_TRAILING_TOKENS"), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void aDuplicateKeyIsAnErrorNamingTheRepeatedField(String json, String field) {
        RequestReader.Result result = reader.read(json);

        assertTrue(result.request().isEmpty(), "a later key must not silently win over an earlier one");
        assertEquals(List.of(field), fields(result));
        String message = result.errors().get(0).message();
        assertTrue(message.contains("more than once") && message.matches(".*line \\d+, column \\d+.*"), message);
    }

    static Stream<Arguments> duplicates() {
        return Stream.of(
                Arguments.of("{ \"dateOfService\": \"2026-06-01\", \"dateOfService\": \"2026-06-02\" }", "dateOfService"),
                Arguments.of("{ \"member\": { \"lineOfBusiness\": \"FEP\", \"lineOfBusiness\": \"COMMERCIAL\" } }",
                        "member.lineOfBusiness"),
                Arguments.of("{ \"procedures\": [ { \"code\": \"77387\" }, { \"code\": \"77387\", \"code\": \"G6002\" } ] }",
                        "procedures[1].code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[ { \"dateOfService\": \"2026-06-01\" } ]", "\"request\"", "42", "null", ""})
    void aRequestThatIsNotAnObjectIsRejectedAtTheRoot(String json) {
        RequestReader.Result result = reader.read(json);

        assertTrue(result.request().isEmpty());
        assertEquals(List.of("$"), fields(result));
        assertTrue(result.errors().get(0).message().contains("must be a JSON object"), result.errors().get(0).message());
    }

    @Test
    void severalProblemsAreAllReportedNotJustTheFirst() {
        RequestReader.Result result = readAfter(r -> {
            r.put("dateOfService", "2026-13-01");
            r.put("colour", "blue");
            member(r).put("lineOfBusiness", "PLATINUM");
            member(r).put("foo", 1);
            procedure(r).put("system", "LOCAL");
            procedure(r).put("code", "7");
            procedure(r).put("units", "one");
            document(r).put("loinc", "x");
            document(r).put("date", "yesterday");
        });

        assertTrue(result.request().isEmpty());
        List<String> fields = fields(result);
        assertEquals(Set.of("colour", "dateOfService", "member.foo", "member.lineOfBusiness", "procedures[0].system",
                        "procedures[0].code", "procedures[0].units", "documents[0].loinc", "documents[0].date"),
                Set.copyOf(fields));
        assertEquals(9, fields.size(), () -> "each problem reported once: " + fields);
    }

    @Test
    void readingATreeGivesTheSameAnswerAsReadingText() throws IOException {
        ObjectNode tree = minimal();

        RequestReader.Result fromTree = reader.read(tree);
        RequestReader.Result fromText = reader.read(tree.toString());

        assertEquals(fromText, fromTree);
        assertTrue(fromTree.request().isPresent());
        assertEquals(List.of("$"), fields(reader.read(JSON.readTree("[]"))));
    }

    static Stream<Arguments> datesInTheRightFormThatNameNoDay() {
        return Stream.of(
                Arguments.of("2026-13-01", "`2026-13-01` is not a date: there is no month 13 (months run 01 to 12)"),
                Arguments.of("2026-00-10", "`2026-00-10` is not a date: there is no month 00 (months run 01 to 12)"),
                Arguments.of("2026-06-31", "`2026-06-31` is not a date: June has 30 days"),
                Arguments.of("2026-01-32", "`2026-01-32` is not a date: January has 31 days"),
                Arguments.of("2026-01-00", "`2026-01-00` is not a date: there is no day 00 (days start at 01)"),
                Arguments.of("2025-02-29", "`2025-02-29` is not a date: 2025 is not a leap year, so February has 28 days"),
                Arguments.of("2024-02-30", "`2024-02-30` is not a date: February has 29 days in 2024"),
                Arguments.of("2026/06/01", "`2026/06/01` is not a date; write yyyy-MM-dd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesInTheRightFormThatNameNoDay")
    void aDateThatNamesNoDaySaysWhatIsWrongWithIt(String date, String message) {
        for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(
                r -> r.put("dateOfService", date), r -> member(r).put("birthDate", date), r -> document(r).put("date", date))) {
            RequestReader.Result result = readAfter(change);

            assertEquals(1, result.errors().size(), result.errors()::toString);
            assertEquals(message, result.errors().get(0).message());
        }
        assertEquals("documents[0].date", fields(readAfter(r -> document(r).put("date", date))).get(0));
    }

    @Test
    void aLeapDayInALeapYearIsADate() {
        assertEquals(LocalDate.of(2024, 2, 29),
                readAfter(r -> r.put("dateOfService", "2024-02-29")).request().orElseThrow().dateOfService());
    }

    static Stream<Arguments> misspeltFields() {
        return Stream.of(
                Arguments.of((Consumer<ObjectNode>) r -> r.set("indication", r.remove("indications")), "indication", "indications"),
                Arguments.of((Consumer<ObjectNode>) r -> r.set("dateOfservice", r.remove("dateOfService")), "dateOfservice",
                        "dateOfService"),
                Arguments.of((Consumer<ObjectNode>) r -> r.put("gudeline", "04-77260-19"), "gudeline", "guideline"),
                Arguments.of((Consumer<ObjectNode>) r -> member(r).put("birthdate", "1958-04-02"), "member.birthdate", "birthDate"),
                Arguments.of((Consumer<ObjectNode>) r -> procedure(r).put("unit", 2), "procedures[0].unit", "units"),
                Arguments.of((Consumer<ObjectNode>) r -> document(r).put("lonic", "28626-0"), "documents[0].lonic", "loinc"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("misspeltFields")
    void aMisspeltFieldNamesTheFieldItProbablyMeantAndStillPointsToExtensions(
            Consumer<ObjectNode> change, String field, String meant) {
        RequestReader.Result result = readAfter(change);

        RequestError error = result.errors().stream().filter(e -> e.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(result.errors()));
        assertEquals("unknown field; did you mean `" + meant + "`? (caller data goes under `extensions`)", error.message());
    }

    @Test
    void aFieldLikeNoKnownOneOnlyPointsToExtensions() {
        RequestReader.Result result = readAfter(r -> r.put("claimNumber", "CLM-42"));

        assertEquals(List.of(new RequestError("claimNumber", "unknown field; put caller data under `extensions`")), result.errors());
    }
}
