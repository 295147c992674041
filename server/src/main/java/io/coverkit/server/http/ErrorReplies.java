package io.coverkit.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.coverkit.server.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The bodies of the server's own error replies: a CDS Hooks-style {@code {"error": ..., "status": ...}}
 * everywhere but under {@code /fhir/}, where a FHIR client expects an OperationOutcome. A message
 * says what the client did wrong in the client's terms; it never carries a stack trace, a class
 * name or a path on the server.
 */
final class ErrorReplies {

    private static final JsonFactory JSON = new JsonFactory();

    private ErrorReplies() {}

    /** The error reply for a request to {@code path}. */
    static Reply forPath(String path, int status, String message) {
        return isFhir(path) ? operationOutcome(status, message) : cdsHooks(status, message);
    }

    /** True for the FHIR operations, whose errors are OperationOutcomes. */
    static boolean isFhir(String path) {
        return path != null && (path.equals("/fhir") || path.startsWith("/fhir/"));
    }

    /** {@code {"error": message, "status": status}}. */
    static Reply cdsHooks(int status, String message) {
        return Reply.json(status, write(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeNumberField("status", status);
            g.writeEndObject();
        }));
    }

    /** An OperationOutcome with one issue of severity error, its code chosen from the status. */
    static Reply operationOutcome(int status, String message) {
        return Reply.fhir(status, write(g -> {
            g.writeStartObject();
            g.writeStringField("resourceType", "OperationOutcome");
            g.writeArrayFieldStart("issue");
            g.writeStartObject();
            g.writeStringField("severity", "error");
            g.writeStringField("code", issueCode(status));
            g.writeStringField("diagnostics", message);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    // FHIR's IssueType codes for the statuses this server answers with.
    private static String issueCode(int status) {
        switch (status) {
            case 401:
                return "login";
            case 403:
                return "forbidden";
            case 404:
                return "not-found";
            case 405:
            case 415:
                return "not-supported";
            case 413:
                return "too-costly";
            case 503:
                return "transient";
            default:
                return status >= 500 ? "exception" : "invalid";
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
