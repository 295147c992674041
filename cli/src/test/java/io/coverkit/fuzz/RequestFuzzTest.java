package io.coverkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.json.RequestBounds;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Requests are untrusted: whatever text arrives, {@link GuidelineLibrary#decideJson} must answer
 * with a determination or with request errors, and never throw.
 *
 * <p>The fuzzer's bytes are used one of two ways, chosen by the lowest bit of the last byte
 * (FuzzedDataProvider reads numbers from the end of the input):
 * <ul>
 *   <li>even (a seed file ending in a newline): the other bytes, as UTF-8, are the request text;
 *   <li>odd: the bytes steer structured mutations of {@code examples/meets-medical-necessity.json},
 *       replacing, removing, adding, nesting and repeating its values and fields, so that most
 *       inputs get past the parser and reach the field checks and the evaluator.
 * </ul>
 * Seeds, and any crash reproducer, are under
 * {@code src/test/resources/io/coverkit/fuzz/RequestFuzzTestInputs/decideJsonAnswersEveryRequest/};
 * without {@code JAZZER_FUZZ} this runs them as an ordinary test. A longer session, its corpus kept
 * in the gitignored {@code .cifuzz-corpus/}:
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=4m mvn -B -o -Dbuild.dir=/tmp/build-fuzz -Djacoco.skip=true \
 *     -DargLine=-Xmx1g test -Dtest=RequestFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * ({@code -Xmx1g} keeps the process under libFuzzer's 2 GB memory limit.)
 */
class RequestFuzzTest {

    private static final GuidelineLibrary LIBRARY = GuidelineLibrary.load(Path.of("policies"));
    private static final String GUIDELINE = "04-77260-19";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode EXAMPLE = example();
    private static final DeterminationWriter WRITER = new DeterminationWriter();

    /**
     * Words and dotted names; each is then judged whole. (A single regular expression that looks for
     * a name ending in Exception backtracks quadratically over a long echoed value.)
     */
    private static final Pattern WORD = Pattern.compile("[\\w$.]++");

    /** A qualified Java class name, such as {@code java.lang.String} or {@code com.fasterxml.jackson.X}. */
    private static final Pattern QUALIFIED = Pattern.compile("(?:java|javax|jdk|sun|com|org|io)\\.[a-z_$][\\w$]*\\..*");

    /** Reads the caller's text with nothing left out, to tell echoed input from implementation detail. */
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .build())
            .build();

    private static JsonNode example() {
        try {
            return JSON.readTree(Files.readString(Path.of("examples/meets-medical-necessity.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void decideJsonAnswersEveryRequest(FuzzedDataProvider data) {
        assertTrue(LIBRARY.guidelineIds().contains(GUIDELINE), () -> "policies load: " + LIBRARY.diagnostics());
        String json = data.consumeBoolean()
                ? mutatedExample(data)
                : new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);

        Decision decision = LIBRARY.decideJson(json);

        assertNotNull(decision);
        if (decision instanceof Decision.Decided decided) {
            isWritable(decided.determination());
        } else {
            List<RequestError> errors = ((Decision.Rejected) decision).errors();
            assertFalse(errors.isEmpty(), "a rejected request says why");
            String input = json + "\n" + decoded(json);
            for (RequestError error : errors) {
                plainWords(error.field(), input);
                plainWords(error.message(), input);
            }
        }
    }

    private static void isWritable(Determination determination) {
        assertNotNull(determination);
        assertNotNull(determination.outcome());
        String written = WRITER.write(determination);
        try {
            assertEquals(determination.outcome().name(), JSON.readTree(written).get("outcome").asText());
        } catch (IOException e) {
            throw new AssertionError("the determination is written as JSON: " + written, e);
        }
    }

    /** Non-empty, and naming no Java exception or class, unless the caller's own input did. */
    private static void plainWords(String text, String input) {
        assertNotNull(text);
        assertFalse(text.isBlank(), "an error has a field and a message");
        // an invisible character of the input is shown escaped (backslash, u, four hex digits): no part of a name
        Matcher word = WORD.matcher(text.replaceAll("\\\\u[0-9a-fA-F]{4}", " "));
        while (word.find()) {
            // dots join a path's steps (`procedures[0].x`) and end sentences; they are no part of a name
            String found = word.group().replaceAll("^\\.+|\\.+$", "");
            String simple = found.substring(found.lastIndexOf('.') + 1);
            boolean javaName = simple.endsWith("Exception") || simple.endsWith("Error") || simple.endsWith("Throwable")
                    || QUALIFIED.matcher(found).matches();
            assertTrue(!javaName || input.contains(found), () -> "`" + found + "` is an implementation detail: " + text);
        }
    }

    /** The strings and names of the input as the reader sees them (escapes resolved), as far as it parses. */
    private static String decoded(String json) {
        StringBuilder out = new StringBuilder();
        try (JsonParser parser = LENIENT.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    out.append(parser.getText()).append('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            // the decoded text so far is all there is
        }
        return out.toString();
    }

    // --- structured mutations of a valid request --------------------------------------------------

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[] INTERESTING = {
        "", "04-77260-19", "2026-06-01", "2026-02-29", "2026-13-01", "0000-01-01", "9999-12-31", "+999999999-12-31",
        "-999999999-01-01", "COMMERCIAL", "FEP", "SAO", "MEDICARE_ADVANTAGE", "MEDICAID", "CPT", "HCPCS", "77387",
        "G6002", "ICD-10-CM", "C61", "28626-0", "18741-9", "18776-5", "implanted-fiducial-markers", "internal-motion",
        "F", "M", "U", "extensions", "null", "\u0000", "\uD800", "\u202E"
    };

    private static String mutatedExample(FuzzedDataProvider data) {
        JsonNode root = EXAMPLE.deepCopy();
        int mutations = data.consumeInt(1, 4);
        for (int i = 0; i < mutations && data.remainingBytes() > 0; i++) {
            List<JsonNode> containers = new ArrayList<>();
            containers(root, containers);
            JsonNode target = data.pickValue(containers);
            if (target instanceof ObjectNode object) {
                mutate(object, data);
            } else {
                mutate((ArrayNode) target, data);
            }
        }
        String text = root.toString();
        if (data.consumeBoolean()) {
            // a textual splice: the parser's error paths on an otherwise well-formed request
            int at = data.consumeInt(0, text.length());
            text = text.substring(0, at) + data.consumeString(16) + text.substring(at);
        }
        return text;
    }

    private static void containers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode() && out.size() < 64) {
            out.add(node);
            node.forEach(child -> containers(child, out));
        }
    }

    private static void mutate(ObjectNode object, FuzzedDataProvider data) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        switch (data.consumeInt(0, 2)) {
            case 0 -> {
                if (!names.isEmpty()) {
                    object.remove(data.pickValue(names));
                }
            }
            case 1 -> object.set(names.isEmpty() || data.consumeBoolean() ? name(data) : data.pickValue(names), value(data, 0));
            default -> {
                if (!names.isEmpty()) {
                    String field = data.pickValue(names);
                    object.set(field, repeatOrNest(object.get(field), data));
                }
            }
        }
    }

    private static void mutate(ArrayNode array, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 2)) {
            case 0 -> {
                if (!array.isEmpty()) {
                    array.remove(data.consumeInt(0, array.size() - 1));
                }
            }
            case 1 -> {
                if (!array.isEmpty() && data.consumeBoolean()) {
                    array.set(data.consumeInt(0, array.size() - 1), value(data, 0));
                } else {
                    array.add(value(data, 0));
                }
            }
            default -> {
                if (!array.isEmpty()) {
                    int at = data.consumeInt(0, array.size() - 1);
                    array.set(at, repeatOrNest(array.get(at), data));
                }
            }
        }
    }

    private static String name(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(INTERESTING) : data.consumeString(24);
    }

    /** A value around a bound: repeated near the array bound, nested near the depth bound, or stretched. */
    private static JsonNode repeatOrNest(JsonNode original, FuzzedDataProvider data) {
        // a large value is not copied a thousand times: the harness stays fast, the bound is the same
        JsonNode value = small(original, new int[] {0}) ? original : NODES.textNode("x");
        switch (data.consumeInt(0, 2)) {
            case 0 -> {
                ArrayNode many = NODES.arrayNode();
                int count = RequestBounds.MAX_ARRAY_ITEMS + data.consumeInt(-3, 3);
                for (int i = 0; i < count; i++) {
                    many.add(value.deepCopy());
                }
                return many;
            }
            case 1 -> {
                JsonNode nested = value;
                int levels = data.consumeInt(0, RequestBounds.MAX_DEPTH + 3);
                for (int i = 0; i < levels; i++) {
                    nested = data.consumeBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("a", nested);
                }
                return nested;
            }
            default -> {
                String text = value.isTextual() ? value.textValue() : value.toString();
                int length = RequestBounds.MAX_STRING_LENGTH + data.consumeInt(-3, 3);
                return NODES.textNode(text.isEmpty() ? "x".repeat(length) : text.repeat(length / text.length() + 1)
                        .substring(0, length));
            }
        }
    }

    private static boolean small(JsonNode node, int[] seen) {
        if (++seen[0] > 16) {
            return false;
        }
        for (JsonNode child : node) {
            if (!small(child, seen)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        int kinds = depth < 3 ? 10 : 8;
        switch (data.consumeInt(0, kinds - 1)) {
            case 0:
                return NODES.textNode(data.pickValue(INTERESTING));
            case 1:
                return NODES.textNode(data.consumeString(64));
            case 2:
                return NODES.numberNode(data.consumeInt());
            case 3:
                return NODES.numberNode(data.consumeLong());
            case 4:
                return NODES.numberNode(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt()));
            case 5:
                return NODES.numberNode(data.consumeDouble());
            case 6:
                return NODES.booleanNode(data.consumeBoolean());
            case 7:
                return NODES.nullNode();
            case 8: {
                ArrayNode array = NODES.arrayNode();
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    array.add(value(data, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                for (int i = data.consumeInt(0, 3); i > 0; i--) {
                    object.set(name(data), value(data, depth + 1));
                }
                return object;
            }
        }
    }

    /** Keeps the harness honest: the unmutated example is decided, and decided as the example says. */
    @Test
    void theUnmutatedExampleIsDecided() {
        Decision decision = LIBRARY.decideJson(EXAMPLE.toString());

        assertTrue(decision instanceof Decision.Decided, decision::toString);
        assertEquals("MEETS_MEDICAL_NECESSITY", ((Decision.Decided) decision).determination().outcome().name());
    }
}
