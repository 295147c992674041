package io.coverkit.diff;

import io.coverkit.dsl.PolicyReader;
import io.coverkit.model.Guideline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The policies the diff tests compare: the real IGRT policy and the small fixtures under {@code diff/}. */
final class Policies {
    private Policies() {}

    static final Path IGRT = Path.of("policies/04-77260-19.groovy");

    /** The real IGRT policy, read and checked to have no diagnostics. */
    static Guideline igrt() {
        try {
            return read(IGRT.toString(), Files.readAllBytes(IGRT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture policy from {@code src/test/resources/diff/}, read as the file its guideline id names. */
    static Guideline fixture(String name) {
        try (InputStream in = Policies.class.getResourceAsStream("/diff/" + name)) {
            if (in == null) {
                throw new AssertionError("no fixture diff/" + name);
            }
            return read("01-00000-00.groovy", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Guideline read(String file, byte[] bytes) {
        PolicyReader.Result result = new PolicyReader().read(file, bytes);
        if (!result.diagnostics().isEmpty() || result.guideline().isEmpty()) {
            throw new AssertionError(file + " must read cleanly: " + result.diagnostics());
        }
        return result.guideline().get();
    }
}
