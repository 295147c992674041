package com.example.claims;

import io.coverkit.api.Decision;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.json.DeterminationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A claims service's use of coverkit: load the guidelines once, then decide JSON requests, from any
 * number of threads, into JSON determinations.
 */
public final class CoverageService {

    private final GuidelineLibrary library;
    private final DeterminationWriter writer = new DeterminationWriter();

    private CoverageService(GuidelineLibrary library) {
        this.library = library;
    }

    /**
     * The service over the guidelines of {@code source}: a bundle file (what a service deploys; the
     * core alone reads it), or a folder of policy files (which needs coverkit-dsl on the class path).
     * A policy with errors is named and refused.
     */
    public static CoverageService load(Path source) {
        GuidelineLibrary library = Files.isDirectory(source) ? GuidelineLibrary.load(source) : GuidelineLibrary.fromBundle(source);
        if (!library.diagnostics().isEmpty()) {
            throw new IllegalStateException("the policies did not load cleanly: " + library.diagnostics());
        }
        return new CoverageService(library);
    }

    /** The decision on one request, as coverkit returns it. */
    public Decision decide(String requestJson) {
        return library.decideJson(requestJson);
    }

    /** The determination as JSON, or the request's errors, one per line, each naming its field. */
    public String decideToJson(String requestJson) {
        Decision decision = decide(requestJson);
        if (decision instanceof Decision.Decided decided) {
            return writer.write(decided.determination());
        }
        return ((Decision.Rejected) decision).errors().stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    /** {@code CoverageService BUNDLE|POLICIES REQUEST.json}: prints the determination. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CoverageService BUNDLE|POLICIES-FOLDER REQUEST.json");
            System.exit(2);
        }
        System.out.println(load(Path.of(args[0])).decideToJson(Files.readString(Path.of(args[1]))));
    }
}
