package io.coverkit.diagnostic;

import io.coverkit.annotations.API;

/** How serious a diagnostic is: errors stop a guideline from loading, warnings do not. */
@API(status = API.Status.STABLE)
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word printed in {@code file:line:col: error[CODE]: message}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
