package io.coverkit.diagnostic;

/** The table of diagnostic codes (docs/diagnostics.md), generated from {@link DiagnosticCode}. */
public final class DiagnosticTable {

    /** The table as Markdown. */
    public String markdown() {
        StringBuilder out = new StringBuilder("# Diagnostic codes\n\n")
                .append("Generated from the code list by `bin/coverkit docs`; do not edit by hand. G codes come from the\n")
                .append("pre-parse gate, P from the parser, R from the vocabulary reader, V from value checks, C from the\n")
                .append("validator. A code keeps its meaning; retired codes are never reused.\n\n")
                .append("| code | meaning |\n|---|---|\n");
        for (DiagnosticCode code : DiagnosticCode.values()) {
            out.append("| `").append(code.name()).append("` | ").append(code.summary()).append(" |\n");
        }
        return out.toString();
    }
}
