/** Public API. Load guidelines once with {@link io.coverkit.api.GuidelineLibrary} and decide requests. */
package io.coverkit.api;
