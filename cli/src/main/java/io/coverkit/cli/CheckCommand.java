package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.json.DiagnosticsWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coverkit check [PATH...]}: read and validate policy files (never executed); exit 1 on any error. */
// mixinStandardHelpOptions: `coverkit check --help` must show this command's help, not fail
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class, description = "Read and validate policy files (never executed) and print their diagnostics.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "policy files or folders (default: the policies folder)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", description = "output format: text (default) or json")
    String format = "text";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("--format: unknown format `" + format + "`; use text or json");
            return 2;
        }
        Optional<List<Path>> files = PolicyFolders.policyFiles(paths, spec.commandLine().getErr());
        if (files.isEmpty()) {
            return 1;
        }
        GuidelineLibrary library = GuidelineLibrary.load(files.get());
        List<Diagnostic> diagnostics = library.diagnostics();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (format.equals("json")) {
            spec.commandLine().getOut().println(new DiagnosticsWriter().write(files.get().size(), diagnostics));
        } else {
            for (Diagnostic d : diagnostics) {
                spec.commandLine().getOut().println(d.format());
            }
            long warnings = diagnostics.size() - errors;
            spec.commandLine().getOut().println(Counts.of(files.get().size(), "file", "files") + " checked: "
                    + Counts.of(errors, "error", "errors") + ", " + Counts.of(warnings, "warning", "warnings"));
        }
        return errors == 0 ? 0 : 1;
    }
}
