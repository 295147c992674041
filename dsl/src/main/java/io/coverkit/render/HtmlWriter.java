package io.coverkit.render;

import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes a page as a complete HTML document: well-formed (every element closed, so an XML parser
 * reads it), one element per block of the page tree with each clause's anchor on the element that
 * prints it, list logic as a label drawn by the stylesheet (not words of the text), and a small
 * stylesheet that keeps the page readable at 1280 pixels.
 */
final class HtmlWriter {

    private static final Parser INLINE = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).urlSanitizer(new SafeLinks()).build();

    /** No script, frame, form or fetch of any kind: only the embedded stylesheet and same-page links. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";
    private static final String[] ORDERED_TYPES = {"1", "a", "i"};

    private final StringBuilder out = new StringBuilder();

    static String write(String title, String template, List<io.coverkit.render.Node> page) {
        HtmlWriter w = new HtmlWriter();
        w.out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(Stylesheet.PAGE).append("</style>\n</head>\n")
                .append("<body>\n<main class=\"guideline ").append(escape(template)).append("\">\n");
        w.blocks(page);
        w.out.append("</main>\n</body>\n</html>\n");
        return w.out.toString();
    }

    private void blocks(List<io.coverkit.render.Node> nodes) {
        for (io.coverkit.render.Node node : nodes) {
            block(node);
        }
    }

    private void block(io.coverkit.render.Node node) {
        if (node instanceof io.coverkit.render.Node.Heading h) {
            int level = Math.min(h.level(), 6);
            out.append("<h").append(level).append(id(h.id())).append('>').append(inline(h.text()))
                    .append("</h").append(level).append(">\n");
        } else if (node instanceof io.coverkit.render.Node.Para p) {
            out.append("<p").append(id(p.id())).append('>').append(inline(p.text())).append("</p>\n");
        } else if (node instanceof io.coverkit.render.Node.Notice n) {
            out.append("<blockquote class=\"notice\"><p>").append(inline(n.text())).append("</p></blockquote>\n");
        } else if (node instanceof io.coverkit.render.Node.ListBlock list) {
            list(list);
        } else if (node instanceof io.coverkit.render.Node.Table t) {
            table(t);
        } else if (node instanceof io.coverkit.render.Node.Notes notes) {
            out.append("<hr />\n<aside class=\"encoding-notes\">\n<h2>").append(escape(notes.heading())).append("</h2>\n");
            blocks(notes.body());
            out.append("</aside>\n");
        }
    }

    private void list(io.coverkit.render.Node.ListBlock list) {
        String tag = list.ordered() ? "ol" : "ul";
        out.append('<').append(tag);
        if (list.ordered()) {
            out.append(" type=\"").append(ORDERED_TYPES[list.depth() % ORDERED_TYPES.length]).append('"');
        }
        if (list.logic() != null) {
            out.append(" class=\"criteria\" data-logic=\"").append(list.logic()).append("\" data-label=\"")
                    .append(label(list.logic())).append('"');
        }
        out.append(">\n");
        for (io.coverkit.render.Node.Item item : list.items()) {
            out.append("<li").append(id(item.id())).append('>');
            if (!item.text().isEmpty()) {
                out.append(inline(item.text()));
            }
            if (!item.body().isEmpty()) {
                out.append('\n');
                blocks(item.body());
            }
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    private static String label(String logic) {
        return switch (logic) {
            case "any" -> "any of these";
            case "none" -> "none of these";
            case "unless" -> "not when all of these";
            default -> "all of these";
        };
    }

    private void table(io.coverkit.render.Node.Table t) {
        out.append("<div class=\"table\"><table>\n");
        if (!t.caption().isEmpty()) {
            out.append("<caption>").append(inline(t.caption())).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (String h : t.header()) {
            out.append("<th>").append(inline(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            out.append("<tr").append(id(t.rowIds().get(r))).append('>');
            for (io.coverkit.render.Node.Cell c : t.rows().get(r)) {
                out.append("<td").append(id(c.id())).append('>').append(inline(c.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static String id(String id) {
        return id == null ? "" : " id=\"" + escape(id) + "\"";
    }

    /** Published text with its inline Markdown (emphasis, links) as HTML, everything else escaped. */
    static String inline(String text) {
        if (text.isEmpty()) {
            return "";
        }
        // Parsed as one paragraph: a text that starts like a list item, a heading or a link
        // definition stays text, and line breaks cannot start another block.
        Node doc = INLINE.parse(MarkdownText.inline(text));
        SafeLinks.imagesAsText(doc);
        Node first = doc.getFirstChild();
        if (doc instanceof Document && first instanceof Paragraph && first.getNext() == null) {
            String html = RENDERER.render(doc).strip();
            return html.substring("<p>".length(), html.length() - "</p>".length());
        }
        return escape(text);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
