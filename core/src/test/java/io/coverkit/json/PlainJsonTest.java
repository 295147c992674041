package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plain JSON is read into exactly the tree Jackson builds; anything else is left to Jackson. */
class PlainJsonTest {

    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Jackson's tree of the text, or null where Jackson finds no value or an error. */
    private static JsonNode jackson(String text) {
        try {
            JsonNode tree = JACKSON.readTree(text);
            return tree == null || tree.isMissingNode() ? null : tree;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static List<String> examples() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    @Test
    void theExamplesAreReadPlainlyButForFractions() throws IOException {
        int plain = 0;
        for (String text : examples()) {
            JsonNode tree = PlainJson.read(text);
            if (tree != null) {
                assertEquals(jackson(text), tree, text);
                plain++;
            } else {
                // a measure such as 19.5 is a fraction, which Jackson reads
                assertTrue(text.matches("(?s).*[0-9]\\.[0-9].*") || jackson(text) == null, text);
            }
        }
        assertTrue(plain >= 10, "examples read plainly: " + plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", " { \"a\" : [ 1, -2, 0, 123456789, true, false, null, \"\" ] } ",
            "{\"e\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"}", "\"text\"", "-0", "7", "{\"a\":{\"b\":{}}}"})
    void plainTextGivesJacksonsTree(String text) {
        JsonNode tree = PlainJson.read(text);
        assertNotNull(tree, text);
        assertEquals(jackson(text), tree);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{a:1}", "{\"a\":1}x", "{\"a\":1} {}",
            "{\"a\":1,\"a\":2}", "[01]", "[1.5]", "[1e3]", "[1E3]", "[1234567890]", "[-]", "[--1]", "[+1]", "[tru]",
            "[nul]", "[True]", "[\"\\x\"]", "[\"\\u12G4\"]", "[\"a\tb\"]", "\ufeff{}", "{\"a\":1}\u00a0", "['a']",
            "[1 2]", "[NaN]", "/*c*/{}"})
    void anythingElseIsLeftToJackson(String text) {
        assertNull(PlainJson.read(text), text);
    }

    @Test
    void deepNestingIsLeftToJackson() {
        String deep = "[".repeat(RequestBounds.MAX_DEPTH + 1) + "]".repeat(RequestBounds.MAX_DEPTH + 1);
        assertNull(PlainJson.read(deep));
        String allowed = "[".repeat(RequestBounds.MAX_DEPTH) + "]".repeat(RequestBounds.MAX_DEPTH);
        assertEquals(jackson(allowed), PlainJson.read(allowed));
    }

    @Test
    void editedRequestsAreReadAsJacksonReadsThemOrLeftToIt() throws IOException {
        List<String> examples = examples();
        Random random = new Random(23);
        String alphabet = "{}[],:\" \n\t\\/0123456789-.eEtrufalsn\u00e9\u0001";
        int plain = 0;
        int left = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(examples.get(random.nextInt(examples.size())));
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String edited = text.toString();
            JsonNode tree = PlainJson.read(edited);
            if (tree == null) {
                left++;
            } else {
                assertEquals(jackson(edited), tree, edited);
                plain++;
            }
        }
        assertTrue(plain > 1000 && left > 1000, "read plainly " + plain + ", left to Jackson " + left);
    }

    @Test
    void aRequestReadPlainlyIsReadAsJacksonReadsIt() throws IOException {
        RequestReader reader = new RequestReader();
        for (String text : examples()) {
            JsonNode tree = jackson(text);
            if (tree != null) {
                assertEquals(reader.read(tree), reader.read(text));
            }
        }
    }
}
