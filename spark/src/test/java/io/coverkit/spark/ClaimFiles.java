package io.coverkit.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The claims the tests decide: every example request and the scenario corpus, as NDJSON lines. */
final class ClaimFiles {

    /** Every request the scenario specs decide: a set covering every outcome of every guideline. */
    static final Path SCENARIOS = Path.of("examples/claims/scenarios.ndjson");

    /** IGRT claims across the codes the 2026-01-01 revision deletes and keeps. */
    static final Path IGRT = Path.of("examples/claims/igrt-claims.ndjson");

    private ClaimFiles() {}

    /** Each example request under examples/ (not the CDS Hooks calls of examples/crd), one line each, sorted by file. */
    static List<String> exampleLines() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.startsWith("examples/crd") && !p.toString().contains("/target/")
                    && !p.toString().contains("/src/")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            lines.add(Files.readString(f).replace("\r", "").replace("\n", " ").trim());
        }
        return lines;
    }

    /** Writes the lines as an NDJSON file, each ended by a line break. */
    static Path write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
