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
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Optional<EvalArguments> eval = EvalArguments.parse(args);
        if (eval.isEmpty()) {
            return CoverkitCommand.run(out, err, args);
        }
        try {
            return Evaluation.run(eval.get(), out, err);
        } catch (RuntimeException e) {
            // as CoverkitCommand's handler words a failure inside a command
            err.println("coverkit: " + e.getMessage());
            return 3;
        }
    }
}
