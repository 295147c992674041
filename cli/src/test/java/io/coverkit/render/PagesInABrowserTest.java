package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.browser.HeadlessChromium;
import io.coverkit.model.Guideline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every rendered page as Chromium shows it at 1280 pixels, held against the page the renderer
 * built: each table's cells in their rows and columns (a row written without its opening cell is
 * lifted out of the table by the browser and shifts every column), each criterion at its nesting
 * depth in a list of the right logic, and nothing wider than the window. Screenshots go to
 * {@code target/browser/screenshots/}.
 */
class PagesInABrowserTest {
    private static final Path OUT = Path.of(System.getProperty("coverkit.report.dir", "target"), "browser");
    private static ChromeDriver browser;
    private static GuidelineLibrary library;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChromium.start(1280, 1000);
        library = GuidelineLibrary.load(Path.of("policies"));
        Files.createDirectories(OUT.resolve("screenshots"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (PublishedTexts.Wording w : PublishedTexts.all()) {
            pages.add(Arguments.of(w.guideline(), w.asOf()));
        }
        pages.add(Arguments.of("04-77260-19", LocalDate.of(2016, 1, 1))); // a date whose position statement is unknown
        return pages.stream();
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @MethodSource("pages")
    void chromiumShowsThePageTheRendererBuilt(String id, LocalDate asOf) throws Exception {
        Guideline g = library.evaluator(id).orElseThrow().guideline().asOf(asOf);
        List<Node> page = Templates.page(g);
        Path file = Files.writeString(OUT.resolve(id + "-" + asOf + ".html"), new GuidelineRenderer().render(g, GuidelineRenderer.Format.HTML));
        browser.get(file.toUri().toString());

        List<Node.Table> tables = new ArrayList<>();
        List<Node.ListBlock> lists = new ArrayList<>();
        collect(page, tables, lists);
        List<WebElement> shownTables = browser.findElements(By.tagName("table"));
        assertEquals(tables.size(), shownTables.size(), "tables on the page");
        for (int t = 0; t < tables.size(); t++) {
            assertCells(tables.get(t), shownTables.get(t));
        }
        for (Node.ListBlock list : lists) {
            for (Node.Item item : list.items()) {
                if (item.id() != null) {
                    assertPlaced(item, list);
                }
            }
        }
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 1280, "the page fits 1280 pixels, but is " + width + " wide");
        Path shot = OUT.resolve("screenshots").resolve("page-" + id + "-" + asOf + ".png");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertCells(Node.Table model, WebElement shown) {
        List<WebElement> header = shown.findElements(By.cssSelector("thead th"));
        assertEquals(model.header(), header.stream().map(WebElement::getText).toList(), "header of " + model.header());
        List<WebElement> rows = shown.findElements(By.cssSelector("tbody tr"));
        assertEquals(model.rows().size(), rows.size(), "rows of the table headed " + model.header());
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            List<String> expected = model.rows().get(r).stream().map(c -> plain(c.text())).toList();
            assertEquals(expected, cells, "row " + (r + 1) + " of the table headed " + model.header() + ", column by column");
        }
    }

    /** The item is shown as a list item at its depth, in a list of the logic the model gives it. */
    private static void assertPlaced(Node.Item item, Node.ListBlock list) {
        @SuppressWarnings("unchecked")
        List<Object> facts = (List<Object>) browser.executeScript("""
                const li = document.getElementById(arguments[0]);
                if (!li) return ['missing', 0, '', ''];
                let depth = 0;
                for (let e = li.parentElement; e; e = e.parentElement) {
                  if (e.tagName === 'UL' || e.tagName === 'OL') depth++;
                }
                const first = li.firstChild && li.firstChild.nodeType === 3 ? li.innerText.split('\\n')[0] : li.innerText.split('\\n')[0];
                return [li.tagName, depth, li.parentElement.getAttribute('data-logic') || '', first];
                """, item.id());
        assertEquals("LI", facts.get(0), item.id() + " is a list item");
        assertEquals(list.depth() + 1L, ((Number) facts.get(1)).longValue(), item.id() + " nests at its depth");
        assertEquals(list.logic() == null ? "" : list.logic(), facts.get(2), item.id() + " is in a list of its logic");
        assertEquals(plain(item.text()), facts.get(3), item.id() + " shows its text");
    }

    private static void collect(List<Node> nodes, List<Node.Table> tables, List<Node.ListBlock> lists) {
        for (Node n : nodes) {
            if (n instanceof Node.Table t) {
                tables.add(t);
            } else if (n instanceof Node.ListBlock l) {
                lists.add(l);
                l.items().forEach(i -> collect(i.body(), tables, lists));
            } else if (n instanceof Node.Notes notes) {
                collect(notes.body(), tables, lists);
            }
        }
    }

    /** Text as the browser shows it: the inline Markdown rendered, tags dropped, entities read. */
    private static String plain(String text) {
        return HtmlWriter.inline(text).replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&").strip();
    }
}
