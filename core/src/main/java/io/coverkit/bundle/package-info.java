/**
 * Compiled policy bundles: the validated guideline models of a policy folder (every revision), each
 * guideline's lock state and source digest, in one versioned file with an integrity digest and an
 * optional JWS signature. What a policy team's CI builds ({@code coverkit bundle}) and what a
 * service deploys: loading a bundle needs neither Groovy nor the DSL. See {@link BundleFormat} for
 * the layout.
 */
package io.coverkit.bundle;
