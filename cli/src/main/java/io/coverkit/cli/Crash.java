package io.coverkit.cli;

import java.io.PrintWriter;

/**
 * What the command line does when coverkit itself fails (a bug, never a mistake in the user's
 * input): one line on standard error asking for a report, and the exit code {@link #EXIT_CODE}.
 * The stack trace is printed only when {@code COVERKIT_STACKTRACE} is set in the environment, for
 * the report.
 */
final class Crash {

    /** The exit code of an internal error: 70, as sysexits.h's {@code EX_SOFTWARE}. */
    static final int EXIT_CODE = 70;

    /** The environment variable that adds the stack trace to the report line. */
    static final String STACKTRACE_VARIABLE = "COVERKIT_STACKTRACE";

    private Crash() {}

    /** Prints the report line for {@code failure} (and its trace when asked for); returns {@link #EXIT_CODE}. */
    static int report(Throwable failure, PrintWriter err) {
        if (failure instanceof OutOfMemoryError) {
            // Not a bug to report: the input needs more memory than Java was given.
            err.println("coverkit: out of memory; give Java more with -Xmx (for `batch`, fewer --threads also needs less)");
            err.flush();
            return EXIT_CODE;
        }
        err.println("coverkit: internal error: " + describe(failure) + "; please report it with the command line and its input files"
                + " (set " + STACKTRACE_VARIABLE + "=1 for the details)");
        if (System.getenv(STACKTRACE_VARIABLE) != null) {
            failure.printStackTrace(err);
        }
        err.flush();
        return EXIT_CODE;
    }

    // One line, whatever the message holds: a failure's message may span lines (a nested cause's).
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
