/**
 * Internal. The guideline model: immutable records, free of Groovy, that every later stage reads.
 */
package io.coverkit.model;
