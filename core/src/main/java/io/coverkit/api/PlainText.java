package io.coverkit.api;

/**
 * Published text as an explanation prints it: policy files keep the publisher's Markdown (bold,
 * links), which a terminal would show as raw markers.
 */
final class PlainText {
    private PlainText() {}

    /** {@code text} without bold markers ({@code **}) and with links ({@code [words](target)}) reduced to their words. */
    static String of(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('[') < 0) {
            return text;
        }
        String unbolded = text.replace("**", "");
        StringBuilder out = new StringBuilder(unbolded.length());
        int i = 0;
        while (i < unbolded.length()) {
            char c = unbolded.charAt(i);
            int close = c == '[' ? unbolded.indexOf("](", i + 1) : -1;
            int end = close < 0 ? -1 : unbolded.indexOf(')', close + 2);
            // Only a bracket that closes before the next opening one starts a link; "[reading: ...]" has no target.
            if (end >= 0 && unbolded.lastIndexOf('[', close) == i) {
                out.append(unbolded, i + 1, close);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A published list item without what joined it to the next: trailing {@code ;}, {@code ,} or
     * {@code :}, and a closing conjunction such as {@code ; and}.
     */
    static String item(String text) {
        return of(JOINER.matcher(text).replaceFirst(""));
    }

    private static final java.util.regex.Pattern JOINER =
            java.util.regex.Pattern.compile("(?:[;,]\\s*(?:and|or))?[\\s;,:]*$");
}
