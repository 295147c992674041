/** Internal. The compiler from a validated guideline model to an evaluator. */
package io.coverkit.compile;
