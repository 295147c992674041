package io.coverkit.json;

import static io.coverkit.json.RequestBounds.MAX_ARRAY_ITEMS;
import static io.coverkit.json.RequestBounds.MAX_DEPTH;
import static io.coverkit.json.RequestBounds.MAX_FIELDS;
import static io.coverkit.json.RequestBounds.MAX_NAME_LENGTH;
import static io.coverkit.json.RequestBounds.MAX_NUMBER_LENGTH;
import static io.coverkit.json.RequestBounds.MAX_REQUEST_BYTES;
import static io.coverkit.json.RequestBounds.MAX_STRING_LENGTH;
import static io.coverkit.json.RequestBounds.MAX_VALUES;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a tree while keeping to {@link RequestBounds}, and checks a tree built
 * elsewhere against the same bounds. The text is read one token at a time and the first bound it
 * passes stops the reading, so an oversized request costs no more than the bound itself: no
 * oversized tree, string or number is ever built.
 *
 * <p>Every problem becomes one {@link RequestError}: a bound names the field at fault (or
 * {@code $} for the size and depth of the whole request) and, for text, the line and column; a
 * syntax error is worded for the caller, never in Jackson's terms.
 */
final class BoundedJson {

    /** Jackson's parser factory, made the first time text is not plain JSON (see {@link PlainJson}). */
    private static final class Parsers {
        /**
         * Jackson's own constraints are backstops only: the checks below are exact, name the field and
         * fire first (Jackson's nesting check fires as a token is read, so it is set one level deeper).
         */
        static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_REQUEST_BYTES)
                        .maxNestingDepth(MAX_DEPTH + 1)
                        .maxStringLength(MAX_REQUEST_BYTES)
                        .maxNameLength(MAX_REQUEST_BYTES)
                        .maxNumberLength(MAX_REQUEST_BYTES)
                        .build())
                .build();
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A tree (null when the text holds no value at all), or the one reason there is none. */
    record Parsed(JsonNode root, RequestError error) {}

    private BoundedJson() {}

    /** Reads JSON text, at most one value, within the bounds. */
    static Parsed parse(String json) {
        if (json == null) {
            return new Parsed(null, null);
        }
        RequestError tooLarge = sizeError(json);
        if (tooLarge != null) {
            return new Parsed(null, tooLarge);
        }
        // Plain, well-formed text within the bounds is the same tree either way; everything else,
        // errors above all, is read by Jackson's parser below, which alone words errors.
        JsonNode plain = PlainJson.read(json);
        if (plain != null && check(plain) == null) {
            return new Parsed(plain, null);
        }
        try (JsonParser parser = Parsers.FACTORY.createParser(json)) {
            Walk walk = new Walk(parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Parsed(null, null);
            }
            JsonNode root = walk.read(first, 1);
            if (parser.nextToken() != null) {
                return new Parsed(null, new RequestError("$", "not valid JSON" + at(parser.currentTokenLocation())
                        + ": unexpected content after the request object"));
            }
            return new Parsed(root, null);
        } catch (OutOfBounds e) {
            return new Parsed(null, e.error);
        } catch (StreamConstraintsException e) {
            // a backstop fired, which the exact checks should have made impossible
            return new Parsed(null, new RequestError("$", "the request is too large to read"));
        } catch (JsonProcessingException e) {
            return new Parsed(null, syntaxError(e));
        } catch (IOException e) {
            // reading a String cannot fail, but the parser's signature says it might
            return new Parsed(null, new RequestError("$", "the request cannot be read"));
        }
    }

    /** The first bound a tree passes, in document order, or null when it keeps to them all. */
    static RequestError check(JsonNode root) {
        try {
            new Walk(null).check(root, 1);
            return null;
        } catch (OutOfBounds e) {
            return e.error;
        }
    }

    /** The size bound, in bytes of UTF-8, with the line and column where the text passes it. */
    static RequestError sizeError(String json) {
        if (json.length() <= MAX_REQUEST_BYTES / 3) {
            return null; // no character takes more than 3 bytes (a surrogate pair takes 4 for 2)
        }
        long bytes = 0;
        int line = 1;
        int column = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            column++;
            if (bytes > MAX_REQUEST_BYTES) {
                return new RequestError("$", "the request is larger than " + MAX_REQUEST_BYTES
                        + " bytes (1 MiB) of UTF-8; it passes that size at line " + line + ", column " + column);
            }
            if (c == '\n' || (c == '\r' && (i + 1 == json.length() || json.charAt(i + 1) != '\n'))) {
                line++;
                column = 0;
            }
        }
        return null;
    }

    private static String at(JsonLocation where) {
        return where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /**
     * A syntax error in plain words, at its line and column. Jackson's own messages name its
     * classes and features, which mean nothing to the caller, so they are reworded here; a
     * duplicate key is reported at the path of the repeated field.
     */
    static RequestError syntaxError(JsonProcessingException e) {
        String place = at(e.getLocation());
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field '") && e.getProcessor() instanceof JsonParser parser) {
            String field = fieldPath(parser.getParsingContext());
            if (!field.isEmpty()) {
                return new RequestError(field, "field appears more than once" + place);
            }
        }
        String reason = original.replaceAll("\\s*\\(code [^)]*\\)", "")
                .replaceAll(":\\s*enable `[^`]*` to allow.*$", "")
                .replaceAll("\\s*\\(bound as [^)]*\\)", "")
                .replaceAll("\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                .replaceAll("\\s*\\((?:for \\w+ starting at|start marker at) \\[Source:.*$", "")
                .replaceAll("\\s*\\[Source:.*$", "")
                .strip();
        if (!reason.isEmpty()) {
            reason = FieldPath.shown(Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
        }
        return new RequestError("$", "not valid JSON" + place + (reason.isEmpty() ? "" : ": " + reason));
    }

    /** The path of the parser's current field, such as {@code procedures[0].code}; empty at the top. */
    private static String fieldPath(JsonStreamContext context) {
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add(0, Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                steps.add(0, c.getCurrentName());
            }
        }
        return render(steps);
    }

    /** Steps (names and indices) as a field path, such as {@code procedures[0].code}; empty at the top. */
    private static String render(List<Object> steps) {
        String path = "";
        for (Object step : steps) {
            path = step instanceof Integer index ? FieldPath.item(path, index) : FieldPath.field(path, (String) step);
        }
        return path;
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /** A bound passed: unwinds the walk at once. No stack trace, as it is an answer, not a fault. */
    private static final class OutOfBounds extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RequestError error;

        OutOfBounds(RequestError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /**
     * One walk over a request, from a parser (text) or over a tree, keeping the path of the value
     * at hand and the count of values so far. Both kinds of walk check the same bounds in the same
     * order, so text and tree are refused for the same reason; only text has lines and columns.
     */
    private static final class Walk {
        private final JsonParser parser;
        private final List<Object> path = new ArrayList<>();
        private int values;

        Walk(JsonParser parser) {
            this.parser = parser;
        }

        // --- text -----------------------------------------------------------------------------

        JsonNode read(JsonToken token, int depth) throws IOException {
            if (token == null) {
                throw new OutOfBounds(new RequestError("$", "not valid JSON" + where() + ": unexpected end of input"));
            }
            counted();
            switch (token) {
                case START_OBJECT:
                    return readObject(depth);
                case START_ARRAY:
                    return readArray(depth);
                case VALUE_STRING:
                    return NODES.textNode(string(parser.getTextLength() > MAX_STRING_LENGTH, parser.getText()));
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    number(parser.getTextLength());
                    return readNumber(token);
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new OutOfBounds(new RequestError("$", "not valid JSON" + where() + ": unexpected " + token));
            }
        }

        /**
         * A number of at most {@link RequestBounds#MAX_NUMBER_LENGTH} characters as a node; one whose
         * exponent is beyond what a decimal can hold (such as {@code 1e2147483648}) is refused.
         */
        private JsonNode readNumber(JsonToken token) throws IOException {
            try {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    return NODES.numberNode(parser.getDecimalValue());
                }
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw new OutOfBounds(new RequestError(here(), "is a number whose exponent is out of range" + where()));
            }
        }

        private ObjectNode readObject(int depth) throws IOException {
            deepest(depth);
            ObjectNode node = NODES.objectNode();
            int fields = 0;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                field(++fields, name);
                path.add(name);
                node.set(name, read(parser.nextToken(), depth + 1));
                path.remove(path.size() - 1);
            }
            if (token != JsonToken.END_OBJECT) {
                // the parser reports a malformed object itself; this is only a guard
                throw new OutOfBounds(new RequestError("$", "not valid JSON" + where() + ": unexpected end of an object"));
            }
            return node;
        }

        private ArrayNode readArray(int depth) throws IOException {
            deepest(depth);
            ArrayNode node = NODES.arrayNode();
            JsonToken token;
            for (int i = 0; (token = parser.nextToken()) != JsonToken.END_ARRAY; i++) {
                item(i);
                path.add(i);
                node.add(read(token, depth + 1));
                path.remove(path.size() - 1);
            }
            return node;
        }

        // --- tree -----------------------------------------------------------------------------

        void check(JsonNode node, int depth) {
            counted();
            if (node.isObject()) {
                deepest(depth);
                int fields = 0;
                Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    field(++fields, entry.getKey());
                    path.add(entry.getKey());
                    check(entry.getValue(), depth + 1);
                    path.remove(path.size() - 1);
                }
            } else if (node.isArray()) {
                deepest(depth);
                for (int i = 0; i < node.size(); i++) {
                    item(i);
                    path.add(i);
                    check(node.get(i), depth + 1);
                    path.remove(path.size() - 1);
                }
            } else if (node.isTextual()) {
                string(node.textValue().length() > MAX_STRING_LENGTH, node.textValue());
            } else if (node.isBigInteger() || node.isBigDecimal()) {
                number(node.numberValue().toString().length());
            }
        }

        // --- the bounds, shared by both walks -------------------------------------------------

        private void counted() {
            if (++values > MAX_VALUES) {
                fail("$", "the request has more than " + MAX_VALUES
                        + " values (objects, arrays, strings, numbers, booleans and nulls); at most " + MAX_VALUES
                        + " are allowed" + where());
            }
        }

        private void deepest(int depth) {
            if (depth > MAX_DEPTH) {
                fail("$", "objects and arrays are nested more than " + MAX_DEPTH + " deep" + where() + ", in `"
                        + render(path) + "`");
            }
        }

        private void field(int count, String name) {
            if (count > MAX_FIELDS) {
                fail(here(), "has more than " + MAX_FIELDS + " fields; at most " + MAX_FIELDS + " are allowed" + where());
            }
            if (name.length() > MAX_NAME_LENGTH && codePoints(name) > MAX_NAME_LENGTH) {
                fail(here(), "has a field name of " + codePoints(name) + " characters; at most " + MAX_NAME_LENGTH
                        + " are allowed" + where());
            }
        }

        private void item(int index) {
            if (index >= MAX_ARRAY_ITEMS) {
                fail(here(), "has more than " + MAX_ARRAY_ITEMS + " items; at most " + MAX_ARRAY_ITEMS + " are allowed"
                        + where());
            }
        }

        /** Checks a string's length; {@code mayBeTooLong} spares counting code points in short ones. */
        private String string(boolean mayBeTooLong, String text) {
            if (mayBeTooLong && codePoints(text) > MAX_STRING_LENGTH) {
                fail(here(), "is a string of " + codePoints(text) + " characters; at most " + MAX_STRING_LENGTH
                        + " are allowed" + where());
            }
            return text;
        }

        private void number(int length) {
            if (length > MAX_NUMBER_LENGTH) {
                fail(here(), "is a number of " + length + " characters; at most " + MAX_NUMBER_LENGTH + " are allowed"
                        + where());
            }
        }

        private String here() {
            String field = render(path);
            return field.isEmpty() ? "$" : field;
        }

        private String where() {
            return parser == null ? "" : at(parser.currentTokenLocation());
        }

        private static void fail(String field, String message) {
            throw new OutOfBounds(new RequestError(field, message));
        }
    }
}
