package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.model.Guideline;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every policy carries its guideline completely: rendered back (as of a date whose published
 * wording is stored), the document has the published text's words in the published order, word
 * for word, in Markdown and in the HTML a browser shows. Only layout differs: list markers and
 * numbering, heading and table markers, inline emphasis and link targets. The encoding notes after
 * the document are the policy's own additions and are held apart from it.
 */
class FaithfulRenderingTest {

    private static Map<String, Guideline> guidelines;

    @BeforeAll
    static void load() {
        GuidelineLibrary library = GuidelineLibrary.load(Path.of("policies"));
        guidelines = library.guidelineIds().stream()
                .collect(Collectors.toMap(id -> id, id -> library.evaluator(id).orElseThrow().guideline()));
    }

    static Stream<PublishedTexts.Wording> wordings() {
        return PublishedTexts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void markdownMatchesThePublishedTextWordForWord(PublishedTexts.Wording wording) throws Exception {
        assumeStored(wording);
        String markdown = new GuidelineRenderer().markdown(guidelines.get(wording.guideline()).asOf(wording.asOf()));
        int notes = markdown.indexOf("\n---\n\n## " + EncodingNotes.HEADING);
        assertSameWords(words(wording.text()), words(notes < 0 ? markdown : markdown.substring(0, notes)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void htmlShowsThePublishedTextWordForWord(PublishedTexts.Wording wording) throws Exception {
        assumeStored(wording);
        String html = new GuidelineRenderer().render(guidelines.get(wording.guideline()), wording.asOf(),
                GuidelineRenderer.Format.HTML);
        assertSameWords(words(wording.text()), words(shownText(html)));
    }

    @Test
    void everyRenderedPageOfEveryRevisionIsStrictHtml() {
        List<String> problems = new ArrayList<>();
        for (Guideline g : guidelines.values()) {
            List<java.time.LocalDate> dates = new ArrayList<>();
            g.revisions().forEach(r -> dates.add(r.effective()));
            for (java.time.LocalDate date : dates) {
                String html = new GuidelineRenderer().render(g, date, GuidelineRenderer.Format.HTML);
                io.coverkit.html.StrictHtml.problems(html).forEach(p -> problems.add(g.id() + " as of " + date + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPolicyHasAStoredPublishedWording() {
        TreeSet<String> without = new TreeSet<>(guidelines.keySet());
        PublishedTexts.all().forEach(w -> without.remove(w.guideline()));
        assertEquals(new TreeSet<>(), without, "policies whose rendering nothing holds against a published text");
    }

    @Test
    void theEncodingNotesHoldWhatThePolicyAddsApartFromTheDocument() {
        String markdown = new GuidelineRenderer().markdown(guidelines.get("ohio-medicaid-updl-osteoporosis"));
        int notes = markdown.indexOf("## " + EncodingNotes.HEADING);
        assertTrue(notes > 0, markdown);
        String after = markdown.substring(notes);
        assertTrue(after.contains("Prior authorization is required for non-preferred drugs only"), after);
        assertTrue(after.contains("Diagnosis list `osteoporosis` (ICD-10-CM): M80-M81"), after);
        assertTrue(after.contains("Reading of `preferred-trial-90-days`"), after);
        assertTrue(!markdown.substring(0, notes).contains("M80"), "a reading or code list the text does not print stays out of the document");
    }

    private static void assumeStored(PublishedTexts.Wording wording) {
        assumeTrue(Files.isRegularFile(wording.file()), () -> "the stored published text " + wording.file()
                + " is not beside this checkout; the comparison needs ../shared/guidelines");
    }

    /** The text a reader sees in the document, every block separated, the encoding notes left out. */
    static String shownText(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setExpandEntityReferences(false);
        org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        collect((Element) doc.getElementsByTagName("main").item(0), text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder into) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            into.append(node.getNodeValue());
            return;
        }
        if (node instanceof Element e && (e.getTagName().equals("aside") || e.getTagName().equals("hr"))) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, into);
        }
        if (node instanceof Element e && !INLINE.contains(e.getTagName())) {
            into.append('\n');
        }
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("a", "strong", "em", "code", "span");

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    // A marker alone on its line (the item of a group the text gives no words of its own) is layout too.
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*(?:[-*+•]|\\d+\\.|[a-z]\\.|[ivx]+\\.)(?:[ \\t]+|$)");

    /** Words, with layout dropped: links to their text, emphasis and escapes, list markers, table and heading rules. */
    static List<String> words(String text) {
        Matcher links = LINK.matcher(text);
        String plain = links.replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = LIST_MARKER.matcher(plain).replaceAll("").replace("\\", "").replace("*", "");
        // a superscript is inline markup, as emphasis is: its words stay, its tags go
        plain = plain.replace("<sup>", " ").replace("</sup>", " ");
        List<String> out = new ArrayList<>();
        for (String token : plain.split("[\\s|]+")) {
            // table rules, with or without the colons that align a column, and heading markers
            if (!token.isEmpty() && !token.matches("[-#]+|:?-+:?")) {
                out.add(token);
            }
        }
        return out;
    }

    private static void assertSameWords(List<String> published, List<String> rendered) {
        int at = firstDifference(published, rendered);
        assertEquals(-1, at, () -> "first difference at word " + at + ": published " + window(published, at)
                + " vs rendered " + window(rendered, at));
    }

    private static int firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : Math.min(a.size(), b.size());
    }

    private static String window(List<String> words, int at) {
        return Arrays.toString(words.subList(Math.max(0, at - 4), Math.min(words.size(), at + 5)).toArray());
    }
}
