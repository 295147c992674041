package io.coverkit.json;

import java.util.regex.Pattern;

/**
 * Field paths and echoed values in request errors. A field's name comes from the caller and may be
 * anything, the empty string included, so a name that is not plain is written quoted, with
 * invisible characters escaped: {@code member.sex} but {@code $[""]} or {@code extensions["a.b"]}.
 * A path is therefore never empty, never ambiguous and never spans lines. Values echoed in
 * messages keep their text, but for invisible characters (controls, line breaks, bidirectional
 * overrides, lone surrogates), which are written as a backslash, {@code u} and four hex digits.
 */
final class FieldPath {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_$-]+");

    private FieldPath() {}

    /** The path of field {@code name} of the object at {@code parent} (empty: the request itself). */
    static String field(String parent, String name) {
        if (PLAIN.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return (parent.isEmpty() ? "$" : parent) + "[\"" + escaped(name, true) + "\"]";
    }

    /** The path of item {@code index} of the array at {@code parent} (empty: the request itself). */
    static String item(String parent, int index) {
        return (parent.isEmpty() ? "$" : parent) + "[" + index + "]";
    }

    /** A value as a message shows it: as it is, but for invisible characters. */
    static String shown(String value) {
        return escaped(value, false);
    }

    private static String escaped(String text, boolean quotes) {
        return io.coverkit.request.RequestText.escaped(text, quotes);
    }
}
