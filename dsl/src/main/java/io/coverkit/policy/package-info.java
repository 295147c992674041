/**
 * Internal: policy files read into a library, the {@link io.coverkit.api.PolicyLoader} service this
 * artifact installs, with the cache of validated models and the revision tools the command line uses.
 */
package io.coverkit.policy;
