package io.coverkit.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;

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
