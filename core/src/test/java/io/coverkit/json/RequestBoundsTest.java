package io.coverkit.json;

import static io.coverkit.json.RequestBounds.MAX_ARRAY_ITEMS;
import static io.coverkit.json.RequestBounds.MAX_DEPTH;
import static io.coverkit.json.RequestBounds.MAX_ERRORS;
import static io.coverkit.json.RequestBounds.MAX_FIELDS;
import static io.coverkit.json.RequestBounds.MAX_NAME_LENGTH;
import static io.coverkit.json.RequestBounds.MAX_NUMBER_LENGTH;
import static io.coverkit.json.RequestBounds.MAX_REQUEST_BYTES;
import static io.coverkit.json.RequestBounds.MAX_STRING_LENGTH;
import static io.coverkit.json.RequestBounds.MAX_VALUES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per bound of {@link RequestBounds}: a request just beyond it is refused with one error
 * naming the field (or {@code $} with line and column for the whole request's size and depth),
 * and a request exactly at it is read. Text and trees are held to the same bounds.
 */
class RequestBoundsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestReader reader = new RequestReader();

    /** The smallest valid request. */
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

    private static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode root = minimal();
        change.accept(root);
        return root;
    }

    private static ObjectNode extensions(ObjectNode root) {
        return root.has("extensions") ? (ObjectNode) root.get("extensions") : root.putObject("extensions");
    }

    private static ObjectNode procedure(ObjectNode root) {
        return (ObjectNode) root.get("procedures").get(0);
    }

    /** The request with its deepest object at {@code level}, the request itself being level 1. */
    private static ObjectNode objectsNestedTo(int level) {
        ObjectNode root = minimal();
        ObjectNode current = extensions(root); // level 2
        for (int l = 3; l <= level; l++) {
            current = current.putObject("a");
        }
        return root;
    }

    /** The request with its deepest array at {@code level}, under {@code extensions.list}. */
    private static ObjectNode arraysNestedTo(int level) {
        ObjectNode root = minimal();
        ArrayNode current = extensions(root).putArray("list"); // level 3
        for (int l = 4; l <= level; l++) {
            current = current.addArray();
        }
        return root;
    }

    private static ObjectNode procedures(int count) {
        return with(r -> {
            ArrayNode list = r.putArray("procedures");
            for (int i = 0; i < count; i++) {
                list.addObject().put("system", "CPT").put("code", "77387");
            }
        });
    }

    private static ObjectNode extensionFields(int count) {
        return with(r -> {
            ObjectNode ext = extensions(r);
            for (int i = 0; i < count; i++) {
                ext.put("f" + i, i);
            }
        });
    }

    private static int values(JsonNode node) {
        int count = 1;
        for (JsonNode child : node) {
            count += values(child);
        }
        return count;
    }

    /** The request grown with zeros under {@code extensions} to exactly {@code total} values. */
    private static ObjectNode valuesUpTo(int total) {
        ObjectNode root = minimal();
        ObjectNode ext = extensions(root);
        ArrayNode list = null;
        for (int count = values(root); count < total; count++) {
            if (list == null || list.size() == MAX_ARRAY_ITEMS) {
                list = ext.putArray("zeros" + ext.size());
            } else {
                list.add(0);
            }
        }
        assertEquals(total, values(root));
        return root;
    }

    private static String utf8(int bytes, String json) {
        assertEquals(bytes, json.getBytes(StandardCharsets.UTF_8).length);
        return json;
    }

    /** Compact JSON text padded with spaces before its last brace to {@code bytes} bytes of UTF-8. */
    private static String paddedTo(int bytes, JsonNode tree) {
        String text = tree.toString();
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        return utf8(bytes, text.substring(0, text.length() - 1) + " ".repeat(bytes - size) + "}");
    }

    private CoverageRequest accepted(RequestReader.Result result) {
        return result.request().orElseThrow(() -> new AssertionError("expected a request, got " + result.errors()));
    }

    /** Exactly one error, naming {@code field}, with {@code message} in it and no implementation detail. */
    private static RequestError refused(RequestReader.Result result, String field, String message) {
        assertTrue(result.request().isEmpty(), "a request beyond a bound yields no request");
        assertEquals(List.of(field), result.errors().stream().map(RequestError::field).toList(), result.errors()::toString);
        RequestError error = result.errors().get(0);
        assertTrue(error.message().contains(message), () -> "expected `" + message + "` in: " + error.message());
        for (String detail : List.of("Exception", "jackson", "Jackson", "StreamReadConstraints", "Source:", "\tat ")) {
            assertFalse(error.message().contains(detail), () -> "names no implementation detail: " + error.message());
        }
        return error;
    }

    private static void hasLineAndColumn(RequestError error) {
        assertTrue(error.message().matches("(?s).* at line \\d+, column \\d+.*"), error.message());
    }

    // --- size of the request ----------------------------------------------------------------------

    @Test
    void aRequestOfExactlyOneMebibyteIsRead() {
        accepted(reader.read(paddedTo(MAX_REQUEST_BYTES, minimal())));
    }

    @Test
    void aRequestOfOneByteMoreIsRefusedAtTheRootWithWhereItPassesTheSize() {
        String json = paddedTo(MAX_REQUEST_BYTES + 1, minimal());

        RequestError error = refused(reader.read(json), "$", "larger than 1048576 bytes (1 MiB)");

        assertTrue(error.message().endsWith("at line 1, column " + (MAX_REQUEST_BYTES + 1)), error.message());
    }

    @Test
    void theSizeIsCountedInBytesOfUtf8NotInCharacters() {
        ObjectNode tree = with(r -> extensions(r).put("note", "é".repeat(5_000)));
        String json = paddedTo(MAX_REQUEST_BYTES + 1, tree);
        assertTrue(json.length() < MAX_REQUEST_BYTES);

        refused(reader.read(json), "$", "larger than 1048576 bytes");
        accepted(reader.read(paddedTo(MAX_REQUEST_BYTES, tree)));
    }

    @Test
    void theLineWhereTheSizeIsPassedIsCountedLikeTheParserCountsIt() {
        String text = minimal().toString();
        String breaks = "\r\r\n\n"; // CR, CR LF and LF: three line breaks
        String json = text + breaks + " ".repeat(MAX_REQUEST_BYTES - text.length() - breaks.length() + 10);

        RequestError error = refused(reader.read(json), "$", "larger than");

        int column = MAX_REQUEST_BYTES + 1 - text.length() - breaks.length();
        assertTrue(error.message().endsWith("at line 4, column " + column), error.message());
    }

    // --- nesting depth --------------------------------------------------------------------------

    @Test
    void objectsNested32DeepAreRead() {
        ObjectNode tree = objectsNestedTo(MAX_DEPTH);

        accepted(reader.read(tree.toString()));
        accepted(reader.read(tree));
    }

    @Test
    void arraysNested32DeepAreRead() {
        ObjectNode tree = arraysNestedTo(MAX_DEPTH);

        accepted(reader.read(tree.toString()));
        accepted(reader.read(tree));
    }

    @Test
    void objectsNested33DeepUnderExtensionsAreRefusedAtTheRootWithLineAndColumn() {
        ObjectNode tree = objectsNestedTo(MAX_DEPTH + 1);

        RequestError error = refused(reader.read(tree.toString()), "$", "nested more than 32 deep");
        hasLineAndColumn(error);
        assertTrue(error.message().endsWith("in `extensions" + ".a".repeat(MAX_DEPTH - 1) + "`"), error.message());
        refused(reader.read(tree), "$", "nested more than 32 deep");
    }

    @Test
    void arraysNested33DeepAreRefusedAtTheRoot() {
        ObjectNode tree = arraysNestedTo(MAX_DEPTH + 1);

        hasLineAndColumn(refused(reader.read(tree.toString()), "$", "nested more than 32 deep"));
        refused(reader.read(tree), "$", "nested more than 32 deep");
    }

    @Test
    void aVeryDeepDocumentIsRefusedNotOverflowingTheStack() {
        RequestError error = refused(reader.read("[".repeat(500_000)), "$", "nested more than 32 deep");

        assertTrue(error.message().contains("at line 1, column 33"), error.message());
        refused(reader.read("{\"a\":".repeat(100_000)), "$", "nested more than 32 deep");
    }

    @Test
    void aTreeThatContainsItselfIsRefusedNotWalkedForever() {
        ObjectNode tree = minimal();
        extensions(tree).set("self", tree);

        refused(reader.read(tree), "$", "nested more than 32 deep");
    }

    // --- items per array ------------------------------------------------------------------------

    @Test
    void aThousandProceduresAreRead() {
        ObjectNode tree = procedures(MAX_ARRAY_ITEMS);

        assertEquals(MAX_ARRAY_ITEMS, accepted(reader.read(tree.toString())).procedures().size());
        assertEquals(MAX_ARRAY_ITEMS, accepted(reader.read(tree)).procedures().size());
    }

    @Test
    void aThousandAndOneProceduresAreRefusedNamingTheArray() {
        ObjectNode tree = procedures(MAX_ARRAY_ITEMS + 1);

        hasLineAndColumn(refused(reader.read(tree.toString()), "procedures", "has more than 1000 items"));
        refused(reader.read(tree), "procedures", "has more than 1000 items");
    }

    @Test
    void aLongArrayDeeperInIsNamedByItsPath() {
        ObjectNode tree = with(r -> {
            ArrayNode modifiers = procedure(r).putArray("modifiers");
            for (int i = 0; i <= MAX_ARRAY_ITEMS; i++) {
                modifiers.add("26");
            }
        });

        refused(reader.read(tree.toString()), "procedures[0].modifiers", "has more than 1000 items");
        refused(reader.read(tree), "procedures[0].modifiers", "has more than 1000 items");
    }

    // --- fields per object ----------------------------------------------------------------------

    @Test
    void aHundredFieldsUnderExtensionsAreRead() {
        ObjectNode tree = extensionFields(MAX_FIELDS);

        assertEquals(MAX_FIELDS, accepted(reader.read(tree.toString())).extensions().size());
        accepted(reader.read(tree));
    }

    @Test
    void aHundredAndOneFieldsAreRefusedNamingTheObject() {
        ObjectNode tree = extensionFields(MAX_FIELDS + 1);

        hasLineAndColumn(refused(reader.read(tree.toString()), "extensions", "has more than 100 fields"));
        refused(reader.read(tree), "extensions", "has more than 100 fields");
    }

    @Test
    void tooManyFieldsInTheRequestObjectAreRefusedAtTheRoot() {
        ObjectNode tree = with(r -> {
            for (int i = r.size(); i <= MAX_FIELDS; i++) {
                r.put("x" + i, i);
            }
        });

        refused(reader.read(tree.toString()), "$", "has more than 100 fields");
    }

    // --- values in the whole request ------------------------------------------------------------

    @Test
    void twentyThousandValuesAreRead() {
        ObjectNode tree = valuesUpTo(MAX_VALUES);

        accepted(reader.read(tree.toString()));
        accepted(reader.read(tree));
    }

    @Test
    void twentyThousandAndOneValuesAreRefusedAtTheRoot() {
        ObjectNode tree = valuesUpTo(MAX_VALUES + 1);

        hasLineAndColumn(refused(reader.read(tree.toString()), "$", "more than 20000 values"));
        refused(reader.read(tree), "$", "more than 20000 values");
    }

    // --- length of strings, names and numbers ---------------------------------------------------

    @Test
    void aStringOfTenThousandCharactersIsRead() {
        ObjectNode tree = with(r -> extensions(r).put("note", "x".repeat(MAX_STRING_LENGTH)));

        assertEquals(MAX_STRING_LENGTH, ((String) accepted(reader.read(tree.toString())).extensions().get("note")).length());
        accepted(reader.read(tree));
    }

    @Test
    void aStringOfTenThousandAndOneCharactersIsRefusedNamingTheField() {
        ObjectNode tree = with(r -> extensions(r).put("note", "x".repeat(MAX_STRING_LENGTH + 1)));

        hasLineAndColumn(refused(reader.read(tree.toString()), "extensions.note", "is a string of 10001 characters"));
        refused(reader.read(tree), "extensions.note", "is a string of 10001 characters");
    }

    @Test
    void aLongValueOfAKnownFieldIsRefusedForItsLengthBeforeItsMeaning() {
        ObjectNode tree = with(r -> r.put("guideline", "g".repeat(MAX_STRING_LENGTH + 1)));

        refused(reader.read(tree.toString()), "guideline", "at most 10000 are allowed");
    }

    @Test
    void stringLengthCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        ObjectNode tree = with(r -> extensions(r).put("note", emoji.repeat(MAX_STRING_LENGTH)));

        accepted(reader.read(tree.toString()));
        accepted(reader.read(tree));
        refused(reader.read(with(r -> extensions(r).put("note", emoji.repeat(MAX_STRING_LENGTH + 1))).toString()),
                "extensions.note", "is a string of 10001 characters");
    }

    @Test
    void aFieldNameOf256CharactersIsRead() {
        ObjectNode tree = with(r -> extensions(r).put("n".repeat(MAX_NAME_LENGTH), 1));

        accepted(reader.read(tree.toString()));
        accepted(reader.read(tree));
    }

    @Test
    void aFieldNameOf257CharactersIsRefusedNamingItsObject() {
        ObjectNode tree = with(r -> extensions(r).put("n".repeat(MAX_NAME_LENGTH + 1), 1));

        hasLineAndColumn(refused(reader.read(tree.toString()), "extensions", "has a field name of 257 characters"));
        refused(reader.read(tree), "extensions", "has a field name of 257 characters");
    }

    @Test
    void aNumberOf100CharactersIsRead() {
        String integer = "9".repeat(MAX_NUMBER_LENGTH);
        String fraction = "-0." + "5".repeat(MAX_NUMBER_LENGTH - 3);
        String text = minimal().toString();
        String json = text.substring(0, text.length() - 1)
                + ",\"extensions\":{\"n\":" + integer + ",\"x\":" + fraction + "}}";

        Map<String, Object> extensions = accepted(reader.read(json)).extensions();
        assertEquals(new BigInteger(integer), extensions.get("n"));
        assertEquals(new BigDecimal(fraction), extensions.get("x"));
        accepted(reader.read(with(r -> extensions(r).put("n", new BigInteger(integer)).put("x", new BigDecimal(fraction)))));
    }

    @Test
    void aNumberOf101CharactersIsRefusedNamingTheField() {
        ObjectNode tree = with(r -> procedure(r).put("units", new BigInteger("1".repeat(MAX_NUMBER_LENGTH + 1))));

        hasLineAndColumn(refused(reader.read(tree.toString()), "procedures[0].units", "is a number of 101 characters"));
        refused(reader.read(tree), "procedures[0].units", "is a number of 101 characters");
        refused(reader.read(with(r -> extensions(r).put("f", 0)).toString().replace("\"f\":0", "\"f\":1e" + "0".repeat(99))),
                "extensions.f", "is a number of 101 characters");
    }

    @Test
    void aNumberWhoseExponentNoDecimalCanHoldIsRefusedNamingTheField() {
        String text = minimal().toString();

        for (String number : List.of("1e2147483648", "1e-2147483649", "-0.5E+99999999999")) {
            RequestError error = refused(reader.read(text.replace("\"units\":1", "\"units\":" + number)),
                    "procedures[0].units", "is a number whose exponent is out of range");
            hasLineAndColumn(error);
        }
        String largest = text.substring(0, text.length() - 1) + ",\"extensions\":{\"big\":1e2147483647}}";
        assertEquals(new BigDecimal("1e2147483647"), accepted(reader.read(largest)).extensions().get("big"));
    }

    // --- dates -------------------------------------------------------------------------------------

    @Test
    void aDateIsWrittenWithFourDigitsOfYearNotTheSignedYearsJavaWouldAlsoRead() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-01-01", "2026-6-1")) {
            refused(reader.read(with(r -> r.put("dateOfService", date)).toString()), "dateOfService",
                    "is not a date; write yyyy-MM-dd");
        }
        assertEquals(java.time.LocalDate.of(2199, 12, 31),
                accepted(reader.read(with(r -> r.put("dateOfService", "2199-12-31")).toString())).dateOfService());
        assertEquals(java.time.LocalDate.of(1900, 1, 1),
                accepted(reader.read(with(r -> r.put("dateOfService", "1900-01-01")).toString())).dateOfService());
        for (String date : List.of("9999-12-31", "0000-01-01", "2200-01-01", "1899-12-31")) {
            refused(reader.read(with(r -> r.put("dateOfService", date)).toString()), "dateOfService",
                    "is outside the dates coverkit reads: 1900-01-01 to 2199-12-31");
        }
    }

    // --- names and values from the caller, as errors show them -----------------------------------

    @Test
    void anEmptyFieldNameIsNamedByAPathThatIsNotEmpty() {
        // found by RequestFuzzTest: `{"": ...}` gave an error whose field was the empty string
        RequestReader.Result result = reader.read(with(r -> r.put("", 1)).toString());

        assertEquals(List.of(new RequestError("$[\"\"]", "unknown field; put caller data under `extensions`")),
                result.errors());
    }

    @Test
    void aFieldNameThatIsNotPlainIsQuotedWithInvisibleCharactersEscaped() {
        RequestReader.Result result = reader.read(with(r -> {
            ((ObjectNode) r.get("member")).put("a.b \"c\"\n\u202e", 1);
            r.put(" ", 2);
        }).toString());

        assertEquals(List.of("$[\" \"]", "member[\"a.b \\\"c\\\"\\u000a\\u202e\"]"),
                result.errors().stream().map(RequestError::field).sorted().toList());
    }

    @Test
    void aBoundUnderAnExtensionWithAnOddNameNamesItQuoted() {
        ObjectNode tree = with(r -> extensions(r).put("claim note", "x".repeat(MAX_STRING_LENGTH + 1)));

        refused(reader.read(tree.toString()), "extensions[\"claim note\"]", "is a string of 10001 characters");
        refused(reader.read(tree), "extensions[\"claim note\"]", "is a string of 10001 characters");
    }

    @Test
    void anEchoedValueShowsItsInvisibleCharactersEscaped() {
        RequestReader.Result result = reader.read(with(r -> ((ObjectNode) r.get("member")).put("sex", "F\n\u202eM")).toString());

        assertEquals(List.of(new RequestError("member.sex", "unknown sex `F\\u000a\\u202eM`; expected F, M or U")),
                result.errors());
    }

    // --- errors listed --------------------------------------------------------------------------

    static Stream<Arguments> badIndications() {
        return Stream.of(Arguments.of(MAX_ERRORS, MAX_ERRORS, ""), Arguments.of(MAX_ERRORS + 1, MAX_ERRORS + 1,
                "1 more problem is not listed"), Arguments.of(150, MAX_ERRORS + 1, "50 more problems are not listed"));
    }

    @ParameterizedTest(name = "{0} bad indications")
    @MethodSource("badIndications")
    void atMostAHundredErrorsAreListedAndTheRestCounted(int bad, int listed, String last) {
        ObjectNode tree = with(r -> {
            ArrayNode indications = r.putArray("indications");
            for (int i = 0; i < bad; i++) {
                indications.add(i);
            }
        });

        RequestReader.Result result = reader.read(tree.toString());

        assertTrue(result.request().isEmpty());
        assertEquals(listed, result.errors().size());
        assertEquals("indications[99]", result.errors().get(MAX_ERRORS - 1).field());
        if (!last.isEmpty()) {
            assertEquals(new RequestError("$", last + "; only the first 100 are"), result.errors().get(MAX_ERRORS));
        }
    }
}
