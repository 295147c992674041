package io.coverkit.diagnostic;

import io.coverkit.annotations.API;
import io.coverkit.model.SourceRef;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a policy file, with where it is and, when possible, how to fix it.
 *
 * @param message lower case, no final period, the analyst's own text in backticks
 * @param help a suggestion such as "did you mean `indication`?", or empty
 */
@API(status = API.Status.STABLE)
public record Diagnostic(DiagnosticCode code, Severity severity, SourceRef at, String message, String help) {

    /** Orders diagnostics by file, line and column, then code. */
    public static final Comparator<Diagnostic> BY_LOCATION = Comparator.comparing((Diagnostic d) -> d.at().file())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(Diagnostic::code);

    public Diagnostic {
        Objects.requireNonNull(code, "a diagnostic needs a code");
        Objects.requireNonNull(severity, "a diagnostic needs a severity");
        Objects.requireNonNull(at, "a diagnostic needs a position");
        Objects.requireNonNull(message, "a diagnostic needs a message");
        help = help == null ? "" : help;
    }

    /** An error without help. */
    public static Diagnostic error(DiagnosticCode code, SourceRef at, String message) {
        return new Diagnostic(code, Severity.ERROR, at, message, "");
    }

    /** True for errors. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error[CODE]: message}, then {@code   help: ...} on a second line if any. */
    public String format() {
        String head = at + ": " + severity.word() + "[" + code.name() + "]: " + message;
        return help.isEmpty() ? head : head + System.lineSeparator() + "  help: " + help;
    }
}
