package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * What the command line prints reaches the terminal with every control character (but line feed
 * and tab) and every bidirectional formatting character shown as its escape, and every other
 * character as it is: checked for each of the 65,536 UTF-16 code units, written alone and inside
 * text, through each way a writer is written to.
 */
class TerminalWriterTest {

    @Test
    void everyUnsafeCharacterIsShownEscapedAndEveryOtherAsItIs() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "b";
            for (int way = 0; way < 3; way++) {
                StringWriter sink = new StringWriter();
                TerminalWriter w = new TerminalWriter(sink);
                switch (way) {
                    case 0 -> w.print(text);
                    case 1 -> w.print(text.toCharArray());
                    default -> text.chars().forEach(w::write);
                }
                w.flush();
                String shown = sink.toString();
                if (TerminalWriter.isUnsafe((char) c)) {
                    assertEquals(String.format("a\\u%04Xb", c), shown, "U+" + Integer.toHexString(c));
                } else {
                    assertEquals(text, shown, "U+" + Integer.toHexString(c));
                }
            }
        }
    }

    @Test
    void theClassesOfCharactersThatRewriteATerminalAreAllUnsafe() {
        for (char c : new char[] {'\u001b', '\r', '\u0000', '\u0007', '\u0008', '\u007f', '\u009b', '\u202e', '\u202a',
                '\u2066', '\u2069', '\u200e', '\u200f', '\u061c'}) {
            assertTrue(TerminalWriter.isUnsafe(c), "U+" + Integer.toHexString(c));
        }
        assertFalse(TerminalWriter.isUnsafe('\n'));
        assertFalse(TerminalWriter.isUnsafe('\t'));
        assertFalse(TerminalWriter.isUnsafe('–'));
    }
}
