package io.coverkit.spark.rows;

import io.coverkit.json.RequestReader;
import io.coverkit.request.CoverageRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example requests of the checkout (tests run from its root), read as core reads them. */
final class Examples {

    private Examples() {}

    /** A request and where it came from. */
    record Example(String name, CoverageRequest request) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Every example request: each {@code *.json} under {@code examples/} but the CRD ones and the
     * malformed one, and every line of any {@code *.ndjson} under {@code examples/claims}.
     */
    static List<Example> all() {
        List<Example> out = new ArrayList<>();
        RequestReader reader = new RequestReader();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.toString().replace('\\', '/');
                if (name.startsWith("examples/crd/") || name.endsWith("malformed-request.json")
                        || name.startsWith("examples/policy-repo/") || name.startsWith("examples/service/")) {
                    continue;
                }
                if (name.endsWith(".json")) {
                    out.add(new Example(name, read(reader, Files.readString(file), name)));
                } else if (name.startsWith("examples/claims/") && name.endsWith(".ndjson")) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (!lines.get(i).isBlank()) {
                            out.add(new Example(name + ":" + (i + 1), read(reader, lines.get(i), name + ":" + (i + 1))));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < 5) {
            throw new IllegalStateException("found only " + out.size() + " examples; do tests run from the checkout root?");
        }
        return out;
    }

    private static CoverageRequest read(RequestReader reader, String json, String name) {
        RequestReader.Result result = reader.read(json);
        return result.request().orElseThrow(() -> new IllegalStateException(name + " is not a valid request: " + result.errors()));
    }
}
