package io.coverkit.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A worker's record text: kept across chunks, taken as text, encoded exactly as a String encodes. */
class RecordBufferTest {

    // ASCII, Latin-1, a dash, a CJK character, both halves of a surrogate pair, and a pair.
    private static final char[] ALPHABET = {'a', '"', '\n', '\u00e9', '\u2013', '\u4e2d', '\ud83d', '\ude00'};

    /** Text of {@code length} chars drawn from the alphabet, so lone and paired surrogates both occur. */
    private static String text(Random random, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    @Test
    void encodesAsAStringEncodesIncludingUnpairedSurrogates() throws IOException {
        Random random = new Random(11);
        RecordBuffer buffer = new RecordBuffer();
        for (int round = 0; round < 500; round++) {
            String text = text(random, random.nextInt(40));
            buffer.reset().write(text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.utf8(), "round " + round + ": " + text);
            assertEquals(text, buffer.text());
        }
    }

    @Test
    void aSurrogateLeftUnpairedAtTheEndBecomesAQuestionMark() throws IOException {
        RecordBuffer buffer = new RecordBuffer();
        buffer.write("x\ud83d");
        assertArrayEquals(new byte[] {'x', '?'}, buffer.utf8());
    }

    @Test
    void growsPastItsFirstRoomAndStartsEmptyAfterAReset() throws IOException {
        Random random = new Random(5);
        RecordBuffer buffer = new RecordBuffer();
        StringBuilder expected = new StringBuilder();
        // Written the way a generator writes: pieces from arrays, strings and single chars.
        while (expected.length() < 300_000) {
            String piece = text(random, 1 + random.nextInt(5000));
            buffer.write(piece.toCharArray(), 0, piece.length());
            buffer.write(piece, 1, piece.length() - 1);
            buffer.write(piece.charAt(0));
            expected.append(piece).append(piece, 1, piece.length()).append(piece.charAt(0));
        }
        assertEquals(expected.toString(), buffer.text());
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), buffer.utf8());
        buffer.reset().write("after");
        assertEquals("after", buffer.text());
        assertArrayEquals("after".getBytes(StandardCharsets.UTF_8), buffer.utf8());
    }
}
