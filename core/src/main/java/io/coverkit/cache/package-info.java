/** Internal. A cache of validated policy models keyed by source digest, for fast start-up. */
package io.coverkit.cache;
