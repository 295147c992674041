package io.coverkit.diagnostic;

import io.coverkit.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics without stopping at the first; hands them out sorted by location. */
public final class Diagnostics {
    private final List<Diagnostic> found = new ArrayList<>();

    /** Records a diagnostic. */
    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    /** Records an error. */
    public void error(DiagnosticCode code, SourceRef at, String message) {
        add(Diagnostic.error(code, at, message));
    }

    /** Records an error with a help line. */
    public void error(DiagnosticCode code, SourceRef at, String message, String help) {
        add(new Diagnostic(code, Severity.ERROR, at, message, help));
    }

    /** Records a warning. */
    public void warning(DiagnosticCode code, SourceRef at, String message) {
        add(new Diagnostic(code, Severity.WARNING, at, message, ""));
    }

    /** Records every diagnostic of another collection. */
    public void addAll(List<Diagnostic> diagnostics) {
        found.addAll(diagnostics);
    }

    /** True when any error was recorded. */
    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics so far, sorted by file, line and column. */
    public List<Diagnostic> sorted() {
        return found.stream().sorted(Diagnostic.BY_LOCATION).toList();
    }
}
