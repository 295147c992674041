package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cutting a byte stream into chunks of whole lines, and reading the lines back on a worker. */
class LineChunkerTest {

    /** Every line of {@code bytes}, through chunks of {@code chunkBytes}, read in reads of at most {@code readBytes}. */
    private static List<String> lines(byte[] bytes, int chunkBytes, int readBytes) throws IOException {
        LineChunker chunker = new LineChunker(trickling(bytes, readBytes), chunkBytes);
        List<String> lines = new ArrayList<>();
        List<LineChunker.Lines> chunks = new ArrayList<>();
        LineChunker.Lines chunk;
        while ((chunk = chunker.next()) != null) {
            chunks.add(chunk);
            LineChunker.Cursor cursor = chunk.cursor();
            for (int i = 0; i < chunk.count(); i++) {
                lines.add(cursor.next());
            }
        }
        for (int c = 0; c + 1 < chunks.size(); c++) {
            assertEquals('\n', chunks.get(c).bytes()[chunks.get(c).length() - 1], "a chunk but the last ends at a line end");
        }
        return lines;
    }

    /** A stream that hands out at most {@code most} bytes a read, as a pipe may. */
    private static InputStream trickling(byte[] bytes, int most) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, most));
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsBackEveryLineWhateverTheChunkAndReadSizes() throws IOException {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<String> expected = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                // Empty lines, long lines and text beyond ASCII, ended by \n or \r\n.
                String line = "l" + i + "-" + "\u00e9\u4e2d\ud83d\ude00".repeat(random.nextInt(3))
                        + "a".repeat(random.nextInt(3) == 0 ? 200 : 3);
                if (random.nextInt(8) == 0) {
                    line = "";
                }
                expected.add(line);
                text.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            if (count > 0 && !expected.get(count - 1).isEmpty() && random.nextBoolean()) {
                // The last line without its end (an empty one would then be no line at all).
                text.setLength(text.length() - (text.charAt(text.length() - 2) == '\r' ? 2 : 1));
            }
            List<String> read = lines(utf8(text.toString()), 8 + random.nextInt(100), 1 + random.nextInt(50));
            assertEquals(expected, read, "round " + round);
        }
    }

    @Test
    void countsTheLinesOfEachChunk() throws IOException {
        LineChunker chunker = new LineChunker(new ByteArrayInputStream(utf8("a\nb\nc\nd")), 4);
        int lines = 0;
        LineChunker.Lines chunk;
        while ((chunk = chunker.next()) != null) {
            lines += chunk.count();
        }
        assertEquals(4, lines);
    }

    @Test
    void anEmptyStreamHasNoChunk() throws IOException {
        assertNull(new LineChunker(new ByteArrayInputStream(new byte[0]), 16).next());
    }

    @Test
    void aLineLongerThanAChunkIsReadWhole() throws IOException {
        String longLine = "z".repeat(1000);
        assertEquals(List.of("a", longLine, "b"), lines(utf8("a\n" + longLine + "\nb\n"), 16, 7));
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedWithItsBytePositionAndTheNextLineStillReads() throws IOException {
        byte[] bytes = {'o', 'k', '\n', '{', '"', (byte) 0xC3, '(', '\n', 'n', 'e', 'x', 't', '\n'};
        LineChunker.Lines chunk = new LineChunker(new ByteArrayInputStream(bytes), 64).next();
        assertEquals(3, chunk.count());
        LineChunker.Cursor cursor = chunk.cursor();
        assertEquals("ok", cursor.next());
        LineChunker.NotUtf8 refused = assertThrows(LineChunker.NotUtf8.class, cursor::next);
        assertEquals(3, refused.at());
        assertEquals("the line is not valid UTF-8 at byte 3", refused.getMessage());
        assertEquals("next", cursor.next());
    }

    @Test
    void aReplacementCharacterTheLineReallyHoldsIsKept() throws IOException {
        LineChunker.Lines chunk = new LineChunker(new ByteArrayInputStream(utf8("a\ufffdb\n")), 64).next();
        assertEquals("a\ufffdb", chunk.cursor().next());
    }

    @Test
    void aSequenceCutShortAtTheLineEndIsRefused() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xE4, (byte) 0xB8, '\n'};
        LineChunker.Lines chunk = new LineChunker(new ByteArrayInputStream(bytes), 64).next();
        assertEquals(3, assertThrows(LineChunker.NotUtf8.class, chunk.cursor()::next).at());
    }

    @Test
    void aLineLongerThanTheBoundIsCountedNotKeptAndNoChunkOutgrowsTheBound() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int bound = 1 + random.nextInt(200);
            int chunkBytes = 8 + random.nextInt(64);
            List<String> expected = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(20);
            for (int i = 0; i < count; i++) {
                // Lengths around the bound and far beyond it, ended by \n or \r\n.
                int length = switch (random.nextInt(5)) {
                    case 0 -> bound - 1;
                    case 1 -> bound;
                    case 2 -> bound + 1;
                    case 3 -> bound * (2 + random.nextInt(50));
                    default -> random.nextInt(bound + 1);
                };
                String line = "x".repeat(Math.max(0, length));
                expected.add(line.length() > bound ? "too long: " + line.length() : line);
                text.append(line);
                if (i + 1 < count || random.nextBoolean()) {
                    text.append(random.nextBoolean() ? "\n" : "\r\n");
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            LineChunker chunker = new LineChunker(trickling(utf8(text.toString()), 1 + random.nextInt(40)), chunkBytes, bound);
            List<String> read = new ArrayList<>();
            LineChunker.Lines chunk;
            while ((chunk = chunker.next()) != null) {
                // What a chunk holds: the bound, a line end, and what one buffer read past the previous cut.
                assertTrue(chunk.bytes().length <= bound + 2 + chunkBytes, "round " + round + ": " + chunk.bytes().length);
                LineChunker.Cursor cursor = chunk.cursor();
                for (int i = 0; i < chunk.count(); i++) {
                    try {
                        read.add(cursor.next());
                    } catch (LineChunker.TooLong e) {
                        read.add("too long: " + e.length());
                    }
                }
            }
            // A line of bound + 1 bytes may still be kept (the request reader refuses it): compare lengths alone there.
            List<String> lengths = new ArrayList<>();
            for (String line : read) {
                lengths.add(line.startsWith("too long: ") ? line : line.length() > bound ? "too long: " + line.length() : line);
            }
            assertEquals(expected, lengths, "round " + round);
        }
    }
}
