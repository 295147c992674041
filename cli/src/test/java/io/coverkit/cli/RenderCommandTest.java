package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RenderCommandTest {


    @Test
    void rendersMarkdownByDefault() {
        CliRun r = CliRun.of("render", "04-77260-19", "--policies", "policies");
        assertEquals("0", String.valueOf(r.code()));
        assertTrue(r.out().startsWith("04-77260-19\n"), r.out());
        assertTrue(r.out().contains("## POSITION STATEMENT:"));
        assertTrue(r.out().contains("- Implanted fiducial markers"));
        assertTrue(r.out().contains("- 05/15/26 Review; no change in position statement."));
    }

    @Test
    void rendersHtmlOnRequest() {
        CliRun r = CliRun.of("render", "04-77260-19", "--format", "html", "--policies", "policies");
        assertEquals("0", String.valueOf(r.code()));
        assertTrue(r.out().startsWith("<!DOCTYPE html>"));
        assertTrue(r.out().contains("<h2>PROGRAM EXCEPTIONS:</h2>"), r.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun r = CliRun.of("render", "04-77260-19", "--format", "pdf", "--policies", "policies");
        assertEquals("2", String.valueOf(r.code()));
        assertTrue(r.err().contains("--format: unknown format `pdf`; use md or html"), r.err());
    }

    @Test
    void anUnknownGuidelineSaysWhichAreLoaded() {
        CliRun r = CliRun.of("render", "99-99999-99", "--policies", "policies");
        assertEquals("1", String.valueOf(r.code()));
        assertTrue(r.err().contains("no guideline `99-99999-99` is loaded; loaded: 04-77260-19"), r.err());
    }
}
