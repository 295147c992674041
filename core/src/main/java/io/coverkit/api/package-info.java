/**
 * Public API: load guidelines once with {@link io.coverkit.api.GuidelineLibrary} (from policy files
 * with coverkit-dsl on the class path, or from a bundle) and decide requests from many threads.
 * Each type says how far it may be relied on with {@link io.coverkit.annotations.API}; a type
 * without it is internal.
 */
package io.coverkit.api;
