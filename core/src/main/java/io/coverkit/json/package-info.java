/**
 * JSON I/O for the wire contract: {@link io.coverkit.json.RequestReader} (requests in, errors that
 * name the field) and {@link io.coverkit.json.DeterminationWriter} (determinations out) are public
 * API; the rest is internal.
 */
package io.coverkit.json;
