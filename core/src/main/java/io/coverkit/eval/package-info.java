/** Internal. Compiled evaluators: immutable, thread-safe, allocation-light decisions. */
package io.coverkit.eval;
