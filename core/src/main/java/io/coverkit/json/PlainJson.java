package io.coverkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads well-formed JSON of the plain kind requests are written in (objects, arrays, strings, whole
 * numbers of up to nine digits, true, false and null) into the same tree of Jackson nodes that
 * {@link BoundedJson} builds with Jackson's parser, without setting up that parser: a command reads
 * one request in a fresh JVM, where Jackson's factory and parser cost more than the reading.
 *
 * <p>Anything else (a syntax error, a field twice in one object, a fraction or an exponent, a long
 * number, nesting past the bound) is not read here at all: {@link #read} returns null and the text
 * goes to Jackson, which words the error, so no error is ever this class's.
 */
final class PlainJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Thrown to stop at the first thing this reader leaves to Jackson; carries no stack trace. */
    private static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private int at;

    private PlainJson(String text) {
        this.text = text;
    }

    /** The tree of {@code text}, or null when it is not plain, well-formed JSON. */
    static JsonNode read(String text) {
        PlainJson reader = new PlainJson(text);
        try {
            JsonNode root = reader.value(1);
            reader.space();
            return reader.at == text.length() ? root : null;
        } catch (NotPlain e) {
            return null;
        }
    }

    private JsonNode value(int depth) {
        space();
        switch (peek()) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return NODES.textNode(string());
            case 't':
                word("true");
                return NODES.booleanNode(true);
            case 'f':
                word("false");
                return NODES.booleanNode(false);
            case 'n':
                word("null");
                return NODES.nullNode();
            default:
                return NODES.numberNode(number());
        }
    }

    private ObjectNode object(int depth) {
        nested(depth);
        at++;
        ObjectNode node = NODES.objectNode();
        space();
        if (peek() == '}') {
            at++;
            return node;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw NotPlain.INSTANCE;
            }
            String name = string();
            space();
            expect(':');
            if (node.has(name)) {
                throw NotPlain.INSTANCE;
            }
            node.set(name, value(depth + 1));
            space();
            if (next() == '}') {
                return node;
            }
            back(',');
        }
    }

    private ArrayNode array(int depth) {
        nested(depth);
        at++;
        ArrayNode node = NODES.arrayNode();
        space();
        if (peek() == ']') {
            at++;
            return node;
        }
        while (true) {
            node.add(value(depth + 1));
            space();
            if (next() == ']') {
                return node;
            }
            back(',');
        }
    }

    private String string() {
        at++;
        StringBuilder s = null;
        int start = at;
        while (true) {
            char c = next();
            if (c == '"') {
                return s == null ? text.substring(start, at - 1) : s.toString();
            }
            if (c < 0x20) {
                throw NotPlain.INSTANCE;
            }
            if (c == '\\') {
                if (s == null) {
                    s = new StringBuilder(text.substring(start, at - 1));
                }
                s.append(escaped(next()));
            } else if (s != null) {
                s.append(c);
            }
        }
    }

    private char escaped(char c) {
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> (char) (hex() << 12 | hex() << 8 | hex() << 4 | hex());
            default -> throw NotPlain.INSTANCE;
        };
    }

    private int hex() {
        int digit = Character.digit(next(), 16);
        if (digit < 0) {
            throw NotPlain.INSTANCE;
        }
        return digit;
    }

    // -?(0|[1-9][0-9]{0,8}), and not followed by a fraction or an exponent: such a number is an int.
    private int number() {
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        int start = at;
        int value = 0;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            value = value * 10 + (text.charAt(at++) - '0');
        }
        int digits = at - start;
        if (digits == 0 || digits > 9 || digits > 1 && text.charAt(start) == '0'
                || at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            throw NotPlain.INSTANCE;
        }
        return negative ? -value : value;
    }

    private void word(String word) {
        if (!text.startsWith(word, at)) {
            throw NotPlain.INSTANCE;
        }
        at += word.length();
    }

    private void nested(int depth) {
        if (depth > RequestBounds.MAX_DEPTH) {
            throw NotPlain.INSTANCE;
        }
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw NotPlain.INSTANCE;
        }
    }

    // After a value, the separator read was not the closing one: it must be a comma.
    private void back(char separator) {
        if (text.charAt(at - 1) != separator) {
            throw NotPlain.INSTANCE;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw NotPlain.INSTANCE;
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }
}
