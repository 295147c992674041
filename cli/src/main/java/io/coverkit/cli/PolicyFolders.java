package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the commands find policy files and how the deciding commands load them. Free of picocli,
 * so that the plain {@code eval} path (see {@link Main}) never loads it.
 */
final class PolicyFolders {

    private PolicyFolders() {}

    /**
     * The policies folder used when {@code --policies} is not given: {@code policies/} in the
     * working folder, or, when the command runs inside a coverkit checkout (found through
     * {@code coverkit.home}, set by the checkout's {@code bin/coverkit}), the checkout's.
     */
    static Path defaultPolicies() {
        return checkoutFolder("policies").orElse(Path.of("policies"));
    }

    /**
     * The checkout's folder of that name when the working folder lies within the checkout: a
     * policy team running coverkit from its own repository means its own files, never coverkit's.
     * Relative to the working folder, so messages name {@code policies/...} as a reader who runs
     * bin/coverkit from the checkout typed it.
     */
    static Optional<Path> checkoutFolder(String name) {
        String home = System.getProperty("coverkit.home");
        if (home == null || !Files.isDirectory(Path.of(home, name))) {
            return Optional.empty();
        }
        Path checkout = Path.of(home).toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        if (!here.startsWith(checkout)) {
            return Optional.empty();
        }
        return Optional.of(here.relativize(checkout.resolve(name)));
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
     * after printing why not: the folder is missing. A policy file with errors does not stop the
     * others: it is reported in one line on {@code err} (its first error, how many it has, and that
     * its guideline is unavailable) and left out. {@code onDemand}: see {@link #loadForDeciding}.
     */
    static Optional<GuidelineLibrary> policiesForDeciding(Path policies, PrintWriter err, boolean onDemand) {
        Path folder = policies == null ? defaultPolicies() : policies;
        if (!Files.exists(folder)) {
            // the same words as `check`; loading would report it as an unreadable policy file
            err.println(folder + ": error: no such file or folder");
            return Optional.empty();
        }
        GuidelineLibrary library = loadForDeciding(folder, onDemand);
        reportBroken(library, err);
        return Optional.of(library);
    }

    /** One line per policy file left out because of errors. */
    static void reportBroken(GuidelineLibrary library, PrintWriter err) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : library.diagnostics()) {
            if (d.isError()) {
                byFile.computeIfAbsent(d.at().file(), f -> new ArrayList<>()).add(d);
            }
        }
        for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
            Diagnostic first = file.getValue().get(0);
            int count = file.getValue().size();
            // The first error's own line, without its help, and what it means for deciding.
            err.println(first.at() + ": error[" + first.code().name() + "]: " + first.message().strip().replaceAll("\\s*\\R\\s*", " ")
                    + " (" + (count == 1 ? "1 error" : count + " errors") + "; this policy file is left out and its guideline"
                    + " is unavailable; the other policies decide; run `coverkit check " + file.getKey() + "`)");
        }
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
