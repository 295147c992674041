package io.coverkit.server.http;

import io.coverkit.server.Reply;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches the routes (a body over the size limit,
 * a malformed HTTP message), in the same JSON as the routes' errors, and without Jetty's HTML page,
 * version or stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Reply reply = ErrorReplies.forPath(Request.getPathInContext(request), code, describe(code));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Reply reply = ErrorReplies.cdsHooks(status, describe(status));
        fields.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        return ByteBuffer.wrap(reply.body());
    }

    // Jetty's own reason may name its internals; the client is told what it can act on.
    private static String describe(int code) {
        switch (code) {
            case 413:
                return "the request body is larger than the server accepts";
            case 431:
                return "the request headers are larger than the server accepts";
            case 400:
                return "the HTTP request is malformed";
            case 404:
                return "no such resource";
            default:
                return code >= 500 ? "the server failed to answer" : "the request cannot be served (HTTP " + code + ")";
        }
    }
}
