package io.coverkit.policy;

import io.coverkit.policy.PolicyCache;
import io.coverkit.compile.GuidelineCompiler;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.diff.RevisionLock;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.eval.Evaluator;
import io.coverkit.model.Guideline;
import io.coverkit.model.SourceRef;
import io.coverkit.validate.GuidelineValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads one policy file into its evaluator, alone: whatever happens while one file is read,
 * validated or compiled (errors, and failures of coverkit itself such as a stack overflow on a
 * hostile file) stays with that file as its diagnostics, so one bad file never stops the others
 * from loading. Each part is stateless and thread-safe.
 */
public record PolicyFileLoader(PolicyReader reader, GuidelineValidator validator, GuidelineCompiler compiler, PolicyCache cache) {

    /**
     * One file, read, validated and compiled: its evaluator when it has no errors, and its
     * diagnostics; {@code id} is the guideline id the file declares, where it was read that far.
     */
    record Read(Evaluator evaluator, String id, List<Diagnostic> diagnostics) {}

    /** One file, read and validated: the guideline when it has no errors, and its diagnostics. */
    record Checked(Guideline guideline, String id, List<Diagnostic> diagnostics) {}

    /** A loader for a library, with {@code cache} (null for none). */
    static PolicyFileLoader with(PolicyCache cache) {
        return new PolicyFileLoader(new PolicyReader(), new GuidelineValidator(), new GuidelineCompiler(), cache);
    }

    /** Reads, validates and compiles {@code file}; never throws. */
    Read read(Path file) {
        return read(file.toString(), () -> check(file));
    }

    /** Reads, validates and compiles a policy that is not a file (no revision lock beside it); never throws. */
    Read read(String name, byte[] bytes) {
        return read(name, () -> check(name, bytes, null, null));
    }

    private Read read(String name, java.util.function.Supplier<Checked> checking) {
        try {
            // One budget for the whole way from bytes to evaluator (FileBudget).
            return io.coverkit.dsl.FileBudget.within(name, io.coverkit.dsl.FileBudget.Limits.DEFAULT, () -> {
                Checked checked = checking.get();
                return new Read(checked.guideline() == null ? null : compiler.compile(checked.guideline()), checked.id(),
                        checked.diagnostics());
            }, spent -> new Read(null, null, List.of(spent)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A failure of coverkit on this one file: the file is left out, the others load.
            return new Read(null, null, List.of(failed(name, e)));
        }
    }

    /** The diagnostic for a file that coverkit failed on, in words without Java's class names. */
    static Diagnostic failed(String file, Throwable e) {
        String why = e instanceof StackOverflowError ? "it nests deeper than the reader can follow"
                : e instanceof OutOfMemoryError ? "reading it ran out of memory" : "coverkit failed on it (an internal error)";
        return Diagnostic.error(DiagnosticCode.G006, new SourceRef(file, 1, 1), "the file cannot be read: " + why);
    }

    /** Reads and validates {@code file}, from the cache when it holds the file's model. */
    Checked check(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Checked(null, null, List.of(Diagnostic.error(DiagnosticCode.G006, new SourceRef(name, 1, 1), unreadable(e))));
        }
        Path lockFile = RevisionLock.beside(file);
        return check(name, bytes, PolicyCache.lockBytes(lockFile), lockFile);
    }

    // The policy's bytes and its lock's (null: none), read and validated, from the cache when it holds them.
    private Checked check(String name, byte[] bytes, byte[] lock, Path lockFile) {
        String key = cache == null ? null : PolicyCache.key(name, bytes, lock);
        Guideline cached = key == null ? null : cache.get(key).orElse(null);
        if (cached != null) {
            return new Checked(cached, cached.id(), List.of());
        }
        PolicyReader.Result result = reader.read(name, bytes);
        if (result.guideline().isEmpty()) {
            return new Checked(null, null, result.diagnostics());
        }
        Guideline guideline = result.guideline().get();
        List<Diagnostic> found = new ArrayList<>(result.diagnostics());
        List<Diagnostic> problems = new ArrayList<>(validator.validate(guideline));
        problems.addAll(lockProblems(lockFile, lock, guideline));
        found.addAll(problems);
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return new Checked(null, guideline.id(), found);
        }
        if (key != null && found.isEmpty()) {
            cache.put(key, guideline);
        }
        return new Checked(guideline, guideline.id(), found);
    }

    /** Why a file could not be read, in words. */
    public static String unreadable(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "the file cannot be read: permission denied";
        }
        return "the file cannot be read";
    }

    // A guideline locked with `coverkit lock` must not change what its past revisions said.
    private static List<Diagnostic> lockProblems(Path lockFile, byte[] lockBytes, Guideline guideline) {
        if (lockBytes == null) {
            return List.of();
        }
        Diagnostics found = new Diagnostics();
        RevisionLock.read(lockFile, lockBytes, found).ifPresent(lock -> found.addAll(lock.verify(guideline)));
        return found.sorted();
    }
}
