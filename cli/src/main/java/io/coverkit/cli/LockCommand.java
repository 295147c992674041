package io.coverkit.cli;

import io.coverkit.policy.LibraryRevisions;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diff.RevisionLock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit lock [PATH...]}: records what every past revision says, beside each policy file,
 * so that later edits that change the past are caught by {@code coverkit check}.
 */
@Command(name = "lock", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Record what each past revision says, so that check reports edits that change the past.")
final class LockCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "policy files or folders (default: the policies folder)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--on", paramLabel = "DATE", description = "lock the revisions in force on or before this date (default: today)")
    LocalDate on;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<List<Path>> files = PolicyFolders.policyFiles(paths, spec.commandLine().getErr());
        if (files.isEmpty()) {
            return 1;
        }
        GuidelineLibrary library = GuidelineLibrary.load(files.get());
        if (library.hasErrors()) {
            library.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> spec.commandLine().getErr().println(d.format()));
            spec.commandLine().getErr().println("nothing locked: fix the errors first");
            return 1;
        }
        try {
            Set<Path> written = new HashSet<>();
            LibraryRevisions.lock(library, on == null ? LocalDate.now() : on).forEach(p -> written.add(p.toAbsolutePath().normalize()));
            for (Path policy : files.get()) {
                Path lock = RevisionLock.beside(policy);
                spec.commandLine().getOut().println(written.contains(lock.toAbsolutePath().normalize())
                        ? "locked " + lock : "unchanged " + lock + " (it already records every revision)");
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot write the lock: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
