package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code coverkit check [PATH...]}: compile and validate policy files; exit 1 on any error. */
// mixinStandardHelpOptions: `coverkit check --help` must show this command's help, not fail
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class, description = "Compile and validate policy files and print their diagnostics.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "policy files or folders (default: the policies folder)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = new ArrayList<>();
        List<Path> roots = paths.isEmpty() ? List.of(CoverkitCommand.defaultPolicies()) : paths;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                spec.commandLine().getErr().println(root + ": error: no such file or folder");
                return 1;
            }
            files.addAll(GuidelineLibrary.policyFiles(root));
        }
        GuidelineLibrary library = GuidelineLibrary.load(files);
        for (Diagnostic d : library.diagnostics()) {
            spec.commandLine().getOut().println(d.format());
        }
        long errors = library.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = library.diagnostics().size() - errors;
        spec.commandLine().getOut().printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), errors, warnings);
        return errors == 0 ? 0 : 1;
    }
}
