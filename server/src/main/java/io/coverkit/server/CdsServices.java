package io.coverkit.server;

/**
 * The CDS Hooks side of the server (Da Vinci CRD): discovery and one call per hook service. An
 * implementation never throws for bad input: a malformed hook request is a 400 reply with a CDS
 * Hooks-style error body, and no reply carries a stack trace or internal detail.
 */
public interface CdsServices {

    /** {@code GET /cds-services}: the discovery document. */
    Reply discovery();

    /**
     * {@code POST /cds-services/{id}}: answers one hook call.
     *
     * @param serviceId the {@code id} path segment; an unknown one is a 404 reply
     * @param body the request body as sent (JSON)
     */
    Reply call(String serviceId, byte[] body);
}
