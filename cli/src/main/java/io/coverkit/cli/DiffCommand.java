package io.coverkit.cli;

import io.coverkit.policy.LibraryRevisions;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diff.BehaviouralDiff;
import io.coverkit.diff.DiffReport;
import io.coverkit.diff.RevisionDiff;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit diff GUIDELINE --from DATE --to DATE}: what changed between two revisions and,
 * with {@code --requests DIR}, which requests decide differently because of it.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Show what changed between the revisions in force on two dates.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GUIDELINE", description = "the guideline id, such as 04-77260-19")
    String guideline;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "the earlier date (yyyy-MM-dd)")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "the later date (yyyy-MM-dd)")
    LocalDate to;

    @Option(names = "--format", paramLabel = "text|json", description = "output format: text (default) or json")
    String format = "text";

    @Option(names = "--requests", paramLabel = "DIR",
            description = "also decide every request in DIR under both revisions and list those whose outcome changes")
    Path requests;

    @Option(names = "--policies", paramLabel = "DIR", description = "folder of policy files (default: the repository's policies/)")
    Path policies;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format: unknown format `" + format + "`; use text or json");
            return 2;
        }
        if (requests != null && !Files.isDirectory(requests)) {
            err.println(requests + ": error: " + (Files.exists(requests)
                    ? "--requests takes a folder of request files (*.json), not a file; `coverkit eval` decides one request file"
                    : "no such folder"));
            return 2;
        }
        GuidelineLibrary library = GuidelineLibrary.load(policies == null ? PolicyFolders.defaultPolicies() : policies);
        Optional<RevisionDiff> diff = LibraryRevisions.diff(library, guideline, from, to);
        if (diff.isEmpty()) {
            library.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format()));
            err.println("no guideline `" + guideline + "` is loaded; loaded: " + String.join(", ", library.guidelineIds()));
            return 1;
        }
        DiffReport report = new DiffReport();
        BehaviouralDiff.Result behaviour = requests == null
                ? null
                : LibraryRevisions.behavioural(library, guideline, requests, from, to).orElseThrow();
        if (format.equals("json")) {
            out.println(behaviour == null ? report.json(diff.get()) : report.json(diff.get(), behaviour));
        } else {
            out.print(report.text(diff.get()));
            if (behaviour != null) {
                out.print("\n" + report.text(behaviour));
            }
        }
        out.flush();
        return 0;
    }
}
