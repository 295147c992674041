package io.coverkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.api.GuidelineLibrary;
import io.coverkit.model.Guideline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy file carries its guideline completely: rendered back, it has the published text's
 * words in the published order, word for word. Only layout differs (Markdown markers, table rules,
 * the navigation row of section links that the published page prints under its notice).
 */
class FaithfulRenderingTest {

    private static Guideline igrt;

    @BeforeAll
    static void load() {
        igrt = GuidelineLibrary.load(Path.of("policies")).evaluator("04-77260-19").orElseThrow().guideline();
    }

    @Test
    void renderedGuidelineMatchesThePublishedTextWordForWord() throws IOException {
        List<String> published = words(publishedText());
        List<String> rendered = words(new GuidelineRenderer().markdown(igrt.asOf(LocalDate.of(2026, 5, 15))));
        int at = firstDifference(published, rendered);
        assertEquals(-1, at, () -> "first difference at word " + at + ": published "
                + window(published, at) + " vs rendered " + window(rendered, at));
    }

    @Test
    void htmlIsAWholeDocumentWithTheTitleAndTheDocumentationTable() {
        String html = new GuidelineRenderer().render(igrt, LocalDate.of(2026, 6, 1), GuidelineRenderer.Format.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>"), "an HTML document");
        assertTrue(html.contains("<title>04-77260-19 Image-Guided Radiation Therapy</title>"), "the title");
        assertTrue(html.contains("<td>28626-0</td>"), "the documentation table as a table");
        assertTrue(html.contains("<strong>meets the definition of medical necessity</strong>"), "the emphasis kept");
    }

    @Test
    void everyClauseOfTheHtmlPageIsLinkableByItsId() {
        Guideline now = igrt.asOf(LocalDate.of(2026, 6, 1));
        String html = new GuidelineRenderer().render(now, GuidelineRenderer.Format.HTML);
        List<String> missing = new ArrayList<>();
        now.positionStatement().indications().forEach(i -> expectId(html, "indication/" + i.id(), missing));
        now.billing().codes().forEach(c -> expectId(html, "code/" + c.clauseId(), missing));
        now.billing().documentation().requirements().forEach(r -> expectId(html, "document/" + r.id(), missing));
        now.programExceptions().exceptions().forEach(e -> expectId(html, "exception/" + e.id(), missing));
        assertEquals(List.of(), missing, "clauses without an anchor");
        assertTrue(html.contains("<li id=\"indication/implanted-fiducial-markers\">Implanted fiducial markers</li>"), html);
        assertTrue(html.contains("<tr id=\"document/loinc-28626-0\">"), "a documentation row is linkable");
    }

    private static void expectId(String html, String id, List<String> missing) {
        if (!html.contains(" id=\"" + id + "\">")) {
            missing.add(id);
        }
    }

    private static String publishedText() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/published/04-77260-19.txt"), StandardCharsets.UTF_8);
        // The navigation row (links to sections) is page chrome, not guideline content.
        return text.replace("Position Statement\tBilling/Coding\tReimbursement\tProgram Exceptions\tDefinitions\tRelated Guidelines\nOther\tReferences\tUpdate\t\t\t", "");
    }

    /** Words, with Markdown and table layout markers dropped and escapes undone. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.replace("\\", "").split("[\\s|]+")) {
            if (!token.isEmpty() && !token.matches("[-#]+")) {
                out.add(token);
            }
        }
        return out;
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
        return Arrays.toString(words.subList(Math.max(0, at - 3), Math.min(words.size(), at + 4)).toArray());
    }
}
