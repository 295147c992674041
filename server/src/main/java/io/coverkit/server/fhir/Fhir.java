package io.coverkit.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * The one HAPI FHIR R4 context of the server. Building a context costs hundreds of milliseconds and
 * it is thread-safe, so it is made once; parsers are cheap and not thread-safe, so one is made per
 * use.
 */
public final class Fhir {

    private static final FhirContext R4 = FhirContext.forR4();

    private Fhir() {}

    /** The shared R4 context. */
    public static FhirContext context() {
        return R4;
    }

    /**
     * Parses one resource. Unknown elements are tolerated (clients send what their version of a
     * profile adds); a value of the wrong type is an error.
     *
     * @throws DataFormatException when the JSON is not a resource HAPI can read
     */
    public static IBaseResource parse(String json) {
        return parser().parseResource(json);
    }

    /** Thrown when a body is not a FHIR R4 JSON resource; the message is plain words, safe to show the caller. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Parses a request body strictly: an unknown element is an error, never silently dropped (the
     * FHIR operations read what they are sent exactly).
     */
    public static Resource parseStrict(byte[] body) throws Unreadable {
        if (body == null || body.length == 0) {
            throw new Unreadable("the body is empty; send a FHIR JSON resource");
        }
        IParser parser = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            IBaseResource parsed = parser.parseResource(new String(body, StandardCharsets.UTF_8));
            if (!(parsed instanceof Resource resource)) {
                throw new Unreadable("the body is not a FHIR R4 resource");
            }
            return resource;
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new Unreadable("the body is not valid FHIR JSON: " + plain(e.getMessage()));
        }
    }

    /** A HAPI parser message as the caller may see it: without HAPI's internal code ({@code HAPI-1234:}), at most 300 characters. */
    public static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("HAPI-\\d+:\\s*", "");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    /** Encodes a resource as compact JSON. */
    public static String encode(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    private static IParser parser() {
        // Lenient about unknown elements, strict about invalid values: a quiet handler, not HAPI's
        // default one, which logs every unknown element at warning level.
        LenientErrorHandler handler = new LenientErrorHandler(false).setErrorOnInvalidValue(true);
        return R4.newJsonParser().setParserErrorHandler(handler);
    }
}
