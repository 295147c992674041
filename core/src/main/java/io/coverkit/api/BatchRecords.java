package io.coverkit.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.annotations.API;
import io.coverkit.json.ContractVersion;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.json.RequestBounds;
import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * How {@code coverkit batch} decides one line and writes its record, for every engine that must
 * agree with it record for record (the batch and the Spark jobs): what a blank, unreadable or
 * refused line becomes, that a failure deciding one line fails that line alone, and the record's
 * fields. One instance belongs to one thread at a time (its writer keeps recurring findings).
 */
@API(status = API.Status.INTERNAL)
public final class BatchRecords {

    // Compact output: one record per line.
    private static final ObjectMapper COMPACT = JsonMapper.builder().build();

    private final GuidelineLibrary library;
    private final LocalDate asOf;
    private final boolean parseOnly;
    private final RequestReader reader = new RequestReader();
    private final DeterminationWriter writer = new DeterminationWriter();

    /**
     * Records of requests decided under {@code library}.
     *
     * @param asOf the date whose revision decides every request, or null for each request's date of service
     * @param parseOnly read and check each request but decide none (see {@link Batch.Mode#PARSE_ONLY})
     */
    public BatchRecords(GuidelineLibrary library, LocalDate asOf, boolean parseOnly) {
        this.library = library;
        this.asOf = asOf;
        this.parseOnly = parseOnly;
    }

    /**
     * The decision on one line of JSON: decided, or refused with errors naming fields; null only
     * when parsing only and the request is valid. Never throws for what the line holds.
     */
    public Decision decide(String line) {
        try {
            if (line.isBlank()) {
                return new Decision.Rejected(List.of(new RequestError("$", "the line is empty; every line must hold one JSON request")));
            }
            RequestReader.Result read = reader.read(line);
            if (read.request().isEmpty()) {
                return new Decision.Rejected(read.errors());
            }
            if (parseOnly) {
                return null;
            }
            return decideUnguarded(read.request().get(), read.contractVersion());
        } catch (StackOverflowError e) {
            return nestedTooDeeply();
        } catch (RuntimeException e) {
            return couldNotDecide(e);
        }
    }

    /**
     * The decision on one line given as its UTF-8 bytes (without the line end), as a batch over a
     * byte stream decides it: a line longer than a request may be, or bytes that are not UTF-8,
     * make that line's errors.
     */
    public Decision decide(byte[] utf8, int length) {
        if (length > RequestBounds.MAX_REQUEST_BYTES) {
            return new Decision.Rejected(List.of(new RequestError("$", new LineChunker.TooLong(length).getMessage())));
        }
        String line;
        try {
            line = LineChunker.decode(utf8, 0, length);
        } catch (LineChunker.NotUtf8 e) {
            return new Decision.Rejected(List.of(new RequestError("$", e.getMessage())));
        }
        return decide(line);
    }

    /**
     * The decision on a request already read (contract version {@code contractVersion}), as
     * {@link #decide(String)} gives it for the request's line. Never throws for what the request holds.
     */
    public Decision decide(CoverageRequest request, String contractVersion) {
        try {
            return decideUnguarded(request, contractVersion);
        } catch (StackOverflowError e) {
            return nestedTooDeeply();
        } catch (RuntimeException e) {
            return couldNotDecide(e);
        }
    }

    private Decision decideUnguarded(CoverageRequest request, String contractVersion) {
        Decision decision = request.guideline() == null ? library.decide(request) : library.decide(request.guideline(), request, asOf);
        return decision instanceof Decision.Decided decided && !contractVersion.equals(ContractVersion.CURRENT)
                ? new Decision.Decided(decided.determination(), contractVersion) : decision;
    }

    // A request nested past what deciding it can take fails that line alone.
    private static Decision nestedTooDeeply() {
        return new Decision.Rejected(List.of(new RequestError("$", "the request could not be decided: it is nested too deeply")));
    }

    // One bad line must never stop the stream: it becomes an error record naming its line.
    static Decision couldNotDecide(RuntimeException e) {
        return new Decision.Rejected(List.of(new RequestError("$", "the request could not be decided: " + e.getClass().getSimpleName())));
    }

    /**
     * Writes line {@code line}'s record: the determination with its line, the request errors with
     * their line, or (parsing only) the request's text back.
     *
     * @param decision the line's decision, null when only parsed
     * @param text the line's text, written back when only parsed
     */
    public void write(JsonGenerator records, long line, Decision decision, String text) throws IOException {
        if (decision instanceof Decision.Decided decided) {
            // Streamed, not built as a tree first: most of a batch's records are determinations.
            writer.writeRecord(records, line, decided.determination(), decided.contractVersion());
            return;
        }
        ObjectNode record = COMPACT.createObjectNode().put("line", line);
        if (decision instanceof Decision.Rejected rejected) {
            // an error record is request errors with its line, as a decided one is a determination
            record.put(ContractVersion.FIELD, ContractVersion.CURRENT);
            ArrayNode list = record.putArray("errors");
            for (RequestError e : rejected.errors()) {
                list.addObject().put("field", e.field()).put("message", e.message());
            }
        } else {
            record.put("request", text);
        }
        COMPACT.writeTree(records, record);
    }
}
