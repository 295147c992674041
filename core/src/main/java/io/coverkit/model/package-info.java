/**
 * Internal: the guideline model, immutable records free of Groovy that every later stage reads.
 * Only {@link io.coverkit.model.LineOfBusiness} and {@link io.coverkit.model.SourceRef}, which
 * requests and diagnostics carry, are public API.
 */
package io.coverkit.model;
