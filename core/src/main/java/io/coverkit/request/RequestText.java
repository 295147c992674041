package io.coverkit.request;

/**
 * Caller text as coverkit's messages show it: a request is untrusted, so an echoed value never
 * carries invisible or direction-changing characters into a log or a terminal.
 */
public final class RequestText {

    /** The most errors one request gets; the rest are counted, not listed. */
    public static final int MAX_ERRORS = 100;

    private RequestText() {}

    /** A value as a message shows it: as it is, but for invisible characters. */
    public static String shown(String value) {
        return escaped(value, false);
    }

    /**
     * {@code text} with invisible characters (controls, formats such as bidirectional overrides,
     * unpaired surrogates) written as {@code \\uXXXX}; with {@code quotes}, also {@code "} and
     * {@code \\} escaped.
     */
    public static String escaped(String text, boolean quotes) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            String replacement = pair ? null : replacement(c, quotes);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else if (pair) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(c);
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c, boolean quotes) {
        if (quotes && (c == '"' || c == '\\')) {
            return "\\" + c;
        }
        int type = Character.getType(c);
        boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
        return invisible ? String.format("\\u%04x", (int) c) : null;
    }
}
