/** Public API. Coverage requests (wire contract v1 and v2), their JSON reader and request errors. */
package io.coverkit.request;
