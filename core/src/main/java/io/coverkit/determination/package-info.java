/** Public API. Determinations: outcome, findings with citations and evidence, revision and digest. */
package io.coverkit.determination;
