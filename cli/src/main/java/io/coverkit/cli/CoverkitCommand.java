package io.coverkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code coverkit}: check policy files and decide coverage requests from the command line. */
@Command(
        name = "coverkit",
        mixinStandardHelpOptions = true,
        versionProvider = CoverkitCommand.Version.class,
        description = "Medical coverage guidelines as code.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:done: the files are clean, the request decided, every scenario passed",
            " 1:the policies have errors (eval: the request's guideline is unavailable because of them), a scenario failed, or the guideline is not loaded",
            " 2:a bad request or a bad option",
            "70:coverkit itself failed (a bug: one line asking for a report; or out of memory), no stack trace"},
        subcommands = {CheckCommand.class, EvalCommand.class, DiffCommand.class, RenderCommand.class, LockCommand.class, DocsCommand.class,
                TestCommand.class, BatchCommand.class, BundleCommand.class, ServeCommand.class})
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
        cli.registerConverter(java.time.LocalDate.class, new DateOption());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> Crash.report(e, err));
        try {
            return cli.execute(args);
        } catch (Error e) {
            // errors pass picocli's handler (it handles exceptions only)
            return Crash.report(e, err);
        }
    }
}
