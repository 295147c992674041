package io.coverkit.cli;

import io.coverkit.api.Decision;
import io.coverkit.api.Explainer;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.json.Utf8Text;
import io.coverkit.request.RequestError;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One {@code coverkit eval}: decide a request file and print the determination (and, when asked,
 * the explanation). The same for picocli's {@link EvalCommand} and the plain path of {@link Main}.
 */
final class Evaluation {

    private Evaluation() {}

    /**
     * Decides and prints; returns the exit code: 0 decided, 2 bad request, 1 when the request's
     * guideline is unavailable because its policy file has errors (or the policies folder is missing).
     * A policy file with errors is reported on standard error and left out; a request for another
     * guideline is decided as usual.
     */
    static int run(EvalArguments args, PrintWriter out, PrintWriter err) {
        LibrarySource source = args.source();
        if (source.conflict().isPresent()) {
            err.println(source.conflict().get());
            return LibrarySource.BAD_OPTION;
        }
        String json;
        try {
            json = readUtf8(args.request());
        } catch (IOException e) {
            err.println(args.request() + ": " + unreadable(args.request(), e));
            return 2;
        }
        LibrarySource.Loaded loaded = source.load(err, true);
        GuidelineLibrary library = loaded.library();
        if (library == null) {
            return loaded.exitCode();
        }
        DeterminationWriter writer = new DeterminationWriter();
        Decision decision = library.decideJson(json, args.asOf());
        if (decision instanceof Decision.Rejected rejected) {
            for (RequestError e : rejected.errors()) {
                err.println(args.request() + ": " + e.format());
            }
            out.println(writer.writeErrors(rejected.errors()));
            // Not the request's fault when its guideline is in a policy file left out for errors.
            return rejected.brokenPolicies().isEmpty() ? 2 : 1;
        }
        Decision.Decided decided = (Decision.Decided) decision;
        Determination determination = decided.determination();
        out.println(writer.write(determination, decided.contractVersion()));
        if (args.explain()) {
            out.println();
            out.print(new Explainer().explain(determination,
                    library.evaluator(determination.guideline()).orElseThrow().guideline()));
            out.flush();
        }
        return 0;
    }

    /**
     * Why the request file could not be read, in words that say what to do: a folder names the
     * commands that take many requests. Asked only after reading failed, so a plain run looks at
     * the file once.
     */
    static String unreadable(Path request, IOException e) {
        if (Files.isDirectory(request)) {
            return "is a folder; eval decides one request file, such as " + example(request)
                    + " (for many requests: `coverkit batch FILE.ndjson` decides one request per line, `coverkit diff GUIDELINE"
                    + " --from DATE --to DATE --requests " + request + "` decides a folder's requests under two revisions)";
        }
        if (!Files.exists(request)) {
            return "no such file";
        }
        if (e instanceof Utf8Text.Malformed malformed) {
            return "the request file is not UTF-8 text: " + malformed.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "the request file is not UTF-8 text";
        }
        if (!Files.isReadable(request)) {
            return "the request file cannot be read: permission denied";
        }
        return "the request file cannot be read";
    }

    // A request file in the folder, to show what "one request file" means; a made-up name if none.
    private static String example(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().findFirst()
                    .map(Path::toString).orElse(folder.resolve("request.json").toString());
        } catch (IOException | UncheckedIOException e) {
            return folder.resolve("request.json").toString();
        }
    }

    /**
     * The file's text, which must be UTF-8: what {@code Files.readString} reads, through java.io,
     * which a JVM has set up anyway (the NIO channels behind {@code Files} are two dozen more
     * classes for a command to load).
     */
    static String readUtf8(Path file) throws IOException {
        byte[] bytes;
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            bytes = in.readAllBytes();
        }
        return Utf8Text.decode(bytes);
    }
}
