package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.coverkit.docs.Readme.Block;
import io.coverkit.docs.Readme.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The revised policy of README's "Revising a guideline" ({@code docs/revising/policies/}) is the
 * published one with exactly the lines README's step 1 shows, so the walkthrough stays true when
 * {@code policies/04-77260-19.groovy} changes: this fails, saying to copy the file again and add
 * the lines.
 */
class RevisingWalkthroughTest {

    private static final Path PUBLISHED = Path.of("policies/04-77260-19.groovy");
    private static final Path REVISED = Path.of("docs/revising/policies/04-77260-19.groovy");
    private static final String AGAIN = "; copy " + PUBLISHED + " to " + REVISED + " again and make README's step 1 edits";

    @Test
    void theRevisedPolicyIsThePublishedOneWithTheLinesReadmeShows() throws IOException {
        Block step1 = Readme.read(Path.of("README.md")).blocks().stream()
                .filter(b -> b.language().equals("groovy") && b.lines().stream().anyMatch(l -> l.text().contains("id: 'reirradiation'")))
                .findFirst().orElseThrow(() -> new AssertionError("README.md shows no groovy block adding the `reirradiation` indication"));
        Set<String> shown = step1.lines().stream().map(Line::text).map(String::strip)
                .filter(t -> !t.equals(ShownOutput.OMITTED)).collect(Collectors.toSet());
        List<String> published = Files.readAllLines(PUBLISHED);
        List<String> revised = Files.readAllLines(REVISED);

        List<String> problems = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(published, revised).getDeltas()) {
            List<String> removed = delta.getSource().getLines();
            for (int i = 0; i < removed.size(); i++) {
                if (!removed.get(i).strip().startsWith("revised '")) {
                    problems.add(PUBLISHED + ":" + (delta.getSource().getPosition() + i + 1) + ": `" + removed.get(i).strip()
                            + "` is not in " + REVISED + AGAIN);
                }
            }
            List<String> lines = delta.getTarget().getLines();
            for (int i = 0; i < lines.size(); i++) {
                added.add(lines.get(i).strip());
                if (!shown.contains(lines.get(i).strip())) {
                    problems.add(REVISED + ":" + (delta.getTarget().getPosition() + i + 1) + ": `" + lines.get(i).strip()
                            + "` is not in " + PUBLISHED + " nor shown at README.md:" + step1.line() + AGAIN);
                }
            }
        }
        step1.lines().stream().filter(l -> shown.contains(l.text().strip()) && !added.contains(l.text().strip()))
                .forEach(l -> problems.add("README.md:" + l.number() + ": `" + l.text().strip() + "` is not a line " + REVISED
                        + " adds to " + PUBLISHED + AGAIN));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theRevisedPolicyCarriesThePublishedLock() throws IOException {
        // `check` holds the revised file against the lock: the walkthrough shows the past untouched
        assertArrayEquals(Files.readAllBytes(Path.of("policies/04-77260-19.lock.json")),
                Files.readAllBytes(Path.of("docs/revising/policies/04-77260-19.lock.json")),
                "copy policies/04-77260-19.lock.json to docs/revising/policies/ again");
    }
}
