package io.coverkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where {@link DeterminationWriter} writes: {@link PrettyJson}'s indented text for a command, or a
 * Jackson generator for a batch's compact records, so a determination's fields and their order are
 * written down once.
 */
interface JsonSink {
    JsonSink startObject();

    JsonSink endObject();

    JsonSink startArray();

    JsonSink endArray();

    /** The name of the next field of the object being written. */
    JsonSink name(String name);

    /** A string value, or null. */
    JsonSink string(String value);

    JsonSink number(long value);

    default JsonSink field(String name, String value) {
        return name(name).string(value);
    }

    /** A sink writing through {@code generator}; its I/O errors come out as {@link UncheckedIOException}. */
    static JsonSink of(JsonGenerator generator) {
        return new Generated(generator);
    }

    /** A Jackson generator as a sink. */
    final class Generated implements JsonSink {
        private final JsonGenerator g;

        private Generated(JsonGenerator g) {
            this.g = g;
        }

        // Each method catches for itself rather than taking a lambda: a batch writes some twenty
        // values a record, and a capturing lambda each would be an allocation each.
        @Override
        public JsonSink startObject() {
            try {
                g.writeStartObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink endObject() {
            try {
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink startArray() {
            try {
                g.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink endArray() {
            try {
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink name(String name) {
            try {
                g.writeFieldName(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink string(String value) {
            try {
                g.writeString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink number(long value) {
            try {
                g.writeNumber(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }
}
