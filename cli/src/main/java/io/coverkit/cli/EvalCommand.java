package io.coverkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit eval REQUEST.json}: decide a request and print the determination. Exit 0 when
 * decided, 2 when the request is malformed, 1 when the request's guideline is unavailable because
 * its policy file has errors. Each policy file with errors is reported in one line on standard
 * error and left out; the other guidelines decide as usual.
 */
// mixinStandardHelpOptions: `coverkit eval --help` must show this command's help, not ask for REQUEST.json
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class, description = "Decide a coverage request and print the determination as JSON.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUEST.json", description = "the request, in request contract v2 (every v1 request is a valid v2 request)")
    Path request;

    @CommandLine.Mixin
    LibraryOptions guidelines;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "decide under the revision in force on this date (such as a prior authorization's review date) instead of the date of service")
    LocalDate asOf;

    @Option(names = "--explain", description = "also print a short explanation citing the guideline's sections")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return Evaluation.run(new EvalArguments(request, guidelines.policies, asOf, explain, guidelines.bundle, guidelines.bundleKey), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
