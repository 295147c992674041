package io.coverkit.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy text as one run of inline Markdown, whatever it holds: the one place text is neutralised
 * for the Markdown sink (and for the inline parse the HTML page makes of it). A line break becomes
 * a space, so text cannot open a second block; a start that would open a block (a list item,
 * heading, quote, fence, rule or link definition, which would make the paragraph vanish) is
 * escaped; raw HTML is escaped. Emphasis and links, which the published text uses, stay.
 */
final class MarkdownText {
    private MarkdownText() {}

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern BLOCK_START = Pattern.compile("^([-*+#>=`~_]|\\[[^\\]]*\\]:)");

    static String inline(String text) {
        String line = LINE_BREAK.matcher(text).replaceAll(" ").strip().replace("<", "\\<");
        Matcher numbered = NUMBERED.matcher(line);
        if (numbered.find()) {
            return numbered.group(1) + "\\" + line.substring(numbered.group(1).length());
        }
        return BLOCK_START.matcher(line).find() ? "\\" + line : line;
    }
}
