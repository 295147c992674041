/**
 * CDS Hooks 2.0 JWT bearer authentication for the server's protected endpoints: signature (ES384 or
 * RS384), trusted issuers and their keys, audience, expiry and replay. Internal to coverkit-server.
 */
package io.coverkit.server.security;
