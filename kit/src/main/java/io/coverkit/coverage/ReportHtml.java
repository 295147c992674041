package io.coverkit.coverage;

/**
 * What the clause coverage page and the scenario report share: escaping, clause ids that wrap only
 * between their parts, and the page's head with a small stylesheet. The pages are written in the
 * XML-compatible form of HTML5 (every element closed, {@code <br/>}), so that a strict parser reads
 * them exactly as a browser does.
 */
public final class ReportHtml {

    /** The rules both pages use; each page adds its own. */
    private static final String BASE_STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:1em 2em;color:#222}"
            + "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}"
            + "th{background:#f3f3f3}small{color:#666;font-weight:normal}code{font-size:.9em}"
            + ".id{white-space:normal}.id .seg{white-space:nowrap}"
            + ".legend{border:1px solid #ddd;background:#fafafa;padding:.2em 1em;margin:1em 0;max-width:60em}"
            + ".legend h2{font-size:1.05em;margin:.5em 0}.legend dl{display:grid;grid-template-columns:max-content 1fr;"
            + "gap:.3em 1em;margin:.3em 0 .6em}.legend dt{font-weight:bold}.legend dd{margin:0}"
            + "@media print{details{display:block}}";

    private ReportHtml() {}

    /** {@code text} with the five characters markup gives meaning to replaced; other characters stay as they are (UTF-8). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A clause id as {@code <code class="id">}, which a narrow column may wrap after a {@code /} but
     * never inside a part: a browser would otherwise break {@code near-critical-structures} at a
     * hyphen, and a reader could not tell where the id ends.
     */
    public static String id(String id) {
        StringBuilder out = new StringBuilder("<code class=\"id\">");
        String[] parts = id.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append("/<wbr/>");
            }
            out.append("<span class=\"seg\">").append(escape(parts[i])).append("</span>");
        }
        return out.append("</code>").toString();
    }

    /** The start of a page up to and including {@code <body>}: its title and the shared and page's own style rules. */
    public static String head(String title, String style) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                // Reports quote scenario names and finding texts: nothing on the page may run or fetch.
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src 'none'; base-uri 'none'; form-action 'none'\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + escape(title)
                + "</title><style>" + BASE_STYLE + style + "</style></head><body>\n";
    }
}
