package io.coverkit.spark;

import io.coverkit.bundle.Bundle;
import io.coverkit.bundle.BundleReader;
import io.coverkit.bundle.BundleWriter;
import io.coverkit.bundle.BundledGuideline;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.api.GuidelineLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

/**
 * The guidelines a job decides under, as the bundle bytes it ships to executors: validated and
 * compiled on the driver, so a policy set with errors fails the job before any task starts, and
 * executors never read the DSL. The bundle's integrity digest names it in each executor's cache.
 */
public final class ShippedPolicies {

    private final byte[] bytes;
    private final Bundle bundle;

    private ShippedPolicies(byte[] bytes, Bundle bundle) {
        this.bytes = bytes;
        this.bundle = bundle;
    }

    /**
     * Reads, validates and compiles the policy files under {@code folder} into a bundle, as
     * {@code coverkit bundle} does; needs {@code coverkit-dsl} on the driver's class path.
     *
     * @throws PolicyErrors naming every error (file:line:col) when any file has one
     */
    public static ShippedPolicies fromPolicies(Path folder) {
        if (!Files.exists(folder)) {
            throw new PolicyErrors(folder + ": no such policies folder", List.of());
        }
        io.coverkit.policy.PolicyBundles.Read read = PolicyFiles.read(GuidelineLibrary.policyFiles(folder));
        if (read.hasErrors()) {
            throw new PolicyErrors(folder + ": the policies have errors; no task was started", read.diagnostics());
        }
        if (read.guidelines().isEmpty()) {
            throw new PolicyErrors(folder + ": no policy files (*.groovy) found", List.of());
        }
        return of(BundleWriter.write(read.guidelines(), null), folder.toString());
    }

    /**
     * A bundle file built by {@code coverkit bundle}, its integrity (and, given {@code key}, its
     * signature) checked on the driver.
     *
     * @param key the public key its signature must verify with, or null not to check a signature
     * @throws io.coverkit.bundle.BundleException naming the file when it is missing, damaged or altered
     */
    public static ShippedPolicies fromBundle(Path file, PublicKey key) {
        if (Files.isDirectory(file)) {
            throw new io.coverkit.bundle.BundleException(file + ": the bundle cannot be read: it is a folder");
        }
        try {
            // Read once: the bytes checked here are the bytes shipped.
            byte[] bytes = Files.readAllBytes(file);
            return new ShippedPolicies(bytes, BundleReader.read(bytes, file.toString(), key));
        } catch (NoSuchFileException e) {
            throw new io.coverkit.bundle.BundleException(file + ": no such bundle file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the bundle cannot be read", e);
        }
    }

    /** Bundle bytes already in memory; {@code where} names them in messages. */
    public static ShippedPolicies of(byte[] bytes, String where) {
        return new ShippedPolicies(bytes.clone(), BundleReader.read(bytes, where, null));
    }

    /** The bundle's bytes, to broadcast. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bundle's integrity digest: what executors cache its evaluators under. */
    public String digest() {
        return bundle.digest();
    }

    /**
     * {@code guideline} when it is shipped.
     *
     * @throws IllegalArgumentException naming the guidelines that are, when it is not
     */
    public String requireShipped(String guideline) {
        if (!guidelineIds().contains(guideline)) {
            throw new IllegalArgumentException("--guideline: no guideline `" + guideline + "` is shipped; shipped: "
                    + String.join(", ", guidelineIds()));
        }
        return guideline;
    }

    /** The ids of the guidelines shipped, sorted. */
    public List<String> guidelineIds() {
        return bundle.guidelines().stream().map(BundledGuideline::id).sorted().toList();
    }

    /** The policy set's errors, with every diagnostic, printed as {@code coverkit check} prints them. */
    public static final class PolicyErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Diagnostic> diagnostics;

        PolicyErrors(String message, List<Diagnostic> diagnostics) {
            super(message);
            this.diagnostics = List.copyOf(diagnostics);
        }

        /** Every diagnostic of the policy files, sorted by location. */
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }
}
