package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a failure of coverkit itself prints: one line and exit 70. */
class CrashTest {

    @Test
    void runningOutOfMemoryIsOneLineThatSaysWhatToDoAndExits70() {
        StringWriter err = new StringWriter();
        int code = Crash.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err));
        assertEquals(70, code);
        assertEquals("coverkit: out of memory; give Java more with -Xmx (for `batch`, fewer --threads also needs less)"
                + System.lineSeparator(), err.toString());
    }
}
