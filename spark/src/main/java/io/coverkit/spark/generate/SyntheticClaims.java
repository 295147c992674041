package io.coverkit.spark.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Any number of synthetic claims across all guidelines, as NDJSON wire requests: row {@code i} is a
 * copy of corpus line {@code i mod size} (the scenario corpus, examples/claims/scenarios.ndjson,
 * reaches every outcome of every guideline), varied so outcomes vary while every line stays a request
 * the reader accepts. Each copy, at random:
 *
 * <ul>
 *   <li>moves in time by whole weeks, every date of the request with it (so time frames and ages
 *       keep their relations), staying within the dates of service its guideline's corpus lines
 *       span, so it can cross revisions but never leaves the guideline's life;
 *   <li>has the member's birth date moved a few days more (ages at their bounds move across them);
 *   <li>loses one of its documents;
 *   <li>turns a commercial member who names no plan into an FEP or Medicare Advantage member.
 * </ul>
 *
 * <p>Row {@code i} depends only on the seed, {@code i} and the corpus, never on the rows before it,
 * so any range of rows can be written on its own (a Spark partition writes its own) and the same
 * seed always gives the same bytes.
 */
public final class SyntheticClaims {

    /** Where the scenario corpus is checked in, from the checkout. */
    public static final Path DEFAULT_CORPUS = Path.of("examples", "claims", "scenarios.ndjson");

    private static final int MAX_WEEKS = 26;

    // Numbers are kept as written (decimals as BigDecimal), so a copy states the same measures.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final List<Template> templates;
    private final long seed;

    /**
     * A corpus line and what its variations need: its date of service and the earliest and latest of
     * its guideline's lines (epoch days), whether its member may change lines, how many documents it has.
     */
    private record Template(RowTemplate template, long dateOfService, long firstDay, long lastDay, boolean commercialWithoutPlan,
            int documents) {}

    private SyntheticClaims(List<ObjectNode> corpus, long seed) {
        this.seed = seed;
        Map<String, long[]> span = new HashMap<>();
        for (ObjectNode line : corpus) {
            long day = LocalDate.parse(line.get("dateOfService").asText()).toEpochDay();
            span.merge(line.get("guideline").asText(), new long[] {day, day},
                    (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Template> templates = new ArrayList<>();
        for (ObjectNode line : corpus) {
            long[] s = span.get(line.get("guideline").asText());
            JsonNode member = line.path("member");
            boolean commercial = "COMMERCIAL".equals(member.path("lineOfBusiness").asText()) && !member.has("plan");
            int documents = line.path("documents").isArray() ? line.get("documents").size() : 0;
            templates.add(new Template(RowTemplate.compile(line), LocalDate.parse(line.get("dateOfService").asText()).toEpochDay(), s[0], s[1], commercial,
                    documents));
        }
        this.templates = List.copyOf(templates);
    }

    /**
     * The generator over corpus lines given as text (one JSON request each, naming its guideline and
     * its date of service); {@code source} names where they came from in errors.
     *
     * @throws IllegalArgumentException naming the line when one is not such a request, or there are none
     */
    public static SyntheticClaims of(List<String> lines, String source, long seed) {
        List<ObjectNode> corpus = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
            }
            if (!(node instanceof ObjectNode request)) {
                throw new IllegalArgumentException(where + ": a corpus line is a JSON object (a request)");
            }
            if (!request.path("guideline").isTextual()) {
                throw new IllegalArgumentException(where + ": `guideline` is required (the synthetic copies must decide on their own)");
            }
            try {
                LocalDate.parse(request.path("dateOfService").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": `dateOfService` must be a date (YYYY-MM-DD)");
            }
            corpus.add(request);
        }
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException(source + ": the corpus holds no requests");
        }
        return new SyntheticClaims(List.copyOf(corpus), seed);
    }

    /** The generator over a corpus file (NDJSON). */
    public static SyntheticClaims of(Path corpusFile, long seed) throws IOException {
        try {
            return of(Files.readAllLines(corpusFile, StandardCharsets.UTF_8), corpusFile.toString(), seed);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no corpus file " + corpusFile);
        }
    }

    /** How many corpus lines the rows cycle over. */
    public int corpusSize() {
        return templates.size();
    }

    /** Writes rows {@code 0} to {@code rows - 1}, one request a line, each ended by a newline. */
    public void write(long rows, OutputStream out) throws IOException {
        write(0, rows, out);
    }

    /** Writes rows {@code first} to {@code first + count - 1}, one request a line, each ended by a newline. */
    public void write(long first, long count, OutputStream out) throws IOException {
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException("rows are counted from 0, got first " + first + " and count " + count);
        }
        ByteSink sink = new ByteSink(out);
        try {
            for (long i = first; i < first + count; i++) {
                Variation v = variation(i);
                templates.get(v.index()).template.write(sink, v);
            }
            sink.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * How row {@code i} differs from its corpus line: drawn from one stream per row, seeded from the
     * seed and the row's number alone (see the class comment).
     */
    Variation variation(long i) {
        int index = (int) (i % templates.size());
        Template t = templates.get(index);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        long days = 0;
        if (random.nextInt(4) != 0) {
            long weeks = random.nextInt(-MAX_WEEKS, MAX_WEEKS + 1);
            // Clamped to whole weeks inside the guideline's span: a copy moves, never out of its life.
            long low = -Math.floorDiv(t.dateOfService - t.firstDay, 7);
            long high = Math.floorDiv(t.lastDay - t.dateOfService, 7);
            days = Math.max(low, Math.min(high, weeks)) * 7;
        }
        int birthDays = random.nextInt(2) == 0 ? random.nextInt(-6, 7) : 0;
        String line = null;
        if (t.commercialWithoutPlan) {
            // A plan names a line of its own kind: only a member without one may change lines.
            int pick = random.nextInt(10);
            line = pick == 0 ? "FEP" : pick == 1 ? "MEDICARE_ADVANTAGE" : null;
        }
        int dropped = t.documents > 0 && random.nextInt(8) == 0 ? random.nextInt(t.documents) : -1;
        return new Variation(index, days, birthDays, line, dropped);
    }

    /**
     * How a row differs from its corpus line.
     *
     * @param index the corpus line
     * @param days how far every date moves
     * @param birthDays how much further the member's birth date moves
     * @param lineOfBusiness the member's new line of business, or null to keep it
     * @param droppedDocument the index of the document left out, or -1
     */
    record Variation(int index, long days, int birthDays, String lineOfBusiness, int droppedDocument) {}
}
