package io.coverkit.spark.rows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.coverkit.json.RequestBounds;
import io.coverkit.request.RequestError;
import java.util.Map;

/**
 * The {@code extensions} column: the JSON text of a request's extensions object. The only JSON text
 * a claim row holds, because caller data has no schema.
 *
 * <p>Text is parsed with Jackson under {@link RequestBounds}' size and depth as hard limits (core's
 * own bounded reader is internal to it); the tree then goes to the request reader, which holds the
 * whole request to every bound, as it holds text read by {@code coverkit batch}. Decimals are read
 * as decimals, so a number keeps its digits.
 */
final class ExtensionsText {

    static final String FIELD = "extensions";

    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(RequestBounds.MAX_REQUEST_BYTES)
                            .maxNestingDepth(RequestBounds.MAX_DEPTH)
                            .maxStringLength(RequestBounds.MAX_STRING_LENGTH)
                            .maxNameLength(RequestBounds.MAX_NAME_LENGTH)
                            .maxNumberLength(RequestBounds.MAX_NUMBER_LENGTH)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 1.50 stays 1.50, as core's reader keeps it
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private ExtensionsText() {}

    /** A parsed extensions value, or the one reason there is none. */
    record Parsed(JsonNode node, RequestError error) {}

    /** The tree of {@code text}, or an error naming {@code extensions} when it is not JSON. */
    static Parsed parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                return new Parsed(null, new RequestError(FIELD, "is empty text; leave the column null for no extensions"));
            }
            return new Parsed(node, null);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Parsed(null, new RequestError(FIELD, "is not valid JSON text" + where
                    + "; the column holds the extensions object as JSON, such as {\"source\": \"claims-2026\"}"));
        }
    }

    /** The JSON text of a request's extensions; null when it has none, so the column is null. */
    static String write(Map<String, Object> extensions) {
        if (extensions.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(extensions);
        } catch (JsonProcessingException e) {
            // a request read from JSON holds only maps, lists, text, numbers and booleans
            throw new IllegalStateException("extensions cannot be written as JSON", e);
        }
    }
}
