package io.coverkit.api;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A batch worker's record text: a growable char buffer that a chunk's records are written into,
 * kept and reset from chunk to chunk, then taken as a string or encoded to UTF-8.
 *
 * <p>A fresh {@link java.io.StringWriter} per chunk allocated its initial buffer, copied it as it
 * grew, copied it again into a string and once more into bytes: about a fifth of everything a
 * batch allocated. Kept by one thread, this buffer grows to the largest chunk once; taking the
 * records out copies them exactly once. Not thread-safe (it is one worker's) and not synchronized,
 * unlike {@link java.io.CharArrayWriter}.
 */
final class RecordBuffer extends Writer {

    private char[] chars = new char[64 * 1024];
    private int length;
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    // As String.getBytes encodes: an unpaired surrogate (a request may carry one as an escape)
    // becomes the encoder's replacement, '?', rather than failing the chunk.
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);

    /** Empties the buffer for the next chunk, keeping its room. */
    RecordBuffer reset() {
        length = 0;
        return this;
    }

    @Override
    public void write(char[] source, int offset, int count) {
        room(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String source, int offset, int count) {
        room(count);
        source.getChars(offset, offset + count, chars, length);
        length += count;
    }

    @Override
    public void write(int c) {
        room(1);
        chars[length++] = (char) c;
    }

    private void room(int count) {
        if (count > chars.length - length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
    }

    /** The text written since the last {@link #reset}. */
    String text() {
        return new String(chars, 0, length);
    }

    /** The text written since the last {@link #reset}, encoded to UTF-8 exactly as {@code text().getBytes(UTF_8)} would be. */
    byte[] utf8() {
        // Three bytes per char at most: a pair of surrogates takes four bytes for two chars.
        if (bytes.capacity() < length * 3) {
            bytes = ByteBuffer.allocate(Math.max(length * 3, bytes.capacity() * 2));
        }
        bytes.clear();
        utf8.reset();
        CharBuffer in = CharBuffer.wrap(chars, 0, length);
        CoderResult result = utf8.encode(in, bytes, true);
        if (!result.isUnderflow()) {
            throw new IllegalStateException("a buffer of three bytes per char holds any UTF-8 encoding: " + result);
        }
        utf8.flush(bytes);
        return Arrays.copyOf(bytes.array(), bytes.position());
    }

    @Override
    public void flush() {
        // Nothing to flush: the text stays in memory until it is taken.
    }

    @Override
    public void close() {
        // Kept open: the worker reuses it for its next chunk.
    }
}
