package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.dsl.Keyword;
import io.coverkit.dsl.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No request field exists that nothing reads: every field of the request schema has a row in the
 * README's table of readers, each row names keywords of the vocabulary (or, for the few fields the
 * pipeline itself reads, says so), and the evaluator calls the field's accessor.
 */
class RequestFieldReadersTest {

    private static final String HEADING = "### Which keywords read each request field";

    /** Fields the pipeline reads around the criteria, or carries unread by design; their rows name no keyword. */
    private static final Set<String> PIPELINE = Set.of("contractVersion", "guideline", "dateOfService", "extensions");

    /** JSON names whose record accessor is named otherwise ({@code class} is a Java keyword). */
    private static final Map<String, String> ACCESSORS = Map.of("class", "drugClass");

    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\| (.+) \\|$");
    private static final Pattern CODE = Pattern.compile("`([A-Za-z]+)`");

    @Test
    void everyFieldOfTheSchemaHasARowAndEveryRowAField() throws IOException {
        assertEquals(new TreeSet<>(schemaFields()), new TreeSet<>(rows().keySet()),
                "the README's table of readers lists the request schema's fields, no more, no fewer");
    }

    @Test
    void everyRowNamesTheKeywordsThatReadItsField() throws IOException {
        Set<String> keywords = Vocabulary.standard().keywords().stream().map(Keyword::name).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        rows().forEach((field, readers) -> {
            List<String> named = new ArrayList<>();
            Matcher m = CODE.matcher(readers);
            while (m.find()) {
                named.add(m.group(1));
            }
            if (PIPELINE.contains(field)) {
                if (!named.stream().filter(keywords::contains).toList().isEmpty()) {
                    problems.add(field + ": the pipeline reads it, yet the row names keywords");
                }
                return;
            }
            if (named.isEmpty()) {
                problems.add(field + ": the row names no keyword");
            }
            named.stream().filter(k -> !keywords.contains(k)).forEach(k -> problems.add(field + ": `" + k + "` is not a keyword"));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theEvaluatorCallsEveryFieldsAccessor() throws IOException {
        String evaluator;
        try (Stream<Path> files = Stream.of("eval", "api", "compile").flatMap(RequestFieldReadersTest::javaFiles)) {
            evaluator = files.map(RequestFieldReadersTest::read).collect(Collectors.joining("\n"));
        }
        List<String> unread = new ArrayList<>();
        for (String field : schemaFields()) {
            if (PIPELINE.contains(field)) {
                continue;
            }
            String[] parts = field.replace("[]", "").split("\\.");
            String name = parts[parts.length - 1];
            String accessor = "." + ACCESSORS.getOrDefault(name, name) + "()";
            if (!evaluator.contains(accessor)) {
                unread.add(field + " (no call of " + accessor + " in eval, api or compile)");
            }
        }
        assertEquals(List.of(), unread);
    }

    @Test
    void theTableIsFoundAndHoldsTheFieldsAddedLast() throws IOException {
        Map<String, String> rows = rows();
        assertFalse(rows.isEmpty(), "README has the section " + HEADING);
        assertTrue(rows.get("procedures[].modifiers[]").contains("`modifier`"), rows.get("procedures[].modifiers[]"));
        assertTrue(rows.get("priorAuthorization.channel").contains("`channel`"), rows.get("priorAuthorization.channel"));
    }

    /** The README's table under {@link #HEADING}: field to the cell naming its readers. */
    private static Map<String, String> rows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(HEADING);
        if (start < 0) {
            return Map.of();
        }
        int end = readme.indexOf("\n#", start + HEADING.length());
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    /** Every leaf field of the request schema, as a path such as {@code procedures[].modifiers[]}. */
    private static List<String> schemaFields() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("docs/schema/request.schema.json").toFile());
        List<String> fields = new ArrayList<>();
        walk(schema, schema, "", fields);
        return fields;
    }

    private static void walk(JsonNode schema, JsonNode node, String path, List<String> into) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = schema.at(ref.substring(1));
        }
        if (node.has("properties")) {
            node.get("properties").fields().forEachRemaining(e ->
                    walk(schema, e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), into));
        } else if (node.has("items")) {
            walk(schema, node.get("items"), path + "[]", into);
        } else {
            into.add(path);
        }
    }

    private static Stream<Path> javaFiles(String pkg) {
        try {
            return Files.walk(Path.of("core/src/main/java/io/coverkit", pkg)).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
