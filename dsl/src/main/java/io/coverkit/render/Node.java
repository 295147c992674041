package io.coverkit.render;

import java.util.List;

/**
 * One block of a rendered guideline. A layout builds the page as a tree of these, and each output
 * format writes the same tree, so Markdown and HTML can never disagree about what the page says or
 * how its lists nest. Text is published text: it may hold the inline Markdown the policy carries
 * ({@code **bold**}, links), which each writer renders in its own way.
 */
sealed interface Node {

    /** A heading; {@code level} 1 is the document's title. */
    record Heading(int level, String text, String id) implements Node {}

    /** A paragraph; {@code id} makes it linkable (a clause's anchor) and may be null. */
    record Para(String text, String id) implements Node {
        Para(String text) {
            this(text, null);
        }
    }

    /** A notice that the published text does not reveal a section's content for the date shown. */
    record Notice(String text) implements Node {}

    /**
     * A list of criteria or items.
     *
     * @param ordered numbered (1., a., i. by depth) rather than bulleted
     * @param logic how its items combine, {@code all}, {@code any}, {@code none} or {@code unless},
     *     or null for a plain list of names; shown as a label, never as words of the text
     * @param depth nesting depth, 0 at the top
     */
    record ListBlock(boolean ordered, String logic, int depth, List<Item> items) implements Node {}

    /** One item: its first line of text (may be empty for a group that prints no words) and what nests under it. */
    record Item(String text, String id, List<Node> body) {}

    /**
     * A table.
     *
     * @param caption a row spanning the table above its header, or empty
     */
    record Table(String caption, List<String> header, List<List<Cell>> rows, List<String> rowIds) implements Node {}

    /** A table cell; {@code id} anchors a clause printed in that cell alone, or is null. */
    record Cell(String text, String id) {}

    /** What the policy file encodes beyond the published words, kept apart from the document. */
    record Notes(String heading, List<Node> body) implements Node {}
}
