package io.coverkit.cli;

import io.coverkit.api.Batch;
import io.coverkit.api.BatchFailure;
import io.coverkit.api.GuidelineLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit batch REQUESTS.ndjson [-o OUT.ndjson]}: decide one request per line, streaming,
 * on all cores, writing one record per line in input order and a summary at the end. Exit 0 when
 * every line was decided, 2 when some lines were not (each has an error record naming its line, a
 * line longer than a request may be among them, or a line for a guideline whose policy file has
 * errors), 1 when the policies folder is missing, the bundle is refused, or a file cannot be read or written, 70 when
 * coverkit itself failed midway (memory ran out, or a bug). A policy file with errors is reported in
 * one line on standard error and left out; the lines for the other guidelines are decided.
 *
 * <p>With {@code -o OUT}, the records go to a temporary file in OUT's folder that is moved onto
 * OUT only when the run completes, so OUT is never a truncated output. A run that stops midway
 * leaves OUT as it was and keeps what it wrote in {@code OUT.partial}: the record of every line
 * decided before the failure, then a last record {@code {"failed": "<why>", "afterLine": N}}.
 * Written to standard output, the records are streamed and a stopped run ends them with the same
 * record. Either way one line on standard error says where the run stopped and why.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Decide a file of requests, one JSON request per line, into one JSON record per line.")
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUESTS.ndjson", description = "one request per line (wire contract v1 or v2); `-` reads standard input")
    Path requests;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.ndjson", description = "where to write the records (default: standard output)")
    Path output;

    @CommandLine.Mixin
    LibraryOptions guidelines;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--parse-only", description = "read and validate every request and write it back without deciding (a throughput baseline)")
    boolean parseOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LibrarySource source = guidelines.source();
        if (source.conflict().isPresent()) {
            err.println(source.conflict().get());
            return LibrarySource.BAD_OPTION;
        }
        boolean stdin = requests.toString().equals("-");
        if (!stdin && Files.isDirectory(requests)) {
            err.println(requests + ": error: is a folder; batch reads one file of requests, one JSON request per line"
                    + " (`-` reads standard input); `coverkit diff GUIDELINE --from DATE --to DATE --requests " + requests
                    + "` decides a folder of request files");
            return 1;
        }
        if (!stdin && !Files.isRegularFile(requests)) {
            err.println(requests + ": error: no such file");
            return 1;
        }
        LibrarySource.Loaded loaded = source.load(err, false);
        if (loaded.library() == null) {
            return loaded.exitCode();
        }
        GuidelineLibrary library = loaded.library();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            err.println("--threads: must be at least 1, got " + workers);
            return 2;
        }
        Batch batch = new Batch(library, workers, parseOnly ? Batch.Mode.PARSE_ONLY : Batch.Mode.DECIDE);
        long size = stdin ? -1 : sizeOf(requests);
        // A bar only where a person watches, and never mixed into records written to the terminal.
        ProgressBar bar = System.console() != null && output != null
                ? new ProgressBar(err instanceof TerminalWriter terminal ? terminal.raw() : err, size) : null;
        Batch.Summary summary;
        String where = output == null ? requests.toString() : requests + " -> " + output;
        // Bytes in: the workers decode the lines (a line that is not UTF-8 becomes its error record).
        try (InputStream in = stdin ? System.in : Files.newInputStream(requests)) {
            summary = output == null ? batch.run(in, out, bar) : AtomicOutput.run(output, to -> batch.run(in, to, bar));
        } catch (BatchFailure failure) {
            if (bar != null) {
                err.println();
            }
            err.println(where + ": error: " + stopped(failure));
            return failure.inputOrOutput() ? 1 : Crash.EXIT_CODE;
        } catch (IOException e) {
            err.println(where + ": error: " + problem(e));
            return 1;
        }
        if (bar != null) {
            bar.finish();
        }
        err.println(summary.describe());
        return summary.errors() == 0 ? 0 : 2;
    }

    // Where a stopped run stopped, why, and where its records are.
    private String stopped(BatchFailure failure) {
        long last = failure.written().lines();
        String why = failure.getCause() instanceof IOException io ? problem(io) : failure.getMessage();
        String records = last == 0 ? "no line was decided before it" : "the records of lines 1-" + last + " were written";
        String kept = output == null ? ", then a last record saying the run failed"
                : " to " + AtomicOutput.partial(output) + ", then a last record saying the run failed; " + output + " was not written";
        return "the batch stopped after line " + last + ": " + why + "; " + records + kept;
    }

    // An I/O failure in words: Java's messages for these name only the file, or the exception.
    private static String problem(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            Path file = Path.of(missing.getFile());
            return file.getParent() != null && !Files.isDirectory(file.getParent())
                    ? "cannot write " + file + ": the folder " + file.getParent() + " does not exist"
                    : "no such file: " + file;
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? "input or output failed" : e.getMessage();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A one-line bar on the terminal, redrawn at most five times a second: lines done, and bytes of the file. */
    static final class ProgressBar implements Batch.Progress {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final long totalBytes;
        private long lastDrawn;
        private long lines;

        ProgressBar(PrintWriter err, long totalBytes) {
            this.err = err;
            this.totalBytes = totalBytes;
        }

        @Override
        public void done(long lines, long bytes) {
            this.lines = lines;
            long now = System.nanoTime();
            if (now - lastDrawn < 200_000_000L) {
                return;
            }
            lastDrawn = now;
            err.print("\r" + render(lines, bytes, totalBytes));
            err.flush();
        }

        void finish() {
            err.print("\r" + render(lines, totalBytes, totalBytes) + "\n");
            err.flush();
        }

        static String render(long lines, long bytes, long totalBytes) {
            if (totalBytes <= 0) {
                return String.format(Locale.ROOT, "%,d requests", lines);
            }
            double part = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(part * WIDTH);
            return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%% %,d requests", Math.round(part * 100), lines);
        }
    }
}
