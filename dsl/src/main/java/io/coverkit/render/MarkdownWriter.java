package io.coverkit.render;

import java.util.List;

/**
 * Writes a page as CommonMark (with the GFM table extension): headings, paragraphs, nested lists
 * indented to their parent's text, tables. Inline Markdown in the published text passes through.
 */
final class MarkdownWriter {
    private final StringBuilder out = new StringBuilder();

    static String write(List<Node> page) {
        MarkdownWriter w = new MarkdownWriter();
        w.blocks(page, "");
        return w.out.toString();
    }

    private void blocks(List<Node> nodes, String indent) {
        for (Node node : nodes) {
            block(node, indent);
        }
    }

    private void separate() {
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    private void block(Node node, String indent) {
        if (node instanceof Node.Heading h) {
            separate();
            out.append(indent).append("#".repeat(Math.min(h.level(), 6))).append(' ').append(escapeLeading(h.text())).append('\n');
        } else if (node instanceof Node.Para p) {
            separate();
            out.append(indent).append(escapeLeading(p.text())).append('\n');
        } else if (node instanceof Node.Notice n) {
            separate();
            out.append(indent).append("> ").append(escapeLeading(n.text())).append('\n');
        } else if (node instanceof Node.ListBlock list) {
            separate();
            list(list, indent);
        } else if (node instanceof Node.Table t) {
            separate();
            table(t, indent);
        } else if (node instanceof Node.Notes notes) {
            separate();
            out.append(indent).append("---\n\n").append(indent).append("## ").append(notes.heading()).append('\n');
            blocks(notes.body(), indent);
        }
    }

    private void list(Node.ListBlock list, String indent) {
        for (int i = 0; i < list.items().size(); i++) {
            Node.Item item = list.items().get(i);
            String marker = list.ordered() ? (i + 1) + ". " : "- ";
            String inner = indent + " ".repeat(marker.length());
            String line = item.text().isEmpty() ? marker.strip() : marker + escapeLeading(item.text());
            out.append(indent).append(line).append('\n');
            for (Node child : item.body()) {
                if (child instanceof Node.ListBlock nested) {
                    list(nested, inner);
                } else {
                    block(child, inner);
                }
            }
        }
    }

    private void table(Node.Table t, String indent) {
        List<String> header = t.caption().isEmpty() ? t.header() : captionRow(t);
        out.append(indent).append(row(header)).append('\n');
        // The delimiter row is layout, not text: written as is, never escaped like a cell.
        out.append(indent).append("|").append(" --- |".repeat(header.size())).append('\n');
        if (!t.caption().isEmpty()) {
            out.append(indent).append(row(t.header())).append('\n');
        }
        for (List<Node.Cell> cells : t.rows()) {
            out.append(indent).append(row(cells.stream().map(Node.Cell::text).toList())).append('\n');
        }
    }

    private static List<String> captionRow(Node.Table t) {
        List<String> cells = new java.util.ArrayList<>();
        cells.add(t.caption());
        for (int i = 1; i < t.header().size(); i++) {
            cells.add("");
        }
        return cells;
    }

    private static String row(List<String> cells) {
        StringBuilder s = new StringBuilder("|");
        for (String c : cells) {
            s.append(' ').append(c.isEmpty() ? "" : escapeLeading(c).replace("|", "\\|")).append(" |");
        }
        return s.toString();
    }

    private static String escapeLeading(String text) {
        return MarkdownText.inline(text);
    }
}
