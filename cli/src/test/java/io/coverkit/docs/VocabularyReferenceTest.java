package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coverkit.diagnostic.Diagnostic;
import io.coverkit.diagnostic.DiagnosticCode;
import io.coverkit.dsl.Block;
import io.coverkit.dsl.IdeDescriptor;
import io.coverkit.dsl.Keyword;
import io.coverkit.dsl.PolicyReader;
import io.coverkit.dsl.Vocabulary;
import io.coverkit.dsl.VocabularyReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary reference against the DSL's real reader: every keyword is documented with its
 * arguments, an example the reader accepts where the keyword belongs, and the diagnostics it can
 * raise; and README links the reference.
 */
class VocabularyReferenceTest {

    @Test
    void everyExampleIsAcceptedByTheReaderInItsOwnBlock() {
        Vocabulary vocabulary = Vocabulary.standard();
        Map<Block, List<Keyword>> paths = IdeDescriptor.paths(vocabulary);
        int read = 0;
        for (Keyword k : vocabulary.keywords()) {
            List<Keyword> path = paths.get(k.in());
            if (path == null) {
                continue;
            }
            StringBuilder policy = new StringBuilder();
            for (Keyword opener : path) {
                String open = VocabularyReference.example(opener);
                policy.append(open, 0, open.lastIndexOf('}')).append('\n');
            }
            int first = path.size() + 1;
            String example = VocabularyReference.example(k);
            int last = first + (int) example.lines().count() - 1;
            policy.append(example).append('\n').append("}\n".repeat(path.size()));

            PolicyReader.Result result = new PolicyReader().read("04-77260-19.groovy", policy.toString());
            List<Diagnostic> onExample = result.diagnostics().stream()
                    .filter(d -> d.at().line() >= first && d.at().line() <= last)
                    // The validator's cross-checks and required keywords of an empty block are about
                    // the skeleton around the example, not the example itself.
                    .filter(d -> !d.code().name().startsWith("C") && d.code() != DiagnosticCode.R008)
                    .toList();
            assertEquals(List.of(), onExample, "example of `" + k.name() + "`:\n" + policy);
            read++;
        }
        assertEquals(vocabulary.keywords().size(), read, "every keyword's block is reachable from the top of the file");
    }

    @Test
    void theReferenceShowsEachKeywordsArgumentsExampleAndDiagnostics() throws IOException {
        String reference = Files.readString(Path.of("docs/vocabulary.md"));
        for (Keyword k : Vocabulary.standard().keywords()) {
            assertTrue(reference.contains("```groovy\n" + VocabularyReference.example(k) + "\n```"), "example of " + k.name());
            k.positional().forEach(p -> assertTrue(reference.contains("| " + p.name() + " |"), k.name() + " " + p.name()));
            k.named().forEach(p -> assertTrue(reference.contains("| `" + p.name() + ":` |"), k.name() + " " + p.name()));
            assertTrue(VocabularyReference.diagnostics(k).contains(DiagnosticCode.R002), "every keyword can be misplaced");
        }
        assertTrue(VocabularyReference.diagnostics(Vocabulary.standard().keywords().stream()
                .filter(k -> k.name().equals("revision")).findFirst().orElseThrow()).contains(DiagnosticCode.V001),
                "a keyword taking a date can raise the invalid-date diagnostic");
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("(docs/vocabulary.md)"), "README links the vocabulary reference");
    }
}
