package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RenderCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = CoverkitCommand.run(o, e, args);
        }
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void rendersMarkdownByDefault() {
        String[] r = run("render", "04-77260-19", "--policies", "policies");
        assertEquals("0", r[0]);
        assertTrue(r[1].startsWith("04-77260-19\n"), r[1]);
        assertTrue(r[1].contains("## POSITION STATEMENT:"));
        assertTrue(r[1].contains("- Implanted fiducial markers"));
        assertTrue(r[1].contains("- 05/15/26 Review; no change in position statement."));
    }

    @Test
    void rendersHtmlOnRequest() {
        String[] r = run("render", "04-77260-19", "--format", "html", "--policies", "policies");
        assertEquals("0", r[0]);
        assertTrue(r[1].startsWith("<!DOCTYPE html>"));
        assertTrue(r[1].contains("<h2>PROGRAM EXCEPTIONS:</h2>"), r[1]);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        String[] r = run("render", "04-77260-19", "--format", "pdf", "--policies", "policies");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--format: unknown format `pdf`; use md or html"), r[2]);
    }

    @Test
    void anUnknownGuidelineSaysWhichAreLoaded() {
        String[] r = run("render", "99-99999-99", "--policies", "policies");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("no guideline `99-99999-99` is loaded; loaded: 04-77260-19"), r[2]);
    }
}
