package io.coverkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's own policy files, counted where tests state how many a command reads. */
public final class RepositoryPolicies {
    private RepositoryPolicies() {}

    /** How many guidelines {@code policies/} holds: one per {@code .groovy} file. */
    public static int count() {
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".groovy")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
