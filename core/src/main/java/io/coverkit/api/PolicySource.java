package io.coverkit.api;

import io.coverkit.annotations.API;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A policy file's bytes and the name its diagnostics cite, for policies that come from somewhere
 * other than a folder: a stream, a class-path resource, a database.
 *
 * @param name what diagnostics name as the file ({@code file:line:col})
 * @param content the policy file's bytes (UTF-8)
 */
@API(status = API.Status.EXPERIMENTAL)
public record PolicySource(String name, byte[] content) {

    /**
     * The most bytes read from a stream. Far above what a policy file may hold (the DSL's gate
     * refuses larger files with a diagnostic); it only keeps a runaway stream from filling memory.
     */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Checks that both parts are given. */
    public PolicySource {
        Objects.requireNonNull(name, "a policy source has a name");
        Objects.requireNonNull(content, "a policy source has content");
    }

    /**
     * Reads a policy source from a stream, which it does not close.
     *
     * @throws IOException when reading fails, or the stream holds more than {@link #MAX_BYTES}
     */
    public static PolicySource read(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException(name + ": more than " + MAX_BYTES + " bytes; a policy file is far smaller");
        }
        return new PolicySource(name, bytes);
    }
}
