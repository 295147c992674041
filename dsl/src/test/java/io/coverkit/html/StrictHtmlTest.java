package io.coverkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictHtmlTest {

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>t</title></head><body>\n" + body
                + "\n</body></html>\n";
    }

    private static void assertProblem(String body, String expected) {
        List<String> problems = StrictHtml.problems(page(body));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> "expected `" + expected + "` in " + problems);
    }

    @Test
    void aWellFormedPageWithTablesListsAndHtmlReferencesPasses() {
        String body = """
                <h1>Clause coverage &ndash; 04-77260-19</h1>
                <p>Figures &amp; marks: <code>a&lt;b</code><br/><span class="x">&#10003;</span></p>
                <table><thead><tr><th>a</th></tr></thead><tbody><tr id="x"><td>text</td></tr></tbody></table>
                <ul><li>one <ul><li>nested</li></ul></li></ul>
                <dl><dt>given</dt><dd>a request</dd></dl>
                <details><summary>3 scenarios</summary><ol><li>A</li></ol></details>""";
        assertEquals(List.of(), StrictHtml.problems(page(body)));
    }

    /** The IGRT page's documentation table as it was once written: a row without its opening cell. */
    @Test
    void aRowWithoutItsOpeningCellIsCaught() {
        List<String> problems = StrictHtml.problems(page(
                "<table><tbody><tr id=\"x\">Physician history and physical</td></tr></tbody></table>"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("text \"Physician history and physical\" directly in <tr>")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("3:") && p.contains("not well-formed")
                && p.contains("\"tr\"")), problems.toString());
    }

    @Test
    void unbalancedTagsAreCaughtWhereTheyBreak() {
        assertProblem("<div><p>open paragraph</div>", "not well-formed");
        assertProblem("<p>an unclosed <strong>bold</p>", "not well-formed");
        assertProblem("<p>a line<br>break</p>", "not well-formed");
        assertProblem("<td class=x>unquoted</td>", "not well-formed");
    }

    @Test
    void misplacedCellsRowsAndItemsAreCaught() {
        assertProblem("<table><td>a cell outside a row</td></table>", "<td> must be inside <tr>, not <table>");
        assertProblem("<div><th>a heading cell in a div</th></div>", "<th> must be inside <tr>, not <div>");
        assertProblem("<div><tr><td>x</td></tr></div>", "<tr> must be inside <table> or <tbody> or <tfoot> or <thead>");
        assertProblem("<table><tr><div>x</div></tr></table>", "<tr> may hold only <td> or <th>, not <div>");
        assertProblem("<table>loose text<tr><td>x</td></tr></table>", "text \"loose text\" directly in <table>");
        assertProblem("<li>an item outside a list</li>", "<li> must be inside <ol> or <ul>");
        assertProblem("<ul><p>a paragraph in a list</p></ul>", "<ul> may hold only <li>, not <p>");
    }

    @Test
    void blocksInsideParagraphsAndHeadingsAreCaught() {
        assertProblem("<p>text <ul><li>a list in a paragraph</li></ul></p>", "<ul> is a block and cannot stand inside <p>");
        assertProblem("<p><span><div>deep</div></span></p>", "<div> is a block and cannot stand inside <span>");
        assertProblem("<h2>a heading <table><tr><td>x</td></tr></table></h2>", "<table> is a block and cannot stand inside <h2>");
    }

    @Test
    void namesIdsReferencesAndThePageItselfAreChecked() {
        assertProblem("<tabel><tr><td>x</td></tr></tabel>", "<tabel> is not an HTML element");
        assertProblem("<p id=\"a\">one</p><p id=\"a\">two</p>", "id \"a\" is used again");
        assertProblem("<p>&ndahs;</p>", "unknown character reference &ndahs;");
        assertProblem("<a href=\"#x\">outer <a href=\"#y\">inner</a></a>", "a link inside a link");
        assertTrue(StrictHtml.problems("<html lang=\"en\"><head><title>t</title></head><body></body></html>").get(0)
                .contains("<!DOCTYPE html>"));
        assertTrue(StrictHtml.problems("<!DOCTYPE html><html><head></head><body></body></html>").containsAll(List.of(
                "1:22: <html> must name the page's language (lang=\"en\")", "1:35: the page has no <title>")),
                StrictHtml.problems("<!DOCTYPE html><html><head></head><body></body></html>").toString());
    }
}
