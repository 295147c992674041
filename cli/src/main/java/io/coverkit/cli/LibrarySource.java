package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.bundle.BundleException;
import io.coverkit.bundle.BundleKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;

/**
 * Where a deciding command takes its guidelines from: a policies folder ({@code --policies}, read
 * and compiled now) or a bundle ({@code --bundle}, compiled already), never both; a bundle's
 * signature is verified when {@code --bundle-key} names the public key. Free of picocli, like
 * {@link PolicyFolders}.
 *
 * @param policies the policies folder, or null for the default (when no bundle is given)
 * @param bundle the bundle file, or null
 * @param bundleKey the PEM public key the bundle's signature must verify with, or null
 */
record LibrarySource(Path policies, Path bundle, Path bundleKey) {

    /** Exit code for options that do not go together, as picocli uses for a bad option. */
    static final int BAD_OPTION = 2;

    /**
     * What is wrong with the combination of options, or empty: {@code --policies} and
     * {@code --bundle} exclude each other, and a key verifies a bundle only.
     */
    Optional<String> conflict() {
        if (policies != null && bundle != null) {
            return Optional.of("--bundle: cannot be combined with --policies; a bundle already holds the compiled guidelines,"
                    + " so give one or the other");
        }
        if (bundleKey != null && bundle == null) {
            return Optional.of("--bundle-key: verifies a bundle's signature, so it needs --bundle FILE");
        }
        return Optional.empty();
    }

    /**
     * The library a command decides with, or, when there is none, the exit code the command ends
     * with (1: the policies or the bundle are missing or refused; 2: bad options or key).
     *
     * @param library the library, or null
     * @param exitCode the exit code when there is no library
     */
    record Loaded(GuidelineLibrary library, int exitCode) {}

    /**
     * The library to decide with; when there is none, why not is printed on {@code err}.
     * {@code onDemand}: see {@link PolicyFolders#loadForDeciding}.
     */
    Loaded load(PrintWriter err, boolean onDemand) {
        Optional<String> conflict = conflict();
        if (conflict.isPresent()) {
            err.println(conflict.get());
            return new Loaded(null, BAD_OPTION);
        }
        if (bundle == null) {
            return new Loaded(PolicyFolders.policiesForDeciding(policies, err, onDemand).orElse(null), 1);
        }
        PublicKey key;
        try {
            key = bundleKey == null ? null : BundleKeys.readPublicKey(bundleKey);
        } catch (BundleException e) {
            err.println("--bundle-key: " + e.getMessage());
            return new Loaded(null, BAD_OPTION);
        }
        try {
            return new Loaded(GuidelineLibrary.fromBundle(bundle, key), 1);
        } catch (BundleException e) {
            err.println(e.getMessage());
            return new Loaded(null, 1);
        }
    }
}
