/** Public API. The scenario kit's request builder; the Spock base class lives beside the specs. */
package io.coverkit.kit;
