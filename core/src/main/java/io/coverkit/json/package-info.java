/** Public API. JSON I/O for wire contract v1: requests in, determinations and request errors out. */
package io.coverkit.json;
