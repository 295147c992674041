/**
 * The HTTP server that puts the CRD, DTR and guideline-page endpoints on the network (Javalin on
 * Jetty): routes, error bodies, limits, reloading and graceful shutdown. {@link
 * io.coverkit.server.http.CoverkitServer} is its entry point.
 */
package io.coverkit.server.http;
