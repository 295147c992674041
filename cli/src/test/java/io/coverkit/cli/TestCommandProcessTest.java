package io.coverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coverkit test} as a user runs it: a process of its own, the command line's classes apart
 * from the scenario test runtime it loads, in a folder outside the project with the specs and
 * policies copied there. ({@link TestCommandTest} runs the verb in-process, where coverkit's own
 * test classes share the main classes' loader, so it cannot see what this layout does.)
 */
class TestCommandProcessTest {

    private static final Pattern COVERAGE = Pattern.compile("(\\S+): (\\d+) of (\\d+) clauses exercised \\([0-9.]+%\\) across \\d+ revisions?");

    @Test
    void everySpecPassesFromACopyOutsideTheProjectWithClauseCoveragePerGuideline(@TempDir Path dir) throws Exception {
        copy(Path.of("specs"), dir.resolve("specs"));
        copy(Path.of("policies"), dir.resolve("policies"));

        CliProcess run = CliProcess.run(dir, "test", "specs", "--policies", "policies");

        String shown = run.out() + run.err();
        assertEquals(0, run.code(), shown);
        assertFalse(shown.contains("Exception") || shown.contains("\tat ") || shown.contains("internal error"), shown);
        String last = run.lines().get(run.lines().size() - 1);
        assertTrue(last.matches("[1-9][0-9]* passed, 0 failed, 0 skipped"), "the closing line: " + last);
        List<String> covered = run.lines().stream().map(COVERAGE::matcher).filter(m -> m.matches()).map(m -> m.group(1)).toList();
        List<String> guidelines;
        try (Stream<Path> files = Files.list(Path.of("policies"))) {
            guidelines = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".groovy"))
                    .map(n -> n.substring(0, n.length() - ".groovy".length())).sorted().toList();
        }
        assertEquals(guidelines, covered.stream().sorted().toList(), "a coverage line for every guideline:\n" + run.out());
        assertTrue(Files.isRegularFile(dir.resolve("coverkit-reports/clause-coverage.html")), "reports in the working folder");
    }

    @Test
    void thePoliciesReadAreTheCopyNamedByPolicies(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("specs"));
        Files.copy(Path.of("specs/igrt/IndicationsSpec.groovy"), dir.resolve("specs/IndicationsSpec.groovy"));
        copy(Path.of("policies"), dir.resolve("policies"));
        Path igrt = dir.resolve("policies/04-77260-19.groovy");
        String policy = Files.readString(igrt);
        assertTrue(policy.contains("id: 'internal-motion'"));
        Files.writeString(igrt, policy.replace("id: 'internal-motion'", "id: 'internal-motion-renamed'"));

        CliProcess run = CliProcess.run(dir, "test", "specs", "--policies", "policies");

        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("FAIL"), "a scenario of the renamed indication fails:\n" + run.out());
        assertFalse(run.lines().get(run.lines().size() - 1).contains(" 0 failed"), run.out());
        assertFalse((run.out() + run.err()).contains("internal error"), run.err());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
