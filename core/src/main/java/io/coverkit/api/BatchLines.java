package io.coverkit.api;

import io.coverkit.json.RequestBounds;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link Batch}'s lines come from: chunks of lines of a reader or of a byte stream, each
 * read one line after another by the worker that decides it. Neither form ever holds a line longer
 * than a request may be ({@link RequestBounds#MAX_REQUEST_BYTES}): such a line is counted to its
 * end and handed on as a line the worker refuses, so a batch's memory does not grow with its
 * longest line.
 */
final class BatchLines {

    private BatchLines() {}

    /** Where a batch's chunks of lines come from. */
    @FunctionalInterface
    interface Source {
        /** The next chunk of lines, or null at the end. */
        Input next() throws IOException;
    }

    /** A chunk's lines, read one after another by the worker that decides them. */
    interface Input {
        /** How many lines. */
        int count();

        /** How much input they took: characters, or bytes. */
        long size();

        /**
         * The next line; a line that cannot be read as text (too long, or bytes that are not UTF-8)
         * throws, and the next call reads the line after it.
         */
        String next() throws LineChunker.Refused;
    }

    /** The lines of a reader, in chunks of {@code chunk} lines. */
    static Source text(Reader in, int chunk) {
        TextReader reader = new TextReader(in, RequestBounds.MAX_REQUEST_BYTES);
        return () -> {
            List<TextLine> lines = new ArrayList<>(chunk);
            TextLine line;
            try {
                while (lines.size() < chunk && (line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException | RuntimeException | Error e) {
                // The lines read before the failure are handed out first; the next call reports it.
                if (lines.isEmpty()) {
                    throw e;
                }
                reader.failed(e);
            }
            return lines.isEmpty() ? null : new TextLines(lines);
        };
    }

    /** The lines of a byte stream, in chunks of about {@link LineChunker#CHUNK_BYTES}, decoded by the workers. */
    static Source bytes(InputStream in) {
        LineChunker chunker = new LineChunker(in, LineChunker.CHUNK_BYTES);
        return () -> {
            LineChunker.Lines lines = chunker.next();
            return lines == null ? null : new ByteLines(lines);
        };
    }

    /** A line of a reader: its text, or, for a line too long to keep, its length in characters. */
    record TextLine(String text, long skipped) {}

    /**
     * Reads lines as {@link java.io.BufferedReader#readLine} does (ended by {@code \n}, {@code \r}
     * or {@code \r\n}), keeping at most {@code maxChars} characters of a line: a longer one is
     * counted to its end. A character is at least one byte of UTF-8, so a line of more characters
     * than the request bound has more bytes too.
     */
    static final class TextReader {
        private final Reader in;
        private final int maxChars;
        private final char[] buffer = new char[8192];
        private int position;
        private int end;
        private boolean afterCr;
        private Throwable failure;

        TextReader(Reader in, int maxChars) {
            this.in = in;
            this.maxChars = maxChars;
        }

        /** Keeps {@code e} to throw at the next line asked for. */
        void failed(Throwable e) {
            failure = e;
        }

        /** The next line, or null at the end of the text. */
        TextLine readLine() throws IOException {
            if (failure != null) {
                LineChunker.rethrow(failure);
            }
            StringBuilder line = null;
            long length = 0;
            while (true) {
                if (position == end) {
                    end = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (end <= 0) {
                        end = 0;
                        return line == null ? null : made(line, length);
                    }
                }
                if (afterCr && buffer[position] == '\n') {
                    position++;
                    afterCr = false;
                    continue;
                }
                afterCr = false;
                if (line == null) {
                    line = new StringBuilder();
                }
                int from = position;
                while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                    position++;
                }
                int taken = position - from;
                if (length + taken <= maxChars) {
                    line.append(buffer, from, taken);
                } else if (length <= maxChars) {
                    // Past the bound: let go of what was kept and only count from here on.
                    line.setLength(0);
                    line.trimToSize();
                }
                length += taken;
                if (position < end) {
                    afterCr = buffer[position] == '\r';
                    position++;
                    return made(line, length);
                }
            }
        }

        private TextLine made(StringBuilder line, long length) {
            return length > maxChars ? new TextLine(null, length) : new TextLine(line.toString(), 0);
        }
    }

    /** Lines a reader has read. */
    private static final class TextLines implements Input {
        private final List<TextLine> lines;
        private int next;

        TextLines(List<TextLine> lines) {
            this.lines = lines;
        }

        @Override
        public int count() {
            return lines.size();
        }

        @Override
        public long size() {
            long chars = 0;
            for (TextLine line : lines) {
                chars += (line.text() == null ? line.skipped() : line.text().length()) + 1;
            }
            return chars;
        }

        @Override
        public String next() throws LineChunker.TooLong {
            TextLine line = lines.get(next++);
            if (line.text() == null) {
                throw new LineChunker.TooLong(line.skipped(), "characters");
            }
            return line.text();
        }
    }

    /** Lines still in bytes, decoded on the worker. */
    private static final class ByteLines implements Input {
        private final LineChunker.Lines lines;
        private final LineChunker.Cursor cursor;

        ByteLines(LineChunker.Lines lines) {
            this.lines = lines;
            this.cursor = lines.cursor();
        }

        @Override
        public int count() {
            return lines.count();
        }

        @Override
        public long size() {
            return lines.size();
        }

        @Override
        public String next() throws LineChunker.Refused {
            return cursor.next();
        }
    }
}
