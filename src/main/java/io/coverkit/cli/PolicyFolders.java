package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the commands find policy files and how the deciding commands load them. Free of picocli,
 * so that the plain {@code eval} path (see {@link Main}) never loads it.
 */
final class PolicyFolders {

    private PolicyFolders() {}

    /**
     * The policies folder used when {@code --policies} is not given: the repository's
     * {@code policies/} (found through {@code coverkit.home}, set by {@code bin/coverkit}), else
     * {@code policies/} in the working directory.
     */
    static Path defaultPolicies() {
        String home = System.getProperty("coverkit.home");
        if (home != null && Files.isDirectory(Path.of(home, "policies"))) {
            // Relative to the working folder where it lies below it, so messages name `policies/...`
            // as a reader who runs bin/coverkit from the checkout typed it.
            Path policies = Path.of(home, "policies").toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath();
            return policies.startsWith(here) ? here.relativize(policies) : policies;
        }
        return Path.of("policies");
    }

    /**
     * Loads a policies folder for deciding. With {@code coverkit.cache} set (bin/coverkit sets it),
     * models validated by an earlier run are reused. A command that decides one request
     * ({@code onDemand}) reads and compiles a guideline only when the request names it, and only the
     * revision it falls under; one that decides many compiles them all up front.
     */
    static GuidelineLibrary loadForDeciding(Path folder, boolean onDemand) {
        String cache = System.getProperty("coverkit.cache");
        if (cache == null || cache.isBlank()) {
            return GuidelineLibrary.load(folder);
        }
        return onDemand ? GuidelineLibrary.loadCachedOnDemand(folder, Path.of(cache)) : GuidelineLibrary.loadCached(folder, Path.of(cache));
    }

    /**
     * The policies for a deciding command ({@code --policies}, else the default folder), or empty
     * after printing why not: the folder is missing, or some policy has errors. {@code onDemand}:
     * see {@link #loadForDeciding}.
     */
    static Optional<GuidelineLibrary> policiesForDeciding(Path policies, PrintWriter err, boolean onDemand) {
        Path folder = policies == null ? defaultPolicies() : policies;
        if (!Files.exists(folder)) {
            // the same words as `check`; loading would report it as an unreadable policy file
            err.println(folder + ": error: no such file or folder");
            return Optional.empty();
        }
        GuidelineLibrary library = loadForDeciding(folder, onDemand);
        if (library.hasErrors()) {
            for (Diagnostic d : library.diagnostics()) {
                if (d.isError()) {
                    err.println(d.format());
                }
            }
            err.println("the policies have errors; run `coverkit check`");
            return Optional.empty();
        }
        return Optional.of(library);
    }

    /**
     * The policy files under {@code paths} (the default policies folder when none is given), or
     * empty after saying which path does not exist.
     */
    static Optional<List<Path>> policyFiles(List<Path> paths, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        for (Path root : paths.isEmpty() ? List.of(defaultPolicies()) : paths) {
            if (!Files.exists(root)) {
                err.println(root + ": error: no such file or folder");
                return Optional.empty();
            }
            files.addAll(GuidelineLibrary.policyFiles(root));
        }
        return Optional.of(files);
    }
}
