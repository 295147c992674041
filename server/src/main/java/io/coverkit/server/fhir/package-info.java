/**
 * FHIR R4 at the server's edge (internal): the shared HAPI context, the configurable mapping from
 * prefetched resources to a coverage request, and how prefetch entries are found by resource type.
 */
package io.coverkit.server.fhir;
