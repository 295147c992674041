/**
 * Internal: a guideline rendered back as its publisher lays it out, as Markdown or HTML, from one
 * page tree, with an anchor on every clause.
 */
package io.coverkit.render;
