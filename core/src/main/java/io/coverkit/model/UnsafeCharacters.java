package io.coverkit.model;

/**
 * The characters that can rewrite what a reader sees: control characters (which move a terminal's
 * cursor, erase lines or ring it) and bidirectional formatting characters (which reorder text, as
 * in Trojan Source). One definition for the gate that refuses them in a policy file's bytes and for
 * the command line that shows them escaped.
 */
public final class UnsafeCharacters {
    private UnsafeCharacters() {}

    /** True for a control character (line breaks and tabs included) or a bidirectional formatting character. */
    public static boolean isControlOrBidi(char c) {
        if (c >= ' ' && c < 0x7F) {
            return false; // printable ASCII, checked first because it is nearly every character
        }
        return Character.isISOControl(c)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
