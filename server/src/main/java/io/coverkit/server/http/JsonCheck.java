package io.coverkit.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Whether a request body is one well-formed JSON object, read with Jackson's streaming parser (no
 * tree is built), so every endpoint can count on that and a malformed body is answered 400 in one
 * place, naming the line and column.
 */
final class JsonCheck {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonCheck() {}

    /** What is wrong with {@code body} as a JSON object, or empty when nothing is. */
    static Optional<String> problem(byte[] body) {
        if (body.length == 0) {
            return Optional.of("the request body is empty; a JSON object is expected");
        }
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return Optional.of("the request body is not a JSON object" + at(p.currentTokenLocation()));
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                return Optional.of("the request body has content after its JSON object" + at(p.currentTokenLocation()));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("the request body is not well-formed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return Optional.of("the request body cannot be read as JSON");
        }
    }

    private static String at(JsonLocation where) {
        if (where == null || where.getLineNr() < 0) {
            return "";
        }
        return " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }
}
