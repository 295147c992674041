package io.coverkit.spark;

import io.coverkit.api.GuidelineLibrary;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The guideline libraries of one executor JVM, one per shipped bundle, keyed by the bundle's
 * digest: every task of a job (and of later jobs shipping the same bundle) on this JVM decides with
 * the evaluators the first task built. Rebuilding them per partition would cost each partition the
 * bundle's decoding and compiling.
 */
final class ExecutorLibraries {

    private static final Map<String, GuidelineLibrary> LIBRARIES = new ConcurrentHashMap<>();

    private ExecutorLibraries() {}

    /** The library of the bundle with {@code digest}, built from {@code bytes} the first time only. */
    static GuidelineLibrary library(String digest, Supplier<byte[]> bytes) {
        GuidelineLibrary library = LIBRARIES.get(digest);
        return library != null ? library
                : LIBRARIES.computeIfAbsent(digest, d -> GuidelineLibrary.fromBundle(new ByteArrayInputStream(bytes.get())));
    }
}
