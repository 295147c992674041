package io.coverkit.html;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.text.StringEscapeUtils;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A strict check of the HTML coverkit writes (rendered guidelines, reports), for tests.
 *
 * <p>A browser repairs broken markup silently, and differently from one browser to the next: a
 * table row written without its opening cell was shown with its text lifted above the table. So
 * pages are held to the XML-compatible form of HTML5 (the JDK's XML parser must read them: every
 * element closed, void elements written {@code <br/>}, attributes quoted) and to the content
 * models a browser would otherwise repair: cells only in rows, rows only in tables, list items only
 * in lists, no block in a paragraph, no text loose in a table or list, known element names, unique
 * ids. HTML's named character references ({@code &ndash;}) are accepted.
 */
public final class StrictHtml {

    private static final Pattern NAMED_REFERENCE = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML_REFERENCES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern DOCTYPE = Pattern.compile("\\A\\s*<!DOCTYPE html>\\s*<html[\\s>]", Pattern.CASE_INSENSITIVE);

    private static final Set<String> ELEMENTS = Set.of("a", "abbr", "address", "article", "aside", "b", "blockquote", "body",
            "br", "caption", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img", "ins",
            "kbd", "li", "link", "main", "mark", "meta", "nav", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span",
            "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "title", "tr", "u",
            "ul", "var", "wbr");

