package io.coverkit.cli;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.eval.Evaluator;
import io.coverkit.render.GuidelineRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coverkit render GUIDELINE}: the guideline as a readable document, to compare with the published one. */
@Command(name = "render", description = "Print a guideline as a readable document (Markdown or HTML).")
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GUIDELINE", description = "the guideline id, such as 04-77260-19")
    String guideline;

    @Option(names = "--format", paramLabel = "md|html", description = "output format: md (default) or html")
    String format = "md";

    @Option(names = "--as-of", paramLabel = "DATE", description = "render the revision in force on this date (default: the newest)")
    LocalDate asOf;

    @Option(names = "--policies", paramLabel = "DIR", description = "folder of policy files (default: the repository's policies/)")
    Path policies;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GuidelineRenderer.Format chosen;
        switch (format) {
            case "md" -> chosen = GuidelineRenderer.Format.MD;
            case "html" -> chosen = GuidelineRenderer.Format.HTML;
            default -> {
                spec.commandLine().getErr().println("--format: unknown format `" + format + "`; use md or html");
                return 2;
            }
        }
        GuidelineLibrary library = GuidelineLibrary.load(policies == null ? PolicyFolders.defaultPolicies() : policies);
        Optional<Evaluator> evaluator = library.evaluator(guideline);
        if (evaluator.isEmpty()) {
            library.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> spec.commandLine().getErr().println(d.format()));
            spec.commandLine().getErr().println("no guideline `" + guideline + "` is loaded; loaded: "
                    + String.join(", ", library.guidelineIds()));
            return 1;
        }
        var guideline = evaluator.get().guideline();
        LocalDate date = asOf != null ? asOf : guideline.revisions().isEmpty()
                ? guideline.originalEffectiveDate()
                : guideline.revisions().get(guideline.revisions().size() - 1).effective();
        spec.commandLine().getOut().print(new GuidelineRenderer().render(guideline, date, chosen));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
