/**
 * Internal. The DSL front end: the vocabulary declared once, the pre-parse gate, Groovy's parser
 * (parse only), and the reader that turns the syntax tree into the model. Policy files are never
 * compiled or executed.
 */
package io.coverkit.dsl;
