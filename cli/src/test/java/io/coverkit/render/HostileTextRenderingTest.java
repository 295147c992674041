package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.Snippets;
import io.coverkit.html.StrictHtml;
import io.coverkit.model.Guideline;
import io.coverkit.model.Paragraph;
import io.coverkit.model.PositionStatement;
import io.coverkit.model.SourceRef;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Policy text is untrusted input on its way out. For a family of hostile texts (script and data
 * links in every spelling, autolinks, remote images, text shaped like a heading, a list item, a
 * quote, a fence, a rule or a link definition, raw HTML, line breaks written into a model), the
 * HTML page links only to http, https, mailto or an anchor of the page, loads nothing, declares a
 * policy that forbids scripts and stays strict HTML; and the Markdown page keeps the text one
 * paragraph: it forges no heading and loses no words.
 */
class HostileTextRenderingTest {

    static Stream<String> links() {
        List<String> targets = List.of("javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "file:///etc/passwd", "//evil.example/x", "evil.example/x", "%6Aavascript:alert(1)", "&#106;avascript:alert(1)");
        List<String> texts = new ArrayList<>();
        for (String target : targets) {
            texts.add("See [the policy](" + target + ") now");
            texts.add("See <" + target.strip() + "> now");
            texts.add("An image ![pixel](" + target + ") here");
        }
        texts.add("An image ![pixel](https://tracker.example/p.png) here");
        texts.add("Raw <script>alert(1)</script> and <img src=x onerror=alert(1)>");
        texts.add("<a href=\"javascript:alert(1)\">click</a>");
        return texts.stream();
    }

    @ParameterizedTest
    @MethodSource("links")
    void theHtmlPageLinksOnlyToSafeTargetsAndLoadsNothing(String text) throws Exception {
        String html = new GuidelineRenderer().render(withParagraph(text), GuidelineRenderer.Format.HTML);
        assertEquals(List.of(), StrictHtml.problems(html), html);
        org.w3c.dom.Document doc = parse(html);
        assertEquals(0, doc.getElementsByTagName("img").getLength(), "no image is fetched");
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no script element");
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                String name = e.getAttributes().item(a).getNodeName().toLowerCase(Locale.ROOT);
                String value = e.getAttributes().item(a).getNodeValue();
                assertTrue(!name.startsWith("on"), "no event handler attribute: " + name);
                if (name.equals("href") || name.equals("src")) {
                    String v = value.strip().toLowerCase(Locale.ROOT);
                    assertTrue(v.isEmpty() || v.startsWith("#") || v.startsWith("http:") || v.startsWith("https:")
                            || v.startsWith("mailto:"), () -> "an unsafe target " + value + " from " + text);
                }
            }
        }
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "a policy forbidding scripts");
    }

    static Stream<String> shapes() {
        return Stream.of("# Forged heading", "## Forged heading", "1. Forged item", "1) Forged item", "- Forged item",
                "* Forged item", "+ Forged item", "> Forged quote", "```", "~~~ Forged fence", "---", "***", "___",
                "=== Forged", "[ref]: https://example.org/forged", "    Four spaces look like code",
                "Text with a line break\n## Forged heading", "Line one\n- forged item\n> forged quote", "<div>raw block</div>");
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void theMarkdownPageKeepsTheTextOneParagraphWithAllItsWords(String text) {
        String markdown = new GuidelineRenderer().markdown(withParagraph(text));
        org.commonmark.node.Node doc = Parser.builder().build().parse(markdown);
        List<String> headings = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder s = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        s.append(t.getLiteral());
                    }
                });
                headings.add(s.toString());
            }
        });
        assertTrue(headings.stream().noneMatch(h -> h.contains("Forged")), () -> "a forged heading in " + markdown);
        List<String> expected = FaithfulRenderingTest.words(text.replace("\n", " "));
        List<String> shown = FaithfulRenderingTest.words(markdown);
        assertTrue(String.join(" ", shown).contains(String.join(" ", expected)), () -> "every word of " + text + " in " + markdown);
    }

    /** A valid guideline whose position statement opens with {@code text}, built as code may build one. */
    private static Guideline withParagraph(String text) {
        Guideline g = Snippets.valid(Snippets.MINIMAL);
        PositionStatement p = g.positionStatement();
        PositionStatement hostile = new PositionStatement(List.of(new Paragraph(text, new SourceRef("x.groovy", 1, 1))),
                p.criteria(), p.derived(), p.diagnosisLists(), p.experimental(), p.at());
        return new Guideline(g.id(), g.title(), g.originalEffectiveDate(), g.reviewed(), g.revised(), g.disclaimer(),
                g.description(), hostile, g.billing(), g.reimbursement(), g.programExceptions(), g.definitions(),
                g.relatedGuidelines(), g.other(), g.references(), g.committeeApproval(), g.revisions(), g.unknownPeriods(),
                g.corrections(), g.formulary(), g.authorization(), g.sections(), g.layout(), g.sourceDigest(), g.at());
    }

    private static org.w3c.dom.Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
