package io.coverkit.json;

/**
 * Jackson's default string escapes, written in runs: the characters between two that need an
 * escape are appended as one block instead of one {@code append(char)} each. Writing a finding's
 * text a character at a time was a quarter of {@code decideJson} end to end (JsonBenchmark:
 * {@code PrettyJson.quoted} 107 of 403 samples), and almost no text has a character to escape.
 */
final class JsonEscapes {
    private JsonEscapes() {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Appends {@code text} quoted and escaped as Jackson escapes it: the quote, the backslash and control characters. */
    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        int n = text.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, from, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        if (from == 0) {
            out.append(text);
        } else {
            out.append(text, from, n);
        }
        out.append('"');
    }
}
