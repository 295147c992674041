package io.coverkit.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.annotations.API;
import io.coverkit.determination.Outcome;
import io.coverkit.request.RequestError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Decides a stream of requests, one JSON request per line (NDJSON), into one JSON record per line
 * in the same order: the determination with its {@code line} number, or {@code {"line": N,
 * "contractVersion": "2", "errors": [...]}} for a line that is not a valid request. Lines are decided in chunks on a pool
 * of threads while one thread reads and writes; at most a few chunks per thread are in flight, so
 * memory stays bounded however long the stream is.
 *
 * <p>Prefer the byte forms for files and pipes: the workers then decode the lines and encode the
 * records, and the thread every chunk passes through only reads, cuts and copies bytes. A line of
 * a byte stream that is not UTF-8 becomes an error record naming its line.
 *
 * <p>Memory is bounded by the request bound ({@link io.coverkit.json.RequestBounds#MAX_REQUEST_BYTES})
 * times the threads, whatever the input: a line longer than a request may be is never held whole
 * but counted to its end, and becomes an error record saying it is too long.
 *
 * <p>A run that cannot finish (the input cannot be read, memory runs out, coverkit fails) writes
 * the record of every line decided before the failure, in order, then ends the output with a
 * record that says the run failed, {@code {"failed": "<why>", "afterLine": N}}, and throws
 * {@link BatchFailure}. A complete output never holds such a record; its last record is line N's
 * for the N lines read.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Batch {

    /** What to do with each line. */
    public enum Mode {
        /** Read, decide and write the determination. */
        DECIDE,
        /**
         * Read the request and write it back without deciding: the baseline a batch's throughput is
         * measured against (the same reading, parsing, validation and writing, no decision).
         */
        PARSE_ONLY
    }

    /** Told how many lines are done, from the thread that writes. */
    @FunctionalInterface
    public interface Progress {
        /**
         * The records of {@code lines} lines are written out, which took {@code input} of the input:
         * characters from a reader, bytes from a byte stream.
         */
        void done(long lines, long input);
    }

    /**
     * What a batch did.
     *
     * @param lines input lines read
     * @param errors lines that were not decided (malformed or refused requests)
     * @param outcomes decided lines by outcome
     */
    public record Summary(long lines, long errors, Map<Outcome, Long> outcomes) {
        public Summary {
            outcomes = Map.copyOf(outcomes);
        }

        /** One line for people: counts by outcome, then errors. */
        public String describe() {
            StringBuilder s = new StringBuilder().append(lines).append(lines == 1 ? " request: " : " requests: ");
            for (Outcome o : Outcome.values()) {
                long n = outcomes.getOrDefault(o, 0L);
                if (n > 0) {
                    s.append(o.name()).append(' ').append(n).append(", ");
                }
            }
            return s.append(errors).append(errors == 1 ? " error" : " errors").toString();
        }
    }

    /**
     * Lines of a reader handed to a worker at once (a byte stream is cut by size instead): large
     * enough to amortise the hand-off, small enough to bound memory.
     */
    static final int CHUNK = 128;

    // Compact output: one record per line.
    private static final ObjectMapper COMPACT = JsonMapper.builder().build();

    // Each worker thread's record text, kept from chunk to chunk; a batch's pool threads end with
    // the batch, and their buffers with them.
    private static final ThreadLocal<RecordBuffer> BUFFERS = ThreadLocal.withInitial(RecordBuffer::new);

    private final GuidelineLibrary library;
    private final int threads;
    private final Mode mode;

    /** A batch over {@code library} on {@code threads} worker threads. */
    public Batch(GuidelineLibrary library, int threads, Mode mode) {
        if (threads < 1) {
            throw new IllegalArgumentException("a batch needs at least one thread, got " + threads);
        }
        this.library = library;
        this.threads = threads;
        this.mode = mode;
    }

    /**
     * Reads every line of {@code in}, writes one record per line to {@code out}, in input order.
     *
     * @throws BatchFailure when the run stopped before the end (see above); its records so far are written
     */
    public Summary run(BufferedReader in, Writer out, Progress progress) throws IOException {
        return run(BatchLines.text(in, CHUNK), new Sink(out, null), progress);
    }

    /**
     * Reads every line of {@code in} (UTF-8), writes one record per line to {@code out} in UTF-8, in
     * input order; the fastest form, for a file or a pipe.
     */
    public Summary run(InputStream in, OutputStream out, Progress progress) throws IOException {
        return run(BatchLines.bytes(in), new Sink(null, out), progress);
    }

    /** Reads every line of {@code in} (UTF-8), writes one record per line to {@code out}, in input order. */
    public Summary run(InputStream in, Writer out, Progress progress) throws IOException {
        return run(BatchLines.bytes(in), new Sink(out, null), progress);
    }

    private Summary run(BatchLines.Source in, Sink out, Progress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "coverkit-batch");
            t.setDaemon(true);
            return t;
        });
        Totals totals = new Totals();
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        int maxInFlight = threads * 3;
        try {
            long next = 1;
            for (BatchLines.Input input = in.next(); input != null; input = in.next()) {
                inFlight.add(submit(pool, next, input, out.encoded()));
                next += input.count();
                while (inFlight.size() >= maxInFlight) {
                    write(inFlight.poll(), out, totals, progress);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, totals, progress);
            }
            out.flush();
        } catch (SinkFailed e) {
            // The output cannot take more, not even the record saying so.
            throw new BatchFailure(totals.summary(), e.getCause());
        } catch (ChunkFailed e) {
            // The chunks after the failed one cannot be written without a gap: stop at it.
            throw failed(out, totals, e.getCause());
        } catch (IOException | RuntimeException | Error e) {
            // Reading failed (or memory ran out on this thread): the chunks read before it are
            // decided or being decided, and their records must not be lost.
            drain(inFlight, out, totals, progress);
            throw failed(out, totals, e);
        } finally {
            pool.shutdownNow();
        }
        return totals.summary();
    }

    /** Writes the records of every chunk in flight, in order, up to the first that failed. */
    private static void drain(ArrayDeque<Future<Chunk>> inFlight, Sink out, Totals totals, Progress progress) {
        try {
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), out, totals, progress);
            }
        } catch (SinkFailed | ChunkFailed e) {
            // What was written stays written; the first failure is the one reported.
        }
    }

    /** Ends the output with the record that says the run failed, and the failure to throw. */
    private static BatchFailure failed(Sink out, Totals totals, Throwable cause) {
        Summary written = totals.summary();
        ObjectNode record = COMPACT.createObjectNode().put("failed", BatchFailure.reason(cause)).put("afterLine", written.lines());
        try {
            out.writeLast(COMPACT.writeValueAsString(record) + "\n");
        } catch (IOException | RuntimeException e) {
            // The output cannot take the record; the failure is still reported to the caller.
        }
        return new BatchFailure(written, cause);
    }

    private Future<Chunk> submit(ExecutorService pool, long first, BatchLines.Input lines, boolean bytes) {
        return pool.submit(() -> process(first, lines, bytes, BUFFERS.get().reset()));
    }

    private static void write(Future<Chunk> future, Sink out, Totals totals, Progress progress) {
        Chunk chunk;
        try {
            chunk = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkFailed(new InterruptedIOException("the batch was interrupted"));
        } catch (ExecutionException e) {
            // Every line's failure is caught and written as an error record; what reaches here
            // stopped a whole chunk, such as memory running out.
            throw new ChunkFailed(e.getCause());
        }
        try {
            out.write(chunk);
        } catch (IOException e) {
            throw new SinkFailed(e);
        }
        totals.add(chunk);
        if (progress != null) {
            progress.done(totals.lines, totals.input);
        }
    }

    /** A chunk whose worker failed. */
    private static final class ChunkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChunkFailed(Throwable cause) {
            super(cause);
        }
    }

    /** The output that could not be written. */
    private static final class SinkFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailed(IOException cause) {
            super(cause);
        }
    }

    /** Decides a chunk of lines into their records, as text or encoded to UTF-8. */
    private Chunk process(long first, BatchLines.Input lines, boolean bytes, RecordBuffer text) {
        long[] outcomes = new long[Outcome.values().length];
        long errors = 0;
        BatchRecords records = new BatchRecords(library, null, mode == Mode.PARSE_ONLY);
        try (JsonGenerator out = COMPACT.getFactory().createGenerator(text)) {
            // One record a line: nothing between root values but the line break written below.
            out.setRootValueSeparator(null);
            for (int i = 0; i < lines.count(); i++) {
                String line = null;
                Decision decision;
                try {
                    line = lines.next();
                    decision = records.decide(line);
                } catch (LineChunker.Refused e) {
                    decision = new Decision.Rejected(List.of(new RequestError("$", e.getMessage())));
                } catch (RuntimeException e) {
                    decision = BatchRecords.couldNotDecide(e);
                }
                if (decision instanceof Decision.Decided decided) {
                    outcomes[decided.determination().outcome().ordinal()]++;
                } else if (decision instanceof Decision.Rejected) {
                    errors++;
                }
                records.write(out, first + i, decision, line);
                out.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON into memory cannot fail", e);
        }
        // Encoded here, on the worker's thread, as a Writer would encode it.
        return bytes ? new Chunk(null, text.utf8(), lines.count(), lines.size(), errors, outcomes)
                : new Chunk(text.text(), null, lines.count(), lines.size(), errors, outcomes);
    }

    /** A chunk's records, as text or as UTF-8 bytes (the other is null), and what they hold. */
    private record Chunk(String text, byte[] utf8, int lines, long input, long errors, long[] outcomes) {}

    /** Where records go: a writer of text, or a byte stream (then the workers encode each chunk to UTF-8). */
    private record Sink(Writer chars, OutputStream bytes) {
        boolean encoded() {
            return bytes != null;
        }

        void write(Chunk chunk) throws IOException {
            if (bytes != null) {
                bytes.write(chunk.utf8());
            } else {
                chars.write(chunk.text());
            }
        }

        /** Writes the output's last text and flushes it. */
        void writeLast(String text) throws IOException {
            if (bytes != null) {
                bytes.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                chars.write(text);
            }
            flush();
        }

        void flush() throws IOException {
            if (bytes != null) {
                bytes.flush();
            } else {
                chars.flush();
            }
        }
    }

    /** Running totals, kept by the writing thread only. */
    private static final class Totals {
        long lines;
        long input;
        long errors;
        final long[] outcomes = new long[Outcome.values().length];

        void add(Chunk chunk) {
            lines += chunk.lines();
            input += chunk.input();
            errors += chunk.errors();
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] += chunk.outcomes()[i];
            }
        }

        Summary summary() {
            Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                if (outcomes[o.ordinal()] > 0) {
                    byOutcome.put(o, outcomes[o.ordinal()]);
                }
            }
            return new Summary(lines, errors, byOutcome);
        }
    }
}
