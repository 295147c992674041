package io.coverkit.cli;

import io.coverkit.bundle.Bundle;
import io.coverkit.bundle.BundleException;
import io.coverkit.bundle.BundleReader;
import io.coverkit.bundle.BundleSigner;
import io.coverkit.bundle.BundleWriter;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.policy.PolicyBundles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit bundle [PATH...] -o FILE}: read, validate and compile policy files and write
 * their guidelines as one versioned bundle (what a service deploys and loads without the DSL).
 * Diagnostics are printed as {@code check} prints them; exit 1 and no bundle when any file has
 * errors, 2 for a bad option or signing key.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Write the validated, compiled guidelines of policy files into one versioned bundle file, for services to deploy.")
final class BundleCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "policy files or folders (default: the policies folder)")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the bundle file to write")
    Path output;

    @Option(names = "--sign-key", paramLabel = "PEM",
            description = "sign the bundle with this private key (PKCS#8 PEM: EC P-256 signs ES256, RSA signs RS256)")
    Path signKey;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BundleSigner signer = null;
        if (signKey != null) {
            try {
                signer = BundleSigner.read(signKey);
            } catch (BundleException e) {
                err.println("--sign-key: " + e.getMessage());
                return 2;
            }
        }
        Optional<List<Path>> files = PolicyFolders.policyFiles(paths, err);
        if (files.isEmpty()) {
            return 1;
        }
        PolicyBundles.Read read = PolicyBundles.read(files.get());
        long errors = read.diagnostics().stream().filter(Diagnostic::isError).count();
        for (Diagnostic d : read.diagnostics()) {
            out.println(d.format());
        }
        out.println(Counts.of(files.get().size(), "file", "files") + " checked: " + Counts.of(errors, "error", "errors") + ", "
                + Counts.of(read.diagnostics().size() - errors, "warning", "warnings"));
        if (read.hasErrors()) {
            err.println(output + ": not written: the policy files have errors");
            return 1;
        }
        byte[] bytes = BundleWriter.write(read.guidelines(), signer);
        // Read back before it is written: a bundle this build cannot load is never handed out.
        Bundle bundle = BundleReader.read(bytes, output.toString(), null);
        try {
            AtomicOutput.run(output, to -> {
                to.write(bytes);
                return null;
            });
        } catch (IOException e) {
            err.println(output + ": error: the bundle cannot be written" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        }
        out.println("wrote " + output + ": " + Counts.of(bundle.guidelines().size(), "guideline", "guidelines") + ", "
                + Counts.of(bytes.length, "byte", "bytes") + ", " + bundle.digest() + ", "
                + (signer == null ? "not signed" : "signed " + signer.algorithm()));
        return 0;
    }
}
