package io.coverkit.api;

import io.coverkit.json.RequestBounds;
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
 *
 * <p>A line longer than the longest a request may be ({@link RequestBounds#MAX_REQUEST_BYTES}) is
 * never held whole: the chunker reads on to its end counting bytes and hands it on as a chunk of
 * one line that the cursor refuses ({@link TooLong}). So a chunk holds at most the bound and one
 * read's worth of bytes, whatever the stream's longest line.
 */
final class LineChunker {

    /** Bytes read for a chunk before it is cut at its last line end: about 140 requests of the bench's size. */
    static final int CHUNK_BYTES = 64 * 1024;

    /**
     * Whole lines: {@code bytes[0, length)} holds {@code count} lines, each ended by {@code '\n'}
     * except perhaps the stream's last; or, when {@code skipped} is positive, one line of that many
     * bytes that was too long to keep (then {@code bytes} is empty).
     */
    record Lines(byte[] bytes, int length, int count, long skipped) {

        Lines(byte[] bytes, int length, int count) {
            this(bytes, length, count, 0);
        }

        /** The bytes of the stream these lines took, their line ends included. */
        long size() {
            return skipped > 0 ? skipped : length;
        }

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
         * @throws TooLong when the line was too long to keep
         */
        String next() throws Refused {
            if (lines.skipped() > 0) {
                throw new TooLong(lines.skipped());
            }
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

    /** A line the cursor cannot hand out as text; its message says why, for the line's error record. */
    abstract static class Refused extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A line longer than a request may be, skipped without being kept. */
    static final class TooLong extends Refused {
        private static final long serialVersionUID = 1L;
        private final long length;
        private final String unit;

        /** A line of {@code bytes} bytes. */
        TooLong(long bytes) {
            this(bytes, "bytes");
        }

        /** A line of {@code length} in {@code unit}: bytes, or characters where a reader was read. */
        TooLong(long length, String unit) {
            this.length = length;
            this.unit = unit;
        }

        /** The line's length, without its line end. */
        long length() {
            return length;
        }

        @Override
        public String getMessage() {
            return "the line is too long: " + length + " " + unit + ", more than the largest request, " + RequestBounds.MAX_REQUEST_BYTES
                    + " bytes (1 MiB) of UTF-8; it was skipped without being kept";
        }
    }

    /** A line whose bytes are not UTF-8. */
    static final class NotUtf8 extends Refused {
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
    private final int maxLineBytes;
    // Bytes read past the last chunk's last line end: the start of the next chunk.
    private byte[] carry = new byte[0];
    private int carried;
    private boolean ended;
    // What stopped the reading, reported after the whole lines read before it.
    private Throwable failure;

    /** Chunks of {@code in}, each cut from about {@code chunkBytes} bytes read; lines longer than a request are skipped. */
    LineChunker(InputStream in, int chunkBytes) {
        this(in, chunkBytes, RequestBounds.MAX_REQUEST_BYTES);
    }

    /** As {@link #LineChunker(InputStream, int)}, skipping lines longer than {@code maxLineBytes}. */
    LineChunker(InputStream in, int chunkBytes, int maxLineBytes) {
        this.in = in;
        this.chunkBytes = chunkBytes;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next chunk of whole lines, or null at the end of the stream. */
    Lines next() throws IOException {
        if (failure != null) {
            rethrow(failure);
        }
        if (carried > maxLineBytes + 1L && lastLineEnd(carry, carried) < 0) {
            // The last chunk ended with the start of a line already past the bound.
            int held = carried;
            carried = 0;
            return new Lines(new byte[0], 0, 1, skip(carry, held));
        }
        byte[] buffer = new byte[Math.max(chunkBytes, carried + chunkBytes / 2)];
        System.arraycopy(carry, 0, buffer, 0, carried);
        int filled = carried;
        carried = 0;
        while (true) {
            try {
                while (filled < buffer.length && !ended) {
                    int n = in.read(buffer, filled, buffer.length - filled);
                    if (n < 0) {
                        ended = true;
                    } else {
                        filled += n;
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                // The whole lines read before the failure are handed out first, so that none of
                // them is lost; the next call reports the failure.
                int cut = lastLineEnd(buffer, filled);
                if (cut <= 0) {
                    throw e;
                }
                failure = e;
                return new Lines(buffer, cut, lineCount(buffer, cut));
            }
            int cut = lastLineEnd(buffer, filled);
            if (cut < 0 && filled > maxLineBytes + 1L) {
                // The buffer holds the start of one line, past the bound even without a '\r' before
                // its end: too long for a request. Count the rest rather than keep it.
                return new Lines(new byte[0], 0, 1, skip(buffer, filled));
            }
            if (cut < 0 && !ended) {
                // Longer than a chunk but perhaps a request: read on until it ends.
                buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, maxLineBytes + 2L));
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

    /**
     * Reads on to the end of the line that fills {@code buffer[0, filled)}, keeping no more than one
     * read of it; returns its length without its line end, and keeps what follows for the next chunk.
     */
    private long skip(byte[] buffer, int filled) throws IOException {
        long length = filled;
        byte last = buffer[filled - 1];
        while (true) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                ended = true;
                return last == '\r' ? length - 1 : length;
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    length += i;
                    byte before = i > 0 ? buffer[i - 1] : last;
                    keep(buffer, i + 1, n);
                    return before == '\r' ? length - 1 : length;
                }
            }
            if (n > 0) {
                length += n;
                last = buffer[n - 1];
            }
        }
    }

    /** Throws a failure kept from an earlier read, as it was thrown then. */
    static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw (RuntimeException) failure;
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
