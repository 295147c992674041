package io.coverkit.json;

/**
 * JSON text laid out as Jackson's {@code DefaultPrettyPrinter} lays it out, with Jackson's escapes:
 * objects one field a line, indented two spaces a level, {@code "name" : value}; arrays on the line
 * they open, {@code [ a, b ]}; empty ones {@code { }} and {@code [ ]}. Written by hand because a
 * command writes one determination in a fresh JVM, where setting up Jackson's generator cost more
 * than the writing; {@code DeterminationWriterTest} holds the bytes to what Jackson writes.
 */
final class PrettyJson implements JsonSink {

    private static final String LINE = System.lineSeparator();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(2048);
    // per open container, innermost last: whether it is an object, and how many entries it has
    private boolean[] objects = new boolean[16];
    private int[] entries = new int[16];
    private int depth;
    private int nesting;

    @Override
    public PrettyJson startObject() {
        beforeValue();
        out.append('{');
        nesting++;
        open(true);
        return this;
    }

    @Override
    public PrettyJson endObject() {
        nesting--;
        if (entries[depth] > 0) {
            newLine();
        } else {
            out.append(' ');
        }
        out.append('}');
        depth--;
        return this;
    }

    @Override
    public PrettyJson startArray() {
        beforeValue();
        out.append('[');
        open(false);
        return this;
    }

    @Override
    public PrettyJson endArray() {
        out.append(' ').append(']');
        depth--;
        return this;
    }

    /** The name of the next field of the object being written. */
    @Override
    public PrettyJson name(String name) {
        out.append(entries[depth]++ > 0 ? "," : "");
        newLine();
        quoted(name);
        out.append(" : ");
        return this;
    }

    /** A string value, or null. */
    @Override
    public PrettyJson string(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            quoted(value);
        }
        return this;
    }

    @Override
    public PrettyJson number(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    @Override
    public PrettyJson field(String name, String value) {
        return name(name).string(value);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    // A field's value follows its name directly; an array's values are separated by ", ".
    private void beforeValue() {
        if (depth > 0 && !objects[depth]) {
            out.append(entries[depth]++ > 0 ? ", " : " ");
        }
    }

    private void open(boolean object) {
        depth++;
        if (depth == objects.length) {
            objects = java.util.Arrays.copyOf(objects, depth * 2);
            entries = java.util.Arrays.copyOf(entries, depth * 2);
        }
        objects[depth] = object;
        entries[depth] = 0;
    }

    private void newLine() {
        out.append(LINE);
        for (int i = 0; i < nesting; i++) {
            out.append("  ");
        }
    }

    // Jackson's default escapes: the quote, the backslash and the control characters (short forms
    // where JSON has them), nothing else, so other characters are written as they are.
    private void quoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
