/**
 * Public API: a FHIR profile checker over the Da Vinci CRD and DTR 2.0.1 packages and R4 core
 * ({@link io.coverkit.server.profile.ProfileChecker}); the rest is internal.
 */
package io.coverkit.server.profile;
