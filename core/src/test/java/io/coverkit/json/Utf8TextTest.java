package io.coverkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Request bytes that are not UTF-8 are told where: the first bad byte's offset, line and column. */
class Utf8TextTest {

    private static final List<String> PIECES = List.of("a", "{\"x\": 1}", "\n", "\u00e9", "\u20ac", "\ud83d\ude00", " ", "\r\n");
    private static final List<byte[]> BAD = List.of(
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xE9, 'a'},              // Latin-1 é
            new byte[] {(byte) 0x80},                   // a continuation byte alone
            new byte[] {(byte) 0xC0, (byte) 0x80},      // an overlong NUL
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
            new byte[] {(byte) 0xE2, (byte) 0x82, 'a'}, // a sequence cut short
            new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80});

    @Test
    void utf8TextIsReadWhole() throws Exception {
        String text = String.join("", PIECES);
        assertEquals(text, Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", Utf8Text.decode(new byte[0]));
    }

    @Test
    void theFirstBadByteIsNamedByOffsetLineAndColumnWhereverItIs() {
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder before = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                before.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            byte[] bad = BAD.get(random.nextInt(BAD.size()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] prefix = before.toString().getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(prefix);
            bytes.writeBytes(bad);
            bytes.writeBytes("\n\u00ff".getBytes(StandardCharsets.ISO_8859_1)); // a second bad byte, later

            Utf8Text.Malformed m = assertThrows(Utf8Text.Malformed.class, () -> Utf8Text.decode(bytes.toByteArray()));
            String shown = before.toString();
            long line = shown.chars().filter(c -> c == '\n').count() + 1;
            String last = shown.substring(shown.lastIndexOf('\n') + 1);
            long column = last.codePointCount(0, last.length()) + 1;
            assertEquals(prefix.length, m.offset(), shown);
            assertEquals(line, m.line(), shown);
            assertEquals(column, m.column(), shown);
            assertEquals(String.format("byte 0x%02X at offset %d (line %d, column %d) is not UTF-8", bad[0] & 0xFF, prefix.length, line,
                    column), m.getMessage());
        }
    }

    @Test
    void aSequenceCutShortAtTheEndIsNamedAtItsFirstByte() {
        Utf8Text.Malformed m = assertThrows(Utf8Text.Malformed.class, () -> Utf8Text.decode(new byte[] {'{', (byte) 0xE2, (byte) 0x82}));
        assertEquals(1, m.offset());
        assertEquals("byte 0xE2 at offset 1 (line 1, column 2) is not UTF-8", m.getMessage());
    }
}
