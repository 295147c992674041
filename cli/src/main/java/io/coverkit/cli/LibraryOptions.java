package io.coverkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that decides (eval, batch, serve): where the guidelines come from.
 * A picocli mixin, so the three spell them alike; {@link LibrarySource} judges the combination.
 */
final class LibraryOptions {

    @Option(names = "--policies", paramLabel = "DIR", description = "folder of policy files (default: the repository's policies/)")
    Path policies;

    @Option(names = "--bundle", paramLabel = "FILE", description = "the guidelines of a bundle (coverkit bundle) instead of --policies")
    Path bundle;

    @Option(names = "--bundle-key", paramLabel = "PEM", description = "public key the bundle's signature must verify with (an unsigned bundle is refused)")
    Path bundleKey;

    /** The source the options name. */
    LibrarySource source() {
        return new LibrarySource(policies, bundle, bundleKey);
    }
}
