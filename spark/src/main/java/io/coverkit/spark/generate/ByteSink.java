package io.coverkit.spark.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The buffer synthetic rows are written into, emptied into a stream when full: unsynchronized
 * (a {@link java.io.BufferedOutputStream} takes a lock on every write, and a row is dozens of
 * writes), with dates formatted straight into it.
 */
final class ByteSink {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    ByteSink(OutputStream out) {
        this.out = out;
    }

    void write(byte b) {
        if (size == buffer.length) {
            flush();
        }
        buffer[size++] = b;
    }

    void write(byte[] bytes) {
        if (bytes.length > buffer.length - size) {
            flush();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /** Writes the epoch day {@code epochDay} as a JSON string, {@code "YYYY-MM-DD"}. */
    void date(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            write(("\"" + date + "\"").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return;
        }
        if (buffer.length - size < 12) {
            flush();
        }
        buffer[size++] = '"';
        four(year);
        buffer[size++] = '-';
        two(date.getMonthValue());
        buffer[size++] = '-';
        two(date.getDayOfMonth());
        buffer[size++] = '"';
    }

    private void four(int n) {
        buffer[size++] = (byte) ('0' + n / 1000);
        buffer[size++] = (byte) ('0' + n / 100 % 10);
        two(n % 100);
    }

    private void two(int n) {
        buffer[size++] = (byte) ('0' + n / 10);
        buffer[size++] = (byte) ('0' + n % 10);
    }

    /** Empties the buffer into the stream. */
    void flush() {
        write(buffer, size);
        size = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
