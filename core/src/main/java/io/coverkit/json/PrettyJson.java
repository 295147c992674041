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

    private void quoted(String text) {
        JsonEscapes.appendQuoted(out, text);
    }
}
