/** Internal. The validator: checks across clauses that the reader cannot make one clause at a time. */
package io.coverkit.validate;
