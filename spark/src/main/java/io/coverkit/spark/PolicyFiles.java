package io.coverkit.spark;

import io.coverkit.policy.PolicyBundles;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place the Spark module touches the DSL: reading policy files on the driver. The DSL is an
 * optional dependency, so its absence is told in words rather than as a missing class.
 */
final class PolicyFiles {

    private PolicyFiles() {}

    /** Reads policy files for a bundle, as {@code coverkit bundle} does. */
    static PolicyBundles.Read read(List<Path> files) {
        try {
            Class.forName("io.coverkit.policy.PolicyBundles", false, PolicyFiles.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("reading policy files needs coverkit-dsl on the driver's class path;"
                    + " without it, ship a compiled bundle (coverkit bundle, then --bundle FILE)", e);
        }
        return PolicyBundles.read(files);
    }
}
