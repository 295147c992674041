/**
 * Internal: revisions compared (snapshots of a guideline on a date, the semantic diff between two
 * revisions, the behavioural diff of requests decided under both, revision locks), as the command
 * line's {@code diff} and {@code lock} print them.
 */
package io.coverkit.diff;
