package io.coverkit.server.profile;

import java.util.Objects;

/**
 * One finding of the profile checker about one place in an instance.
 *
 * @param severity how bad it is: an {@link Severity#ERROR} means the instance does not conform
 * @param path where, as a FHIRPath-like path into the instance (extensions named by their url)
 * @param key the rule that found it: a constraint key of the profile ({@code crd-ci-q2}), a
 *     structural rule ({@code cardinality}, {@code type}, {@code fixed}, {@code pattern},
 *     {@code binding}, {@code sub-extension}, {@code profile}) or one of coverkit's own rules
 *     ({@code coverkit-...}, see {@link CoverkitRules})
 * @param message what is wrong, in plain words
 */
public record ProfileIssue(Severity severity, String path, String key, String message) {

    /** How serious an issue is, as FHIR's OperationOutcome grades it. */
    public enum Severity {
        /** The instance does not conform. */
        ERROR,
        /** The instance conforms but something is doubtful (an extensible binding missed, a warning constraint). */
        WARNING,
        /** Something the checker could not check (a value set it cannot expand, a profile it does not have). */
        INFORMATION
    }

    /** Checks that every field is present. */
    public ProfileIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /** True for an error, the only severity that makes an instance non-conformant. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + path + ": " + key + ": " + message;
    }
}
