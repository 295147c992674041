package io.coverkit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The command line's standard output and error: the one place text is neutralised for the terminal.
 * A control character (other than line feed and tab) or a bidirectional formatting character is
 * written as its escape, such as {@code \u001B} or {@code \u202E}, so text from a policy file or
 * a request (a message echoing a value, a rendered page, an explanation) can neither move the
 * cursor, erase a line and forge "0 errors", nor reorder what the reader sees. In JSON the escape
 * is the same character, so JSON output stays valid and means the same.
 */
final class TerminalWriter extends PrintWriter {
    private final Writer underlying;

    TerminalWriter(Writer underlying) {
        super(new Escaping(underlying), true);
        this.underlying = underlying;
    }

    /**
     * The stream without escaping, for the command line's own drawing (the batch progress bar
     * returns the carriage to redraw its line); never for text from a file or a request.
     */
    PrintWriter raw() {
        flush();
        return new PrintWriter(underlying, true);
    }

    /** True for a character that is shown escaped: a control or bidirectional character but line feed and tab. */
    static boolean isUnsafe(char c) {
        return c != '\n' && c != '\t' && io.coverkit.model.UnsafeCharacters.isControlOrBidi(c);
    }

    private static final class Escaping extends FilterWriter {
        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (isUnsafe((char) c)) {
                out.write(String.format("\\u%04X", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (isUnsafe(cbuf[i])) {
                    out.write(cbuf, start, i - start);
                    write(cbuf[i]);
                    start = i + 1;
                }
            }
            out.write(cbuf, start, off + len - start);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (isUnsafe(str.charAt(i))) {
                    out.write(str, start, i - start);
                    write(str.charAt(i));
                    start = i + 1;
                }
            }
            out.write(str, start, off + len - start);
        }
    }
}
