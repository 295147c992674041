package io.coverkit.policy;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.bundle.BundledGuideline;
import io.coverkit.bundle.LockState;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.diagnostic.Diagnostics;
import io.coverkit.diff.RevisionLock;
import io.coverkit.model.Guideline;
import io.coverkit.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The writer's side of bundles that needs the DSL: reads, validates and compiles policy files as
 * {@code coverkit check} does, and gives each guideline with its lock state, ready for
 * {@link io.coverkit.bundle.BundleWriter}. Policy files with errors make no bundle: a bundle holds
 * every guideline of its files or none, so a service never deploys a library with one missing.
 */
public final class PolicyBundles {

    private PolicyBundles() {}

    /**
     * The policy files read for a bundle.
     *
     * @param diagnostics every diagnostic of the files, sorted by location
     * @param guidelines the guidelines, sorted by id; empty when any file has errors
     */
    public record Read(List<Diagnostic> diagnostics, List<BundledGuideline> guidelines) {

        public Read {
            diagnostics = List.copyOf(diagnostics);
            guidelines = List.copyOf(guidelines);
        }

        /** True when some file had errors, so there is nothing to bundle. */
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** Reads {@code files} for a bundle. */
    public static Read read(List<Path> files) {
        GuidelineLibrary library = GuidelineLibrary.load(files);
        Diagnostics problems = new Diagnostics();
        problems.addAll(library.diagnostics());
        List<BundledGuideline> guidelines = new ArrayList<>();
        for (String id : library.guidelineIds()) {
            Guideline g = library.evaluator(id).orElseThrow().guideline();
            lockState(Path.of(g.at().file()), problems).ifPresent(lock -> guidelines.add(new BundledGuideline(g.at().file(), lock, g)));
        }
        Read read = new Read(problems.sorted(), guidelines);
        return read.hasErrors() ? new Read(read.diagnostics(), List.of()) : read;
    }

    // The lock beside a policy file as it is now: the loader verified the guideline against it a
    // moment ago, so it reads; should it have changed since, its problems are reported here.
    private static Optional<LockState> lockState(Path policy, Diagnostics problems) {
        Path file = RevisionLock.beside(policy);
        if (!Files.exists(file)) {
            return Optional.of(LockState.NONE);
        }
        try {
            byte[] bytes = RevisionLock.readBounded(file);
            return RevisionLock.read(file, bytes, problems).map(lock -> new LockState(lock.lockedOn(), sha256(bytes)));
        } catch (IOException e) {
            problems.error(DiagnosticCode.G006, new SourceRef(file.toString(), 1, 1), PolicyFileLoader.unreadable(e));
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
