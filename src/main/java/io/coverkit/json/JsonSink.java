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

        private interface Write {
            void run() throws IOException;
        }

        private JsonSink write(Write write) {
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @Override
        public JsonSink startObject() {
            return write(g::writeStartObject);
        }

        @Override
        public JsonSink endObject() {
            return write(g::writeEndObject);
        }

        @Override
        public JsonSink startArray() {
            return write(g::writeStartArray);
        }

        @Override
        public JsonSink endArray() {
            return write(g::writeEndArray);
        }

        @Override
        public JsonSink name(String name) {
            return write(() -> g.writeFieldName(name));
        }

        @Override
        public JsonSink string(String value) {
            return write(() -> g.writeString(value));
        }

        @Override
        public JsonSink number(long value) {
            return write(() -> g.writeNumber(value));
        }
    }
}
