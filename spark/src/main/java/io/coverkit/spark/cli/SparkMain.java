package io.coverkit.spark.cli;

import io.coverkit.bundle.BundleException;
import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.spark.ShippedPolicies;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code spark/run}, and the main class for {@code spark-submit}: decides claims on Spark, and the
 * impact of a revision. Exit 0 when the job ran (rows that could not be decided are error rows in
 * its output, never a failed job), 1 when the policies have errors or the input or output cannot be
 * used (nothing is written), 2 for a bad option.
 */
@Command(name = "coverkit-spark", mixinStandardHelpOptions = true, versionProvider = SparkMain.Version.class,
        description = "Decide claim history on Apache Spark with coverkit's compiled guidelines.",
        subcommands = {DecideCommand.class, ImpactCommand.class, ConvertCommand.class, io.coverkit.spark.generate.GenerateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:the job ran", " 1:the policies have errors, or the input or output cannot be used",
            " 2:a bad option"})
public final class SparkMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line, returning its exit code. */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new SparkMain());
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (e instanceof ShippedPolicies.PolicyErrors errors) {
                for (Diagnostic d : errors.diagnostics()) {
                    err.println(d.format());
                }
                err.println("coverkit-spark: " + e.getMessage());
                return 1;
            }
            if (e instanceof IllegalArgumentException || e instanceof BundleException || e instanceof java.io.UncheckedIOException
                    || e instanceof IllegalStateException) {
                err.println("coverkit-spark: error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a job: decide, impact, convert or generate");
    }

    /** The version the jar was built as. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SparkMain.class.getPackage().getImplementationVersion();
            return new String[] {"coverkit-spark " + (v == null ? "(development build)" : v)};
        }
    }
}
