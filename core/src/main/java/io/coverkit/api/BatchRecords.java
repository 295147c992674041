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
    private final String defaultGuideline;
    private final RequestReader reader = new RequestReader();
    private final DeterminationWriter writer = new DeterminationWriter();

    /**
     * Records of requests decided under {@code library}.
     *
     * @param asOf the date whose revision decides every request, or null for each request's date of service
     * @param parseOnly read and check each request but decide none (see {@link Batch.Mode#PARSE_ONLY})
     */
    public BatchRecords(GuidelineLibrary library, LocalDate asOf, boolean parseOnly) {
        this(library, asOf, parseOnly, null);
    }

    /**
     * As {@link #BatchRecords(GuidelineLibrary, LocalDate, boolean)}, deciding a request that names
     * no guideline under {@code defaultGuideline} (null: such a request is refused, as a batch refuses it).
     */
    public BatchRecords(GuidelineLibrary library, LocalDate asOf, boolean parseOnly, String defaultGuideline) {
        this.library = library;
        this.asOf = asOf;
        this.parseOnly = parseOnly;
        this.defaultGuideline = defaultGuideline;
    }

    /** One line read as a request, or the errors that make it none (a blank line is one). Never throws for what the line holds. */
    public RequestReader.Result read(String line) {
        try {
            if (line.isBlank()) {
                return refused(new RequestError("$", "the line is empty; every line must hold one JSON request"));
            }
            return reader.read(line);
        } catch (StackOverflowError e) {
            return refused(NESTED_TOO_DEEPLY);
        } catch (RuntimeException e) {
            return refused(couldNotDecide(e).errors().get(0));
        }
    }

    /**
     * One line, given as its UTF-8 bytes (without the line end), read as a batch over a byte stream
     * reads it: a line longer than a request may be, or bytes that are not UTF-8, make its errors.
     */
    public RequestReader.Result read(byte[] utf8, int length) {
        if (length > RequestBounds.MAX_REQUEST_BYTES) {
            return refused(new RequestError("$", new LineChunker.TooLong(length).getMessage()));
        }
        try {
            return read(LineChunker.decode(utf8, 0, length));
        } catch (LineChunker.NotUtf8 e) {
            return refused(new RequestError("$", e.getMessage()));
        }
    }

    private static RequestReader.Result refused(RequestError error) {
        return new RequestReader.Result(java.util.Optional.empty(), List.of(error));
    }

    /**
     * The decision on one line of JSON: decided, or refused with errors naming fields; null only
     * when parsing only and the request is valid. Never throws for what the line holds.
     */
    public Decision decide(String line) {
        return decide(read(line));
    }

    /** The decision on one line given as its UTF-8 bytes (without the line end); see {@link #read(byte[], int)}. */
    public Decision decide(byte[] utf8, int length) {
        return decide(read(utf8, length));
    }

    private Decision decide(RequestReader.Result read) {
        if (read.request().isEmpty()) {
            return new Decision.Rejected(read.errors());
        }
        return parseOnly ? null : decide(read.request().get(), read.contractVersion());
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
        String guideline = request.guideline() != null ? request.guideline() : defaultGuideline;
        Decision decision = guideline == null ? library.decide(request) : library.decide(guideline, request, asOf);
        return decision instanceof Decision.Decided decided && !contractVersion.equals(ContractVersion.CURRENT)
                ? new Decision.Decided(decided.determination(), contractVersion) : decision;
    }

    // A request nested past what deciding it can take fails that line alone.
    private static final RequestError NESTED_TOO_DEEPLY = new RequestError("$", "the request could not be decided: it is nested too deeply");

    private static Decision nestedTooDeeply() {
        return new Decision.Rejected(List.of(NESTED_TOO_DEEPLY));
    }

    // One bad line must never stop the stream: it becomes an error record naming its line.
    static Decision.Rejected couldNotDecide(RuntimeException e) {
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
