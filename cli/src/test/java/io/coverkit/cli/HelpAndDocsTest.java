package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.dsl.IdeDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the help says, where {@code docs DIR} writes, and how a failure of coverkit itself is reported. */
class HelpAndDocsTest {

    @Test
    void checkReadsAndValidatesAndEvalTakesContractV2() {
        String check = CliRun.of("check", "--help").out();
        assertTrue(check.contains("Read and validate policy files"), check);
        assertFalse(check.toLowerCase().contains("compile"), "policies are never compiled as code: " + check);
        String eval = CliRun.of("eval", "--help").out();
        assertTrue(eval.contains("request contract v2"), eval);
        assertFalse(eval.contains("contract v1)") || eval.contains("in wire contract v1"), eval);
    }

    @Test
    void theHelpListsTheExitCodesWithTheOneForAFailureOfCoverkitItself() {
        String help = CliRun.of("--help").out();
        assertTrue(help.contains("Exit codes:"), help);
        assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(Crash.EXIT_CODE + " ") && l.contains("report")), help);
    }

    @Test
    void docsIntoAFolderWritesAllThreeFilesThereAndNothingElsewhere(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reference");
        long before = Files.getLastModifiedTime(Path.of("dsl", IdeDescriptor.FILE_NAME)).toMillis();

        CliRun run = CliRun.of("docs", out.toString());

        assertEquals(0, run.code(), run.err());
        try (Stream<Path> written = Files.walk(dir)) {
            assertEquals(List.of("reference/coverkit.gdsl", "reference/diagnostics.md", "reference/vocabulary.md"),
                    written.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList());
        }
        assertEquals(new IdeDescriptor().gdsl(), Files.readString(out.resolve(IdeDescriptor.FILE_NAME)));
        assertEquals(before, Files.getLastModifiedTime(Path.of("dsl", IdeDescriptor.FILE_NAME)).toMillis(),
                "the repository's descriptor is left alone");
        assertEquals(3, run.lines().size(), run.out());
    }

    @Test
    void aFailureOfCoverkitItselfIsOneLineAskingForAReport() {
        StringWriter err = new StringWriter();
        int code = Crash.report(new IllegalStateException("a map had no entry\n  for `x`"), new PrintWriter(err, true));

        assertEquals(70, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("coverkit: internal error: a map had no entry for `x`; please report it"), lines.get(0));
        assertFalse(lines.get(0).contains("IllegalStateException"), "no exception class for a failure with a message");

        StringWriter bare = new StringWriter();
        Crash.report(new NullPointerException(), new PrintWriter(bare, true));
        assertTrue(bare.toString().startsWith("coverkit: internal error: NullPointerException; please report it"), bare.toString());
    }
}
