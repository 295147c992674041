package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code coverkit}: check policy files and decide coverage requests from the command line. */
@Command(
        name = "coverkit",
        mixinStandardHelpOptions = true,
        versionProvider = CoverkitCommand.Version.class,
        description = "Medical coverage guidelines as code.",
        subcommands = {CheckCommand.class, EvalCommand.class, DiffCommand.class, RenderCommand.class, LockCommand.class, DocsCommand.class,
                TestCommand.class, BatchCommand.class})
public final class CoverkitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The one version string, shared by the command and its subcommands. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"coverkit 0.1.0"};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // picocli probes for Groovy closures in annotations, and the probe initialises Groovy's whole
        // runtime (about a third of a second); coverkit's commands use no closures.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        CommandLine cli = new CommandLine(new CoverkitCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("coverkit: " + e.getMessage());
            return 3;
        });
        return cli.execute(args);
    }

    /**
     * The policies folder used when {@code --policies} is not given: the repository's
     * {@code policies/} (found through {@code coverkit.home}, set by {@code bin/coverkit}), else
     * {@code policies/} in the working directory.
     */
    static Path defaultPolicies() {
        String home = System.getProperty("coverkit.home");
        if (home != null && Files.isDirectory(Path.of(home, "policies"))) {
            return Path.of(home, "policies");
        }
        return Path.of("policies");
    }

    /**
     * Loads a policies folder for deciding. With {@code coverkit.cache} set (bin/coverkit sets it),
     * models validated by an earlier run are reused, so a short command need not start Groovy's parser.
     */
    static GuidelineLibrary loadForDeciding(Path folder) {
        String cache = System.getProperty("coverkit.cache");
        return cache == null || cache.isBlank() ? GuidelineLibrary.load(folder) : GuidelineLibrary.loadCached(folder, Path.of(cache));
    }

    /**
     * The policies for a deciding command ({@code --policies}, else the default folder), or empty
     * after printing why not: the folder is missing, or some policy has errors.
     */
    static Optional<GuidelineLibrary> policiesForDeciding(Path policies, PrintWriter err) {
        Path folder = policies == null ? defaultPolicies() : policies;
        if (!Files.exists(folder)) {
            // the same words as `check`; loading would report it as an unreadable policy file
            err.println(folder + ": error: no such file or folder");
            return Optional.empty();
        }
        GuidelineLibrary library = loadForDeciding(folder);
        if (library.hasErrors()) {
            library.diagnostics().stream().filter(io.coverkit.diagnostic.Diagnostic::isError).forEach(d -> err.println(d.format()));
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
