package io.coverkit.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request text read from bytes that must be UTF-8, and where they are not: the offset of the first
 * byte that is not UTF-8, and its line and column, so that a user can find it in an editor.
 */
public final class Utf8Text {

    private Utf8Text() {}

    /** Bytes that are not UTF-8, and where the first bad byte is. */
    public static final class Malformed extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        private final long offset;
        private final int value;
        private final long line;
        private final long column;

        Malformed(long offset, int value, long line, long column) {
            this.offset = offset;
            this.value = value;
            this.line = line;
            this.column = column;
        }

        /** The first bad byte's offset from the start, counting from 0. */
        public long offset() {
            return offset;
        }

        /** The line of the first bad byte, counting from 1. */
        public long line() {
            return line;
        }

        /** The column of the first bad byte in characters, counting from 1. */
        public long column() {
            return column;
        }

        /** Where the first bad byte is, such as {@code byte 0xE9 at offset 2 (line 1, column 3) is not UTF-8}. */
        @Override
        public String getMessage() {
            return String.format("byte 0x%02X at offset %d (line %d, column %d) is not UTF-8", value, offset, line, column);
        }
    }

    /** The text of {@code bytes}, which must be UTF-8 throughout. */
    public static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw at(bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw at(bytes, in.position());
        }
        return out.flip().toString();
    }

    // Lines end at '\n'; a column counts the characters (code points) before the byte on its line.
    // Every byte before the offset is UTF-8, so a character starts at each byte that is not a
    // continuation byte (10xxxxxx).
    private static Malformed at(byte[] bytes, int offset) {
        long line = 1;
        long column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Malformed(offset, bytes[Math.min(offset, bytes.length - 1)] & 0xFF, line, column);
    }
}
