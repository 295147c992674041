/**
 * Diagnostics: problems in policy files, with stable codes and source positions.
 * {@link io.coverkit.diagnostic.Diagnostic}, {@link io.coverkit.diagnostic.Severity} and
 * {@link io.coverkit.diagnostic.DiagnosticCode} are public API; the rest is internal.
 */
package io.coverkit.diagnostic;
