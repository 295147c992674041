package io.coverkit.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * A Jackson mapper that reads JSON as HAPI's own JSON parser does (decimals exact, as
     * {@code BigDecimal} with their written scale, so {@code 1.50} stays {@code 1.50}; a leading
     * {@code +} on a number allowed; trailing tokens refused). A tree it reads can go to
     * {@link #parse(ObjectNode)} without going back to text, and echoed to a client unchanged.
     * Thread-safe: one for the server.
     */
    public static ObjectMapper jsonMapper() {
        return JSON;
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Parses one resource from a Jackson tree read by {@link #jsonMapper()}, as {@link #parse(String)}
     * does from text. {@link ParsedTree}: HAPI walks the tree it is given rather than the request
     * being written back to text and read again for each resource, which cost a text encoding and a
     * second tokenizing of every resource (with JFR under 8 clients, reading the hook request was 18%
     * of the server's CPU samples before; after, HAPI's own element-by-element parse is what remains).
     *
     * @throws DataFormatException when the JSON is not a resource HAPI can read
     */
    public static IBaseResource parse(ObjectNode json) {
        return ParsedTree.parse(json);
    }

    /** HAPI's JSON parser over a Jackson tree already in memory (the parser's own reader makes the same structure from text). */
    private static final class ParsedTree {
        static IBaseResource parse(ObjectNode json) {
            JacksonStructure structure = new JacksonStructure();
            structure.setNativeObject(json);
            return ((IJsonLikeParser) parser()).parseResource(structure);
        }
    }

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
