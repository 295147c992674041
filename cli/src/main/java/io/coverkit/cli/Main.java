package io.coverkit.cli;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The command line's entry point. A plain {@code eval} command line (see {@link EvalArguments}) is
 * decided directly; everything else goes to picocli ({@link CoverkitCommand}). Both print the same
 * bytes and exit with the same codes for a plain {@code eval}; the direct path only spares a short
 * process the cost of picocli's reflective command model.
 */
public final class Main {

    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new TerminalWriter(new java.io.OutputStreamWriter(System.out)),
                new TerminalWriter(new java.io.OutputStreamWriter(System.err)), args));
    }

    /**
     * Runs the command line with the given streams; returns the exit code. A failure of coverkit
     * itself (an exception or error no command handles) is reported in one line with the exit code
     * {@link Crash#EXIT_CODE}.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            Optional<EvalArguments> eval = EvalArguments.parse(args);
            if (eval.isEmpty()) {
                return CoverkitCommand.run(out, err, args);
            }
            return Evaluation.run(eval.get(), out, err);
        } catch (RuntimeException | Error e) {
            return Crash.report(e, err);
        }
    }
}
