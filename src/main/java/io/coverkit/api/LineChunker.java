package io.coverkit.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream of NDJSON into chunks of whole lines, left undecoded: a batch's reading thread
 * only reads, finds line ends and counts them, and the workers decode the lines, so the one thread
 * every chunk passes through does the least it can.
 *
 * <p>A line ends at {@code '\n'}, and a {@code '\r'} just before it is dropped, as NDJSON defines
 * lines; the last line of the stream needs no end. A line is decoded as UTF-8 only on the worker,
 * strictly: bytes that are not UTF-8 make that one line an error, never the stream.
 */
final class LineChunker {

    /** Bytes read for a chunk before it is cut at its last line end: about 140 requests of the bench's size. */
    static final int CHUNK_BYTES = 64 * 1024;

    /**
     * Whole lines: {@code bytes[0, length)} holds {@code count} lines, each ended by {@code '\n'}
     * except perhaps the stream's last.
     */
    record Lines(byte[] bytes, int length, int count) {

        /** A reader of these lines, in order. */
        Cursor cursor() {
            return new Cursor(this);
        }
    }

    /** Reads the lines of a chunk one after another. */
    static final class Cursor {
        private final Lines lines;
        private int next;

        private Cursor(Lines lines) {
            this.lines = lines;
        }

        /**
         * The next line, decoded.
         *
         * @throws NotUtf8 when the line is not UTF-8; the cursor has moved past it
         */
        String next() throws NotUtf8 {
            byte[] b = lines.bytes();
            int from = next;
            int end = from;
            while (end < lines.length() && b[end] != '\n') {
                end++;
            }
            next = end + 1;
            int to = end > from && b[end - 1] == '\r' ? end - 1 : end;
            return decode(b, from, to);
        }
    }

    /** A line whose bytes are not UTF-8. */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final int at;

        NotUtf8(int at) {
            this.at = at;
        }

        /** The position in the line of the first byte that is not UTF-8, counted from 1. */
        int at() {
            return at;
        }

        @Override
        public String getMessage() {
            return "the line is not valid UTF-8 at byte " + at;
        }
    }

    /**
     * The UTF-8 text of {@code bytes[from, to)}; refuses bytes that are not UTF-8 rather than
     * replacing them, as a batch must not decide a request it did not read as sent.
     */
    static String decode(byte[] bytes, int from, int to) throws NotUtf8 {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        // The fast constructor replaces what is not UTF-8 with U+FFFD; where one shows, decode
        // strictly to tell a replacement from a U+FFFD the line really holds.
        if (text.indexOf('\uFFFD') >= 0) {
            ByteBuffer line = ByteBuffer.wrap(bytes, from, to - from);
            try {
                StandardCharsets.UTF_8.newDecoder().decode(line);
            } catch (CharacterCodingException e) {
                // The strict decoder stops where the bytes stop being UTF-8.
                throw new NotUtf8(line.position() - from + 1);
            }
        }
        return text;
    }

    private final InputStream in;
    private final int chunkBytes;
    // Bytes read past the last chunk's last line end: the start of the next chunk.
    private byte[] carry = new byte[0];
    private int carried;
    private boolean ended;

    /** Chunks of {@code in}, each cut from about {@code chunkBytes} bytes read. */
    LineChunker(InputStream in, int chunkBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
    }

    /** The next chunk of whole lines, or null at the end of the stream. */
    Lines next() throws IOException {
        byte[] buffer = new byte[Math.max(chunkBytes, carried + chunkBytes / 2)];
        System.arraycopy(carry, 0, buffer, 0, carried);
        int filled = carried;
        carried = 0;
        while (true) {
            while (filled < buffer.length && !ended) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    ended = true;
                } else {
                    filled += n;
                }
            }
            int cut = lastLineEnd(buffer, filled);
            if (cut < 0 && !ended) {
                // One line longer than a chunk: read on until it ends.
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                continue;
            }
            if (ended) {
                cut = filled;
            }
            if (cut == 0) {
                return null;
            }
            keep(buffer, cut, filled);
            return new Lines(buffer, cut, lineCount(buffer, cut));
        }
    }

    /** The position just after the last {@code '\n'} in {@code bytes[0, length)}, or -1. */
    private static int lastLineEnd(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Lines in {@code bytes[0, length)}: one per {@code '\n'}, and one more for a last line without it. */
    private static int lineCount(byte[] bytes, int length) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return bytes[length - 1] == '\n' ? count : count + 1;
    }

    /** Keeps {@code bytes[cut, filled)} for the next chunk. */
    private void keep(byte[] bytes, int cut, int filled) {
        carried = filled - cut;
        if (carry.length < carried) {
            carry = new byte[Math.max(carried, carry.length * 2)];
        }
        System.arraycopy(bytes, cut, carry, 0, carried);
    }
}
