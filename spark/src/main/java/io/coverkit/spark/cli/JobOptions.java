package io.coverkit.spark.cli;

import io.coverkit.bundle.BundleKeys;
import io.coverkit.spark.ClaimsInput;
import io.coverkit.spark.ShippedPolicies;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What every job is given: the policies to ship, the claims, where results go, and the Spark session's master. */
final class JobOptions {

    /** The policies: a folder of policy files, read and compiled on the driver, or a bundle. */
    static final class Policies {
        @Option(names = "--policies", paramLabel = "DIR", description = "policy files, validated and compiled on the driver (default: policies)")
        Path folder;

        @Option(names = "--bundle", paramLabel = "FILE", description = "a bundle built by `coverkit bundle`")
        Path bundle;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Policies policies = new Policies();

    @Option(names = "--bundle-key", paramLabel = "PEM", description = "require the bundle's signature to verify with this public key")
    Path bundleKey;

    @Option(names = "--input", paramLabel = "PATH", required = true,
            description = "claims: one NDJSON file of wire requests (*.ndjson, *.jsonl), or a Parquet claims table")
    String input;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "read --input as ndjson, parquet, json (wire requests into the claims schema), or any format Spark reads (orc, delta, ...)")
    String inputFormat;

    @Option(names = "--output", paramLabel = "PATH", required = true,
            description = "where results go: NDJSON when the path ends in .ndjson (one file), Parquet otherwise")
    String output;

    @Option(names = "--parts", description = "write NDJSON as a folder of part files rather than one file")
    boolean parts;

    @Option(names = "--carry", split = ",", paramLabel = "COLUMN",
            description = "columns of a claims table that are not claim fields (a member id, a provider) to carry into each output row")
    java.util.List<String> carry = new java.util.ArrayList<>();

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit gives, else local[*])")
    String master;

    /** The shipped policies: validated on the driver before any task. */
    ShippedPolicies shipped() {
        if (bundleKey != null && policies.bundle == null) {
            throw new IllegalArgumentException("--bundle-key verifies a bundle: give --bundle FILE too");
        }
        if (policies.bundle != null) {
            return ShippedPolicies.fromBundle(policies.bundle, bundleKey == null ? null : BundleKeys.readPublicKey(bundleKey));
        }
        return ShippedPolicies.fromPolicies(policies.folder != null ? policies.folder : Path.of("policies"));
    }

    /** The claims at --input. */
    ClaimsInput claims(SparkSession spark) {
        return ClaimsInput.read(spark, input, inputFormat);
    }
}
