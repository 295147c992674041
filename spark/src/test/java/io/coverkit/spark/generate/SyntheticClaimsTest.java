package io.coverkit.spark.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Outcome;
import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticClaimsTest {

    private static final int ROWS = 5_000;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static SyntheticClaims claims;

    @BeforeAll
    static void corpus() throws IOException {
        claims = SyntheticClaims.of(SyntheticClaims.DEFAULT_CORPUS, 42);
    }

    private static byte[] generate(SyntheticClaims generator, long first, long rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.write(first, rows, out);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        byte[] once = generate(claims, 0, 2_000);
        assertArrayEquals(once, generate(SyntheticClaims.of(SyntheticClaims.DEFAULT_CORPUS, 42), 0, 2_000));
        assertFalse(Arrays.equals(once, generate(SyntheticClaims.of(SyntheticClaims.DEFAULT_CORPUS, 43), 0, 2_000)));
    }

    @Test
    void aRangeOfRowsIsWrittenAsInTheWholeSoPartitionsCanWriteTheirOwn() throws IOException {
        List<String> whole = lines(generate(claims, 0, 1_500));
        List<String> parts = new ArrayList<>(lines(generate(claims, 0, 700)));
        parts.addAll(lines(generate(claims, 700, 800)));
        assertEquals(whole, parts);
    }

    @Test
    void exactlyTheRowsAskedForEachEndedByANewline() throws IOException {
        for (long rows : new long[] {0, 1, claims.corpusSize(), claims.corpusSize() + 3, 10_000}) {
            byte[] bytes = generate(claims, 0, rows);
            long newlines = 0;
            for (byte b : bytes) {
                newlines += b == '\n' ? 1 : 0;
            }
            assertEquals(rows, newlines, rows + " rows");
            assertTrue(rows == 0 || bytes[bytes.length - 1] == '\n');
        }
    }

    @Test
    void everyLineIsARequestAndTheSetReachesEveryOutcomeOfTheCorpus() throws IOException {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        RequestReader reader = new RequestReader();
        Map<String, Set<Outcome>> corpusOutcomes = outcomes(library, reader, Files.readAllLines(SyntheticClaims.DEFAULT_CORPUS));
        List<String> generated = lines(generate(claims, 0, ROWS));
        assertEquals(ROWS, generated.size());
        Map<String, Set<Outcome>> generatedOutcomes = outcomes(library, reader, generated);
        // Every guideline reaches every outcome its corpus lines reach, and a copy may reach more.
        corpusOutcomes.forEach((guideline, outcomes) -> assertTrue(generatedOutcomes.get(guideline).containsAll(outcomes),
                guideline + ": " + generatedOutcomes.get(guideline) + " misses some of " + outcomes));
        assertEquals(corpusOutcomes.keySet(), generatedOutcomes.keySet());
    }

    /** The outcomes of {@code lines} by guideline, failing on any line that is not read or not decided. */
    private static Map<String, Set<Outcome>> outcomes(GuidelineLibrary library, RequestReader reader, List<String> lines) {
        Map<String, Set<Outcome>> reached = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RequestReader.Result read = reader.read(lines.get(i));
            assertTrue(read.request().isPresent(), "line " + (i + 1) + " is not read: " + read.errors() + "\n" + lines.get(i));
            CoverageRequest request = read.request().get();
            Decision decision = library.decide(request);
            if (decision instanceof Decision.Decided decided) {
                reached.computeIfAbsent(request.guideline(), g -> new TreeSet<>()).add(decided.determination().outcome());
            } else {
                refused.add("line " + (i + 1) + ": " + decision + "\n" + lines.get(i));
            }
        }
        assertEquals(List.of(), refused, "every line is decided");
        return reached;
    }

    @Test
    void aCorpusLineThatIsNoRequestIsNamed() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> SyntheticClaims.of(List.of("{\"guideline\":\"g\",\"dateOfService\":\"2025-01-01\"}", "{oops"), "c.ndjson", 1));
        assertTrue(notJson.getMessage().startsWith("c.ndjson:2: not JSON"), notJson.getMessage());
        IllegalArgumentException noGuideline = assertThrows(IllegalArgumentException.class,
                () -> SyntheticClaims.of(List.of("{\"dateOfService\":\"2025-01-01\"}"), "c.ndjson", 1));
        assertEquals("c.ndjson:1: `guideline` is required (the synthetic copies must decide on their own)", noGuideline.getMessage());
        IllegalArgumentException noDate = assertThrows(IllegalArgumentException.class,
                () -> SyntheticClaims.of(List.of("{\"guideline\":\"g\",\"dateOfService\":\"soon\"}"), "c.ndjson", 1));
        assertEquals("c.ndjson:1: `dateOfService` must be a date (YYYY-MM-DD)", noDate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SyntheticClaims.of(List.of(""), "c.ndjson", 1));
    }

    @Test
    void theCommandWritesTheFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("claims.ndjson");
        int code = new picocli.CommandLine(new GenerateCommand()).execute("--rows", "100", "--seed", "42", "--output", out.toString());
        assertEquals(0, code);
        assertArrayEquals(generate(claims, 0, 100), Files.readAllBytes(out));
        int missing = new picocli.CommandLine(new GenerateCommand()).execute("--rows", "1", "--output", out.toString(), "--corpus",
                dir.resolve("none.ndjson").toString());
        assertEquals(1, missing);
    }

    @Test
    void aCopyWithoutVariationIsItsCorpusLineByteForByte() throws IOException {
        List<String> corpus = Files.readAllLines(SyntheticClaims.DEFAULT_CORPUS);
        for (String line : corpus) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteSink sink = new ByteSink(out);
            RowTemplate.compile((ObjectNode) JSON.readTree(line)).write(sink, new SyntheticClaims.Variation(0, 0, 0, null, -1));
            sink.flush();
            assertEquals(line + "\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void eachRowIsItsCorpusLineVariedAsItsVariationSays() throws IOException {
        List<String> corpus = Files.readAllLines(SyntheticClaims.DEFAULT_CORPUS);
        List<String> generated = lines(generate(claims, 0, 3_000));
        int moved = 0;
        int dropped = 0;
        int switched = 0;
        for (int i = 0; i < generated.size(); i++) {
            SyntheticClaims.Variation v = claims.variation(i);
            ObjectNode expected = (ObjectNode) JSON.readTree(corpus.get(i % corpus.size()));
            // The reference: the variation applied to the tree, field by field.
            shift(expected, v.days());
            ObjectNode member = (ObjectNode) expected.get("member");
            if (member.has("birthDate")) {
                member.put("birthDate", LocalDate.parse(member.get("birthDate").asText()).plusDays(v.birthDays()).toString());
            }
            if (v.lineOfBusiness() != null) {
                member.put("lineOfBusiness", v.lineOfBusiness());
                switched++;
            }
            if (v.droppedDocument() >= 0) {
                ((ArrayNode) expected.get("documents")).remove(v.droppedDocument());
                dropped++;
            }
            moved += v.days() != 0 ? 1 : 0;
            assertEquals(expected, JSON.readTree(generated.get(i)), "row " + i);
        }
        assertTrue(moved > 1_000 && dropped > 50 && switched > 50, moved + " moved, " + dropped + " dropped a document, " + switched
                + " changed lines");
    }

    // Every date-shaped text in node moved by days.
    private static void shift(JsonNode node, long days) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(f -> {
                if (f.getValue().isTextual() && f.getValue().asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    f.setValue(TextNode.valueOf(LocalDate.parse(f.getValue().asText()).plusDays(days).toString()));
                } else {
                    shift(f.getValue(), days);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && array.get(i).asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    array.set(i, TextNode.valueOf(LocalDate.parse(array.get(i).asText()).plusDays(days).toString()));
                } else {
                    shift(array.get(i), days);
                }
            }
        }
    }
}
