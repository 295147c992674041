package io.coverkit.server;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What an endpoint answers, independent of the HTTP library that sends it: the endpoints (CRD, DTR,
 * guideline pages) are plain objects a service can embed behind any server.
 *
 * @param status the HTTP status code
 * @param contentType the media type of {@code body}, with its charset where it is text
 * @param body the bytes sent
 */
public record Reply(int status, String contentType, byte[] body) {

    /** The media type of CDS Hooks and coverkit JSON bodies. */
    public static final String JSON = "application/json; charset=utf-8";
    /** The media type of FHIR JSON bodies. */
    public static final String FHIR_JSON = "application/fhir+json; charset=utf-8";

    public Reply {
        Objects.requireNonNull(contentType, "a reply names its media type");
        Objects.requireNonNull(body, "a reply has a body, empty if nothing is said");
    }

    /** A JSON reply. */
    public static Reply json(int status, String json) {
        return new Reply(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A FHIR JSON reply. */
    public static Reply fhir(int status, String json) {
        return new Reply(status, FHIR_JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The body as text (every body coverkit sends is UTF-8). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
