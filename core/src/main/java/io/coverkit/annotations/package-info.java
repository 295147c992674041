/** Public API. How far each type and member of coverkit may be relied on ({@link io.coverkit.annotations.API}). */
package io.coverkit.annotations;
