package io.coverkit.server.dtr;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * The one FHIR R4 context of the DTR operations (building it costs about a second; it is
 * thread-safe) and strict JSON parsing: an unknown element is an error, never silently dropped.
 */
final class Fhir {
    /** Shared by every DTR operation; parsers are made per call since they are not thread-safe. */
    static final FhirContext CONTEXT = FhirContext.forR4();

    private Fhir() {}

    /** Thrown when a body is not a FHIR JSON resource; the message is safe to show to the caller. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** Parses a FHIR JSON body strictly. */
    static Resource parse(byte[] body) throws Unreadable {
        if (body == null || body.length == 0) {
            throw new Unreadable("the body is empty; send a FHIR JSON resource");
        }
        IParser parser = CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
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

    /** A resource as FHIR JSON. */
    static String json(IBaseResource resource) {
        return CONTEXT.newJsonParser().encodeResourceToString(resource);
    }

    // HAPI prefixes its messages with an internal code (HAPI-1234:); the caller needs only the words.
    private static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("HAPI-\\d+:\\s*", "");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }
}
