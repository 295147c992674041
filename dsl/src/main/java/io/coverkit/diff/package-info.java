/**
 * Public API. Revisions compared: snapshots of a guideline on a date, the semantic diff between
 * two revisions, and the behavioural diff of requests decided under both.
 */
package io.coverkit.diff;
