package io.coverkit.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An input stream of NDJSON made as it is read: pieces of text and runs of one byte repeated, so a
 * test can stream a line of hundreds of megabytes without holding it or keeping a file of it.
 */
final class GeneratedLines extends InputStream {

    private record Piece(byte[] bytes, byte repeated, long count) {
        long length() {
            return bytes != null ? bytes.length : count;
        }
    }

    private final List<Piece> pieces = new ArrayList<>();
    private int piece;
    private long offset;

    /** Appends text. */
    GeneratedLines text(String text) {
        pieces.add(new Piece(text.getBytes(StandardCharsets.UTF_8), (byte) 0, 0));
        return this;
    }

    /** Appends {@code count} copies of {@code c}. */
    GeneratedLines repeat(char c, long count) {
        pieces.add(new Piece(null, (byte) c, count));
        return this;
    }

    /** The stream's length in bytes. */
    long length() {
        return pieces.stream().mapToLong(Piece::length).sum();
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (piece < pieces.size() && offset == pieces.get(piece).length()) {
            piece++;
            offset = 0;
        }
        if (piece == pieces.size()) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        Piece p = pieces.get(piece);
        int n = (int) Math.min(len, p.length() - offset);
        if (p.bytes() != null) {
            System.arraycopy(p.bytes(), (int) offset, b, off, n);
        } else {
            Arrays.fill(b, off, off + n, p.repeated());
        }
        offset += n;
        return n;
    }
}
