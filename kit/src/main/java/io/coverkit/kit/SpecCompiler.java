package io.coverkit.kit;

import java.nio.file.Path;
import java.util.List;

/**
 * Compiles scenario spec files to classes. Spec files are trusted test code, unlike policy files,
 * so they are compiled and run normally. The implementation lives with the kit's test runtime
 * (Groovy's compiler and Spock are not on the command line's own classpath) and is found with
 * {@link java.util.ServiceLoader}.
 */
public interface SpecCompiler {

    /**
     * What a compilation produced.
     *
     * @param classNames the top-level classes written, in source order
     * @param errors compile errors, each naming its file and line; empty on success
     */
    record Result(List<String> classNames, List<String> errors) {
        public Result {
            classNames = List.copyOf(classNames);
            errors = List.copyOf(errors);
        }
    }

    /** Compiles {@code sources} together into {@code outputDir}. */
    Result compile(List<Path> sources, Path outputDir);
}
