package io.coverkit.diagnostic;

/** How serious a diagnostic is: errors stop a guideline from loading, warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed in {@code file:line:col: error[CODE]: message}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
