package io.coverkit.cli;

import io.coverkit.api.Decision;
import io.coverkit.api.Explainer;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit eval REQUEST.json}: decide a request and print the determination. Exit 0 when
 * decided, 2 when the request is malformed, 1 when the policies themselves have errors.
 */
// mixinStandardHelpOptions: `coverkit eval --help` must show this command's help, not ask for REQUEST.json
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class, description = "Decide a coverage request and print the determination as JSON.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUEST.json", description = "the request, in wire contract v1")
    Path request;

    @Option(names = "--policies", paramLabel = "DIR", description = "folder of policy files (default: the repository's policies/)")
    Path policies;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "decide under the revision in force on this date (such as a prior authorization's review date) instead of the date of service")
    LocalDate asOf;

    @Option(names = "--explain", description = "also print a short explanation citing the guideline's sections")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeterminationWriter writer = new DeterminationWriter();
        String json;
        try {
            json = Files.readString(request, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(request + ": cannot read the request file");
            return 2;
        }
        GuidelineLibrary library = CoverkitCommand.policiesForDeciding(policies, err).orElse(null);
        if (library == null) {
            return 1;
        }
        Decision decision = library.decideJson(json, asOf);
        if (decision instanceof Decision.Rejected rejected) {
            List<RequestError> errors = rejected.errors();
            for (RequestError e : errors) {
                err.println(request + ": " + e.format());
            }
            out.println(writer.writeErrors(errors));
            return 2;
        }
        var determination = ((Decision.Decided) decision).determination();
        out.println(writer.write(determination));
        if (explain) {
            out.println();
            out.print(new Explainer().explain(determination,
                    library.evaluator(determination.guideline()).orElseThrow().guideline()));
            out.flush();
        }
        return 0;
    }
}
