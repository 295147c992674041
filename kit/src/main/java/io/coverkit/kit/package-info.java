/**
 * The scenario kit, for policy teams' test scope: the Spock base class
 * {@code io.coverkit.kit.GuidelineSpecification} (Groovy) and {@link io.coverkit.kit.RequestBuilder}
 * are public API; the scenario log and report writers are the kit's own.
 */
package io.coverkit.kit;