    /** Elements that may hold only phrasing content (text and inline elements). */
    private static final Set<String> PHRASING_ONLY = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "code", "strong",
            "em", "small", "b", "i", "u", "s", "abbr", "cite", "dfn", "kbd", "mark", "q", "samp", "sub", "sup", "time", "var",
            "data", "pre", "summary", "title");

    /** Elements that are not phrasing content, so a browser closes an open paragraph before them. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption", "col",
            "colgroup", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
            "head", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul");

    /** Where an element may stand: the parents allowed for it. */
    private static final Map<String, Set<String>> PARENTS = Map.ofEntries(
            Map.entry("td", Set.of("tr")),
            Map.entry("th", Set.of("tr")),
            Map.entry("tr", Set.of("table", "thead", "tbody", "tfoot")),
            Map.entry("thead", Set.of("table")),
            Map.entry("tbody", Set.of("table")),
            Map.entry("tfoot", Set.of("table")),
            Map.entry("caption", Set.of("table")),
            Map.entry("colgroup", Set.of("table")),
            Map.entry("col", Set.of("colgroup")),
            Map.entry("li", Set.of("ul", "ol")),
            Map.entry("dt", Set.of("dl", "div")),
            Map.entry("dd", Set.of("dl", "div")),
            Map.entry("summary", Set.of("details")),
            Map.entry("figcaption", Set.of("figure")),
            Map.entry("head", Set.of("html")),
            Map.entry("body", Set.of("html")),
            Map.entry("title", Set.of("head")),
            Map.entry("meta", Set.of("head")),
            Map.entry("link", Set.of("head")),
            Map.entry("style", Set.of("head")));

    /** Elements whose children are elements only: text other than white space in them is misplaced. */
    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "table", Set.of("caption", "colgroup", "thead", "tbody", "tfoot", "tr"),
            "thead", Set.of("tr"),
            "tbody", Set.of("tr"),
            "tfoot", Set.of("tr"),
            "tr", Set.of("td", "th"),
            "ul", Set.of("li"),
            "ol", Set.of("li"),
            "dl", Set.of("dt", "dd", "div"),
            "colgroup", Set.of("col"),
            "html", Set.of("head", "body"));

    private StrictHtml() {}

    /**
     * What is wrong with {@code html}, one line each as {@code line:column: problem}; empty when the
     * page passes. Parsing stops at the first point where the text is not well-formed, since
     * nothing after it can be read reliably.
     */
    public static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        if (!DOCTYPE.matcher(html).find()) {
            problems.add("1:1: the page must start with <!DOCTYPE html> followed by <html>");
        }
        Checker checker = new Checker(problems);
        try {
            SAXParser parser = factory().newSAXParser();
            parser.parse(new InputSource(new StringReader(numericReferences(html, problems))), checker);
        } catch (SAXParseException e) {
            problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": not well-formed: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add("1:1: cannot be read as XML: " + e.getMessage());
        }
        return problems;
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        // A page is read on its own: nothing outside it is fetched.
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /**
     * XML knows five named references and HTML over two thousand: each HTML one becomes its numeric
     * form, so that only an unknown name (a typo such as {@code &ndahs;}) is a problem.
     */
    private static String numericReferences(String html, List<String> problems) {
        Matcher m = NAMED_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!XML_REFERENCES.contains(name)) {
                String decoded = StringEscapeUtils.unescapeHtml4(m.group());
                if (decoded.equals(m.group())) {
                    problems.add(position(html, m.start()) + ": unknown character reference " + m.group());
                } else {
                    StringBuilder numeric = new StringBuilder();
                    decoded.codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
                    replacement = numeric.toString();
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String position(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /** Follows the open elements and reports each misplaced one where it starts. */
    private static final class Checker extends DefaultHandler {
        private final List<String> problems;
        private final Deque<String> open = new ArrayDeque<>();
        private final Map<String, String> ids = new HashMap<>();
        private Locator locator;
        private boolean sawTitle;

        Checker(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private String at() {
            return locator == null ? "?:?" : locator.getLineNumber() + ":" + locator.getColumnNumber();
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = qName.toLowerCase(Locale.ROOT);
            String parent = open.peek();
            if (!qName.equals(name)) {
                problems.add(at() + ": <" + qName + "> is written in lower case in this project's pages");
            }
            if (!ELEMENTS.contains(name)) {
                problems.add(at() + ": <" + name + "> is not an HTML element this check knows");
            }
            if (parent == null && !name.equals("html")) {
                problems.add(at() + ": the page's root element must be <html>, not <" + name + ">");
            }
            if (parent == null && name.equals("html") && attributes.getValue("lang") == null) {
                problems.add(at() + ": <html> must name the page's language (lang=\"en\")");
            }
            Set<String> parents = PARENTS.get(name);
            if (parents != null && (parent == null || !parents.contains(parent))) {
                problems.add(at() + ": <" + name + "> must be inside " + list(parents) + ", not "
                        + (parent == null ? "at the top" : "<" + parent + ">"));
            }
            Set<String> children = parent == null ? null : CHILDREN.get(parent);
            if (children != null && !children.contains(name) && (parents == null || parents.contains(parent))) {
                problems.add(at() + ": <" + parent + "> may hold only " + list(children) + ", not <" + name + ">");
            }
            if (BLOCKS.contains(name)) {
                for (String ancestor : open) {
                    if (PHRASING_ONLY.contains(ancestor)) {
                        problems.add(at() + ": <" + name + "> is a block and cannot stand inside <" + ancestor + ">");
                        break;
                    }
                }
            }
            if (name.equals("a") && open.contains("a")) {
                problems.add(at() + ": a link inside a link");
            }
            if (name.equals("title")) {
                sawTitle = true;
            }
            String id = attributes.getValue("id");
            if (id != null) {
                if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
                    problems.add(at() + ": id \"" + id + "\" must be non-empty and without spaces");
                }
                String first = ids.putIfAbsent(id, at());
                if (first != null) {
                    problems.add(at() + ": id \"" + id + "\" is used again (first at " + first + ")");
                }
            }
            open.push(name);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = open.pop();
            if (name.equals("head") && !sawTitle) {
                problems.add(at() + ": the page has no <title>");
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            String parent = open.peek();
            if (parent == null || !CHILDREN.containsKey(parent)) {
                return;
            }
            String text = new String(ch, start, length).strip();
            if (!text.isEmpty()) {
                problems.add(at() + ": text \"" + abbreviate(text) + "\" directly in <" + parent + ">, outside any "
                        + list(CHILDREN.get(parent)));
            }
        }

        private static String abbreviate(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }

        private static String list(Set<String> names) {
            return names.stream().sorted().map(n -> "<" + n + ">").reduce((a, b) -> a + " or " + b).orElse("");
        }
    }
}
