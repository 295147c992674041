package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.determination.Outcome;
import io.coverkit.examples.ExampleRequests;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value a request holds, set at and beyond its bound in every example request: dates around
 * 1900-01-01 and 2199-12-31 and far past them, numbers at the edges of every integer type. Each
 * request is decided, or refused with an error naming the field that was changed; never an
 * exception.
 */
class RequestRangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GuidelineLibrary library;

    static final List<String> DATES = List.of("1900-01-01", "1900-01-02", "2199-12-30", "2199-12-31", "1899-12-31", "2200-01-01",
            "0000-01-01", "9999-12-31", "+5800000-01-01", "+11547632-01-01", "+999999999-12-31", "-999999999-01-01", "2026-02-29");

    static final List<String> NUMBERS = List.of("0", "1", "-1", "200", "201", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "1e308", "1e309", "0.5", "99999999999999999999999999");

    @BeforeAll
    static void load() throws IOException {
        library = GuidelineLibrary.load(Path.of("policies"));
    }

    static Stream<Arguments> requests() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        List<Path> files;
        files = ExampleRequests.files().stream().filter(p -> !p.toString().contains("malformed")).toList();
        for (Path file : files) {
            JsonNode example = JSON.readTree(file.toFile());
            leaves(example, "", (path, value) -> {
                if (value.isTextual() && value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    DATES.forEach(d -> cases.add(Arguments.of(file.getFileName() + " " + path + "=" + d, changed(example, path, '"' + d + '"'),
                            path)));
                } else if (value.isNumber()) {
                    NUMBERS.forEach(n -> cases.add(Arguments.of(file.getFileName() + " " + path + "=" + n, changed(example, path, n), path)));
                }
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void everyValueIsDecidedOrRefusedNamingItsFieldNeverAnException(String name, String json, String field) {
        Decision decision = library.decideJson(json);
        if (decision instanceof Decision.Rejected rejected) {
            // The changed field, or one beside it that it contradicts (a start after its end).
            String object = field.contains(".") ? field.substring(0, field.lastIndexOf('.') + 1) : field;
            assertTrue(rejected.errors().stream().map(RequestError::field).anyMatch(f -> f.equals(field) || f.startsWith(object)),
                    () -> name + ": " + rejected.errors());
            assertTrue(rejected.errors().stream().noneMatch(e -> e.message().contains("Exception") || e.message().contains("java.")),
                    () -> name + ": " + rejected.errors());
        } else {
            Outcome outcome = ((Decision.Decided) decision).determination().outcome();
            assertTrue(outcome != null, name);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void aDateOutsideTheRangeIsRefusedWithTheRange(String name, String json, String field) {
        String value = name.substring(name.indexOf('=') + 1);
        if (!value.matches("[0-9]{4}-.*") || value.compareTo("1900-01-01") >= 0 && value.compareTo("2199-12-31") <= 0) {
            return;
        }
        Decision decision = library.decideJson(json);
        assertTrue(decision instanceof Decision.Rejected, name);
        List<RequestError> errors = ((Decision.Rejected) decision).errors();
        assertEquals(List.of(field + ": `" + value + "` is outside the dates coverkit reads: 1900-01-01 to 2199-12-31"),
                errors.stream().filter(e -> e.field().equals(field)).map(RequestError::format).toList(), name);
    }

    /** Calls {@code visit} with the path (as request errors write it) and value of every leaf. */
    private static void leaves(JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.properties().forEach(e -> leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", visit);
            }
        } else {
            visit.accept(path, node);
        }
    }

    /**
     * The request with the value at {@code path} replaced by the JSON text {@code value}, written as
     * it is (so {@code 1e309} reaches the reader as text, not as a double Jackson would round).
     */
    private static String changed(JsonNode example, String path, String value) {
        String placeholder = "\"@@value@@\"";
        try {
            JsonNode copy = example.deepCopy();
            JsonNode parent = copy;
            String[] steps = path.split("\\.");
            for (int s = 0; s < steps.length; s++) {
                String step = steps[s];
                String key = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
                boolean last = s == steps.length - 1;
                if (step.contains("[")) {
                    int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
                    ArrayNode array = (ArrayNode) parent.get(key);
                    if (last) {
                        array.set(index, JSON.readTree(placeholder));
                    } else {
                        parent = array.get(index);
                    }
                } else if (last) {
                    ((ObjectNode) parent).set(key, JSON.readTree(placeholder));
                } else {
                    parent = parent.get(key);
                }
            }
            return JSON.writeValueAsString(copy).replace(placeholder, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
